// One message as the monitor sees it: read from a local slot, or seen on the network.
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>

struct MailslotMessage
{
    QString slot;           // canonical name
    quint64 sequence = 0;   // process-wide, strictly increasing
    QDateTime timestamp;    // UTC, millisecond precision
    QByteArray payload;
    QString source = QStringLiteral("local"); // "local", or the sender's IP address
    quint16 sourcePort = 0;
    QString sourceName;     // NetBIOS name of a network sender, e.g. "HOST<00>"

    // The next process-wide sequence number (thread-safe).
    static quint64 nextSequence();

    // The `mailslot serve --json` object: slot, seq, time, size, hex, text, source.
    QJsonObject toJson() const;
};

using MailslotMessageList = QList<MailslotMessage>;

Q_DECLARE_METATYPE(MailslotMessage)
