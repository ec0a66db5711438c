#include "core/wire/mailslotdatagramparser.h"

#include "core/wire/netbiosdatagram.h"
#include "core/wire/smbmailslotwrite.h"

namespace mailslot::wire {

ParsedDatagram MailslotDatagramParser::parse(QByteArrayView udpPayload)
{
    ParsedDatagram p;
    const NetbiosDatagramDecodeResult dr = NetbiosDatagram::decode(udpPayload);
    const NetbiosDatagram &d = dr.datagram;
    p.headerValid = udpPayload.size() >= 10 && dr.error != MalformedReason::BadMessageType;
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
    if (!dr.ok()) {
        p.malformed = dr.error;
        return p;
    }
    if (!d.isDataMessage()) {
        p.malformed = MalformedReason::NotDataDatagram;
        return p;
    }
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
    if (!sr.ok()) {
        p.malformed = sr.error;
        return p;
    }
    p.smbValid = true;
    p.payload = w.payload();
    return p;
}

} // namespace mailslot::wire
