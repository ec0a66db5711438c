// Sends entries to the systemd journal over its native socket (/run/systemd/journal/socket, an
// AF_UNIX datagram socket; no libsystemd). An entry too large for one datagram goes as a sealed
// memfd passed with SCM_RIGHTS, as the protocol says. Linux only: elsewhere isOpen() is false.
#pragma once

#include "core/system/journalentry.h"

#include <QCoreApplication>
#include <QString>

class JournalWriter
{
    Q_DECLARE_TR_FUNCTIONS(JournalWriter)

public:
    static constexpr const char *kDefaultSocket = "/run/systemd/journal/socket";

    explicit JournalWriter(const QString &socketPath = QLatin1String(kDefaultSocket));
    ~JournalWriter();
    JournalWriter(const JournalWriter &) = delete;
    JournalWriter &operator=(const JournalWriter &) = delete;

    // Whether the socket exists and could be opened; error() says why not.
    bool isOpen() const { return m_fd >= 0; }
    QString error() const { return m_error; }
    QString socketPath() const { return m_path; }

    // One entry; false and error() when the journal did not take it.
    bool send(const JournalEntry &entry);

private:
    bool sendLarge(const QByteArray &bytes);

    QString m_path;
    int m_fd = -1;
    QString m_error;
};
