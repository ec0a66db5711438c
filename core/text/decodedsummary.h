// Display text built from typed values, when a view, the CLI or an exporter asks: short, translated descriptions of what the monitor decoded from a network datagram: the title
// of a well-known message kind ("Host announcement"), the one-line summary shown in the stream's
// Decoded column ("Host announcement: NMBDPEER (nmbd peer)"), and the text of a malformed reason.
#pragma once

#include "core/stream/streamrow.h"
#include "core/wire/decodedpayload.h"

#include <QCoreApplication>
#include <QString>

class DecodedSummary
{
    Q_DECLARE_TR_FUNCTIONS(DecodedSummary)

public:
    // The longest summary shown in a cell (the detail pane has everything).
    static constexpr int kMaxChars = 160;

    // "Host announcement" for "browse.hostAnnouncement"; the kind itself when unknown.
    static QString kindTitle(const QString &kind);
    // The summary of a decoded payload.
    static QString summary(const mailslot::wire::DecodedPayload &decoded);
    // The Decoded column of a row: the summary, "Malformed: <reason>", or empty.
    static QString forRow(const StreamRow &row);
    // The text of a decoded field's value (lists joined with ", ").
    static QString valueText(const QVariant &value);
    // The translated reason of a MalformedReason key ("truncated" -> "...").
    static QString malformedText(const QString &key);
    // Control characters replaced (a cell is one line of plain text), cut to maxChars.
    static QString oneLine(const QString &text, int maxChars = kMaxChars);
};
