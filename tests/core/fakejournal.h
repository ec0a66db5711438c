// A journal socket of a test's own (tst_rowjournal, tst_streamoutput): a bound Unix datagram
// socket whose entries the test reads back, decoded (a memfd passed with SCM_RIGHTS too).
#pragma once

#include "core/formats/rowjournal.h"
#include "core/system/journalentry.h"

#include <QFile>

#include <cstring>
#include <optional>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

class FakeJournal
{
public:
    explicit FakeJournal(const QString &path) : m_path(path)
    {
        m_fd = ::socket(AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC, 0);
        sockaddr_un address{};
        address.sun_family = AF_UNIX;
        const QByteArray name = QFile::encodeName(path);
        std::memcpy(address.sun_path, name.constData(), std::size_t(name.size()));
        m_bound = ::bind(m_fd, reinterpret_cast<const sockaddr *>(&address), sizeof(address)) == 0;
    }
    ~FakeJournal() { ::close(m_fd); }
    bool isBound() const { return m_bound; }
    // A journal writer's options that send here.
    RowJournal::Options options() const
    {
        RowJournal::Options options;
        options.socketPath = m_path;
        return options;
    }

    // The next entry, without waiting (a Unix datagram send is complete when it returns): nullopt
    // when none is queued. A memfd passed with SCM_RIGHTS is read too.
    std::optional<JournalEntry> next()
    {
        QByteArray buffer(1024 * 1024, '\0');
        char control[CMSG_SPACE(sizeof(int))] = {};
        iovec part{buffer.data(), std::size_t(buffer.size())};
        msghdr message{};
        message.msg_iov = &part;
        message.msg_iovlen = 1;
        message.msg_control = control;
        message.msg_controllen = sizeof(control);
        const ssize_t n = ::recvmsg(m_fd, &message, MSG_DONTWAIT);
        if (n < 0)
            return std::nullopt;
        const cmsghdr *header = CMSG_FIRSTHDR(&message);
        if (header && header->cmsg_type == SCM_RIGHTS) {
            int memory = -1;
            std::memcpy(&memory, CMSG_DATA(header), sizeof(int));
            QFile file;
            // The descriptor shares the writer's offset (at the end): read from the start.
            if (!file.open(memory, QIODevice::ReadOnly, QFileDevice::AutoCloseHandle) || !file.seek(0))
                return std::nullopt;
            ++m_memfds;
            return JournalEntry::decode(file.readAll());
        }
        return JournalEntry::decode(QByteArrayView(buffer).first(n));
    }
    int memfds() const { return m_memfds; }

private:
    QString m_path;
    int m_fd = -1;
    bool m_bound = false;
    int m_memfds = 0;
};
