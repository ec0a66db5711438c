#include "core/wire/mailslotdatagramparser.h"

#include "core/wire/netbiosdatagram.h"
#include "core/wire/smbmailslotwrite.h"

namespace mailslot::wire {

ParsedDatagram MailslotDatagramParser::parse(QByteArrayView udpPayload)
{
    ParsedDatagram p;
    const NetbiosDatagramDecodeResult dr = NetbiosDatagram::decode(udpPayload);
    const NetbiosDatagram &d = dr.datagram;
    p.headerValid = udpPayload.size() >= 10;
    p.msgType = d.msgType();
    p.flags = d.flags();
    p.dgmId = d.dgmId();
    p.sourceIp = d.sourceIp();
    p.sourcePort = d.sourcePort();
    p.dgmLength = d.dgmLength();
    p.packetOffset = d.packetOffset();
    p.sourceName = d.sourceName();
    p.destinationName = d.destinationName();
    p.userData = d.userData();
    p.trailingBytes = d.trailingBytes();
    if (d.isErrorMessage() && dr.ok())
        p.errorCode = d.errorCode();
    p.malformed = dr.error;
    if (dr.ok() && !d.isDataMessage())
        p.malformed = MalformedReason::NotDataDatagram;
    // A flawed datagram is decoded on as far as it parses (the first flaw stays the reason).
    if (!dr.userDataRead)
        return p;
    const SmbMailslotWriteDecodeResult sr = SmbMailslotWrite::decode(p.userData);
    const SmbMailslotWrite &w = sr.write;
    p.smbFlags = w.smbFlags();
    p.smbFlags2 = w.smbFlags2();
    p.transactionFlags = w.transactionFlags();
    p.timeout = w.timeout();
    p.opcode = w.opcode();
    p.priority = w.priority();
    p.mailslotClass = w.mailslotClass();
    p.dataOffset = w.dataOffset();
    p.dataCount = w.dataCount();
    p.slotName = w.name();
    p.payload = w.payload();
    p.smbValid = sr.parametersRead;
    p.slotValid = sr.nameRead;
    p.payloadValid = sr.payloadRead;
    if (p.malformed == MalformedReason::None)
        p.malformed = sr.error;
    return p;
}

} // namespace mailslot::wire
