// Writes stream rows as pcapng frames, one representation for the export, saved sessions and the
// Wireshark extcap (core/formats/CAPTURE-FORMAT.md): a datagram as the UDP datagram it was, a
// local message as the NetBIOS datagram Windows would send for it (from its host, to this
// computer, on 127.0.0.1:138), each frame with its row's metadata as its packet comment.
#pragma once

#include "core/netio/networkidentity.h"
#include "core/stream/streamrow.h"
#include "core/wire/netbiosname.h"
#include "core/wire/pcapngwriter.h"

#include <QString>

class QIODevice;

class PcapngRowWriter
{
public:
    // Local payloads larger than this do not fit in one NetBIOS datagram: skipped.
    static constexpr qsizetype kMaxLocalPayload = 65000;

    enum class Outcome { Written, Skipped, Failed };

    // The device must be open for writing; not owned. identity: this computer (empty parts: the
    // system's); writeLocal false skips local messages.
    PcapngRowWriter(QIODevice *device, const NetworkIdentity &identity, bool writeLocal = true);

    // The section and interface headers (written by the first row when needed).
    bool writeHeader() { return m_writer.writeHeader(); }
    Outcome write(const StreamRow &row);
    QString errorString() const { return m_writer.errorString(); }

private:
    Outcome writeLocal(const StreamRow &row);

    mailslot::wire::PcapngWriter m_writer;
    mailslot::wire::NetbiosName m_source;
    mailslot::wire::NetbiosName m_destination;
    bool m_writeLocal;
};
