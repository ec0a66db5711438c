// One call from a UDP payload (port 138) to a ParsedDatagram.
#pragma once

#include "core/wire/parseddatagram.h"

#include <QByteArrayView>

namespace mailslot::wire {

class MailslotDatagramParser
{
public:
    // Decodes the NetBIOS datagram, then the SMB mailslot write in its user data. The result
    // carries the first problem in `malformed` and every field that could still be read (a bad
    // name, a lying DGM_LENGTH, a fragment, a bad setup count or opcode, a name not under
    // \MAILSLOT\ or a short payload do not stop the decoding), with flags saying which parts
    // were read. Error (0x13) and query (0x14..0x16) packets give NotDataDatagram with their fields.
    static ParsedDatagram parse(QByteArrayView udpPayload);
};

} // namespace mailslot::wire
