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

    // Network messages only (seen by the bridge or read from a capture file):
    QString destinationName;    // e.g. "TESTGRP<1d>"
    quint16 mailslotClass = 0;  // 1 reliable, 2 unreliable/broadcast (0: local)
    quint16 priority = 0;
    bool delivered = false;     // written into a local slot by the bridge
    QString malformed;          // MalformedReason key; empty when well-formed
    QString decodedKind;        // e.g. "browse.hostAnnouncement"; empty when not decoded
    QJsonObject decoded;        // the decoded payload (DecodedPayload JSON)

    bool isNetwork() const { return !destinationName.isEmpty() || !malformed.isEmpty(); }

    // The next process-wide sequence number (thread-safe).
    static quint64 nextSequence();

    // The `mailslot serve --json` object: slot, seq, time, size, hex, text, source; network
    // messages add destinationName, class, priority, delivered, malformed, decoded.
    QJsonObject toJson() const;
};

using MailslotMessageList = QList<MailslotMessage>;

Q_DECLARE_METATYPE(MailslotMessage)
