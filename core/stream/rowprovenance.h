// Where a stream row comes from beyond its origin: the machine it was seen on and the process
// that wrote it, and, for a row reopened from a saved session, how it was first streamed. Optional
// on a row (StreamRow::provenance is null for a row of this machine with nothing more known).
//
// For the lead: a stop-gap until the tap (writer pid) and remote sources (host) add their own
// fields to StreamRow; then host and writerPid move there and this keeps the saved-session part.
#pragma once

#include <QString>

#include <optional>

enum class RowOrigin : quint8;

struct RowProvenance
{
    QString host;          // the machine the row was seen on (empty: this one)
    qint64 writerPid = 0;  // the process that wrote the message (0: not known)
    // A row reopened from a saved session: its origin and stream number when it was saved (the
    // reopened row itself is a capture row, numbered anew). Saving it again writes these.
    std::optional<RowOrigin> savedOrigin;
    quint64 savedSequence = 0;

    bool operator==(const RowProvenance &) const = default;
};
