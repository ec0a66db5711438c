// Short, translated descriptions of what the monitor decoded from a network datagram: the title
// of a well-known message kind ("Host announcement"), the one-line summary shown in the stream's
// Decoded column ("Host announcement: NMBDPEER (nmbd peer)"), and the text of a malformed reason.
#pragma once

#include "core/stream/mailslotmessage.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

class DecodedSummary
{
    Q_DECLARE_TR_FUNCTIONS(DecodedSummary)

public:
    // The longest summary shown in a cell (the detail pane has everything).
    static constexpr int kMaxChars = 160;

    // "Host announcement" for "browse.hostAnnouncement"; the kind itself when unknown.
    static QString kindTitle(const QString &kind);
    // The summary of a decoded payload (DecodedPayload JSON: kind + fields).
    static QString summary(const QJsonObject &decoded);
    // The Decoded column of a message: the summary, "Malformed: <reason>", or empty.
    static QString forMessage(const MailslotMessage &message);
    // The translated reason of a MalformedReason key ("truncated" -> "...").
    static QString malformedText(const QString &key);
    // Control characters replaced (a cell is one line of plain text), cut to maxChars.
    static QString oneLine(const QString &text, int maxChars = kMaxChars);
};
