// The text lines of `mailslot serve` (ServeCommand::textLine, byte for byte) written fast: each
// message's line appended as UTF-8 to one buffer per batch, and what repeats from message to
// message (the date and time of the second, the size in words, the slot's name, the preview of
// the same payload) formatted once, so that a reader keeps up with a writer at memory speed.
#pragma once

#include "core/formats/datagramfields.h"
#include "core/stream/streamrow.h"
#include "core/wire/jsonlinewriter.h"

#include <QByteArray>
#include <QString>

class ServeLines
{
public:
    // The line of row, with its newline, appended to out.
    void append(const StreamRow &row, mailslot::wire::JsonLineWriter &out);

private:
    DatagramFields::TimeCache m_time;
    QString m_slot;
    QByteArray m_slotText; // m_slot in UTF-8
    bool m_slotKnown = false;
    qsizetype m_size = -1;
    QByteArray m_sizeText;    // " (100 bytes): " for m_size
    QByteArray m_payload;     // the last payload previewed
    QByteArray m_previewText; // its preview in UTF-8
    bool m_previewKnown = false;
};
