// Everything known about one received UDP-138 payload: header, names, SMB write, slot, payload.
#pragma once

#include "core/wire/malformedreason.h"
#include "core/wire/netbiosname.h"

#include <QByteArray>
#include <QJsonObject>

#include <optional>

namespace mailslot::wire {

struct ParsedDatagram
{
    // NetBIOS datagram header (valid when headerValid: the first 10 bytes were there; DGM_LENGTH
    // and PACKET_OFFSET of data messages when 14 were). A malformed datagram is decoded as far as
    // it parses, as Wireshark does: every field read is kept, and the flags say which parts are.
    bool headerValid = false;
    quint8 msgType = 0;
    quint8 flags = 0;
    quint16 dgmId = 0;
    quint32 sourceIp = 0;
    quint16 sourcePort = 0;
    quint16 dgmLength = 0;
    quint16 packetOffset = 0;
    std::optional<quint8> errorCode; // only for MSG_TYPE 0x13
    NetbiosName sourceName;          // data messages only (null when absent or badly encoded)
    NetbiosName destinationName;     // data and query messages
    QByteArray userData;             // the SMB bytes (USER_DATA, cut at DGM_LENGTH when it fits)
    qsizetype trailingBytes = 0;     // bytes received after DGM_LENGTH (ignored)

    // SMB_COM_TRANSACTION mailslot write: smbValid when its parameter words were read (flags,
    // timeout, opcode, priority, class, offsets and counts), slotValid when the transaction name
    // was (slotName; not under \MAILSLOT\ when malformed is NotMailslot), payloadValid when the
    // data at DataOffset was (only the bytes there when malformed is BadDataCount). All three
    // are set for a well-formed write.
    bool smbValid = false;
    bool slotValid = false;
    bool payloadValid = false;
    quint8 smbFlags = 0;
    quint16 smbFlags2 = 0;
    quint16 transactionFlags = 0;
    quint32 timeout = 0;
    quint16 opcode = 0;
    quint16 priority = 0;
    quint16 mailslotClass = 0;
    quint16 dataOffset = 0;
    quint16 dataCount = 0;

    QByteArray slotName; // as on the wire, e.g. "\MAILSLOT\BROWSE"
    QByteArray payload;  // DataCount bytes at DataOffset

    MalformedReason malformed = MalformedReason::None;

    bool isMailslotWrite() const { return malformed == MalformedReason::None; }
    // Keys: msgType, flags, dgmId, sourceIp ("a.b.c.d"), sourcePort, dgmLength, packetOffset,
    // [errorCode], sourceName, destinationName (display strings), [priority, class, timeout,
    // dataOffset, dataCount], [slot], [payloadHex], malformed (key, or null when well-formed):
    // each group when its part was read.
    QJsonObject toJson() const;

    static QString ipv4ToString(quint32 ip);
};

} // namespace mailslot::wire
