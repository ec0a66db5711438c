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
    // NetBIOS datagram header (valid when headerValid; filled as far as the bytes allowed).
    bool headerValid = false;
    quint8 msgType = 0;
    quint8 flags = 0;
    quint16 dgmId = 0;
    quint32 sourceIp = 0;
    quint16 sourcePort = 0;
    quint16 dgmLength = 0;
    quint16 packetOffset = 0;
    std::optional<quint8> errorCode; // only for MSG_TYPE 0x13
    NetbiosName sourceName;          // data messages only
    NetbiosName destinationName;     // data and query messages
    QByteArray userData;             // the SMB bytes (USER_DATA, cut at DGM_LENGTH)
    qsizetype trailingBytes = 0;     // bytes received after DGM_LENGTH (ignored)

    // SMB_COM_TRANSACTION mailslot write (valid when smbValid).
    bool smbValid = false;
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
    // [errorCode], sourceName, destinationName (display strings), [slot, priority, class,
    // timeout, dataOffset, dataCount, payloadHex], malformed (key, or null when well-formed).
    QJsonObject toJson() const;

    static QString ipv4ToString(quint32 ip);
};

} // namespace mailslot::wire
