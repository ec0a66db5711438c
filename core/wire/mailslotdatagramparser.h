// One call from a UDP payload (port 138) to a ParsedDatagram.
#pragma once

#include "core/wire/parseddatagram.h"

#include <QByteArrayView>

namespace mailslot::wire {

class MailslotDatagramParser
{
public:
    // Decodes the NetBIOS datagram, then the SMB mailslot write in its user data. The result
    // carries every field decoded before the first problem and the reason in `malformed`.
    // Error (0x13) and query (0x14..0x16) packets give NotDataDatagram with their fields.
    static ParsedDatagram parse(QByteArrayView udpPayload);
};

} // namespace mailslot::wire
