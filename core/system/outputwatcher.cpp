#include "core/system/outputwatcher.h"

#include <QSocketNotifier>

#ifdef Q_OS_UNIX
#include <sys/socket.h>
#include <sys/stat.h>
#endif

OutputWatcher::OutputWatcher(int fd, QObject *parent) : QObject(parent), m_fd(fd)
{
#ifdef Q_OS_UNIX
    struct stat status{};
    if (::fstat(fd, &status) != 0 || !(S_ISFIFO(status.st_mode) || S_ISSOCK(status.st_mode)))
        return;
    // The write end of a pipe is never readable: "readable" here means POLLERR/POLLHUP.
    m_notifier = new QSocketNotifier(fd, QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &OutputWatcher::check);
#endif
}

void OutputWatcher::check()
{
#ifdef Q_OS_UNIX
    struct stat status{};
    if (::fstat(m_fd, &status) == 0 && S_ISSOCK(status.st_mode)) {
        char byte = 0;
        const ssize_t n = ::recv(m_fd, &byte, 1, MSG_PEEK | MSG_DONTWAIT);
        if (n > 0) // the reader writes back: it is there, and this cannot be watched without reading
            m_notifier->setEnabled(false);
        if (n != 0)
            return;
    }
    m_notifier->setEnabled(false);
    emit readerGone();
#endif
}
