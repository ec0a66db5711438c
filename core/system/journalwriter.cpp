#include "core/system/journalwriter.h"

#include <QFile>

#include <cerrno>
#include <cstring>

#ifdef Q_OS_LINUX
#include <fcntl.h>
#include <sys/mman.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>
#endif

#ifdef Q_OS_LINUX
namespace {
QString systemError(int code)
{
    return QString::fromLocal8Bit(std::strerror(code));
}
} // namespace
#endif

JournalWriter::JournalWriter(const QString &socketPath) : m_path(socketPath)
{
#ifdef Q_OS_LINUX
    const QByteArray path = QFile::encodeName(m_path);
    if (path.size() >= qsizetype(sizeof(sockaddr_un::sun_path))) {
        m_error = tr("the journal's socket path is too long: %1").arg(m_path);
        return;
    }
    m_fd = ::socket(AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC, 0);
    if (m_fd < 0) {
        m_error = tr("cannot open a socket for the journal: %1").arg(systemError(errno));
        return;
    }
    sockaddr_un address{};
    address.sun_family = AF_UNIX;
    std::memcpy(address.sun_path, path.constData(), std::size_t(path.size()));
    if (::connect(m_fd, reinterpret_cast<const sockaddr *>(&address), sizeof(address)) != 0) {
        m_error = tr("cannot reach the journal at %1: %2").arg(m_path, systemError(errno));
        ::close(m_fd);
        m_fd = -1;
    }
#else
    m_error = tr("the systemd journal exists on Linux only");
#endif
}

JournalWriter::~JournalWriter()
{
#ifdef Q_OS_LINUX
    if (m_fd >= 0)
        ::close(m_fd);
#endif
}

bool JournalWriter::send(const JournalEntry &entry)
{
#ifdef Q_OS_LINUX
    if (m_fd < 0)
        return false;
    const QByteArray bytes = entry.encode();
    if (::send(m_fd, bytes.constData(), std::size_t(bytes.size()), MSG_NOSIGNAL) == bytes.size())
        return true;
    if (errno == EMSGSIZE || errno == ENOBUFS)
        return sendLarge(bytes);
    m_error = tr("the journal did not take an entry: %1").arg(systemError(errno));
    return false;
#else
    Q_UNUSED(entry);
    return false;
#endif
}

bool JournalWriter::sendLarge(const QByteArray &bytes)
{
#ifdef Q_OS_LINUX
    // The protocol's way for a large entry: the bytes in a sealed memfd, its descriptor passed alone.
    const int memory = ::memfd_create("mailslot-journal", MFD_CLOEXEC | MFD_ALLOW_SEALING);
    if (memory < 0) {
        m_error = tr("the journal did not take an entry: %1").arg(systemError(errno));
        return false;
    }
    bool ok = ::write(memory, bytes.constData(), std::size_t(bytes.size())) == bytes.size()
              && ::fcntl(memory, F_ADD_SEALS, F_SEAL_SHRINK | F_SEAL_GROW | F_SEAL_WRITE | F_SEAL_SEAL) == 0;
    if (ok) {
        char control[CMSG_SPACE(sizeof(int))] = {};
        msghdr message{};
        message.msg_control = control;
        message.msg_controllen = sizeof(control);
        cmsghdr *header = CMSG_FIRSTHDR(&message);
        header->cmsg_level = SOL_SOCKET;
        header->cmsg_type = SCM_RIGHTS;
        header->cmsg_len = CMSG_LEN(sizeof(int));
        std::memcpy(CMSG_DATA(header), &memory, sizeof(int));
        ok = ::sendmsg(m_fd, &message, MSG_NOSIGNAL) >= 0;
    }
    if (!ok)
        m_error = tr("the journal did not take an entry: %1").arg(systemError(errno));
    ::close(memory);
    return ok;
#else
    Q_UNUSED(bytes);
    return false;
#endif
}
