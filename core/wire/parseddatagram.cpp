#include "core/wire/parseddatagram.h"

namespace mailslot::wire {

QString ParsedDatagram::ipv4ToString(quint32 ip)
{
    return QStringLiteral("%1.%2.%3.%4").arg(ip >> 24).arg((ip >> 16) & 0xFF).arg((ip >> 8) & 0xFF).arg(ip & 0xFF);
}

QJsonObject ParsedDatagram::toJson() const
{
    QJsonObject o;
    if (headerValid) {
        o.insert(QStringLiteral("msgType"), msgType);
        o.insert(QStringLiteral("flags"), flags);
        o.insert(QStringLiteral("dgmId"), dgmId);
        o.insert(QStringLiteral("sourceIp"), ipv4ToString(sourceIp));
        o.insert(QStringLiteral("sourcePort"), sourcePort);
        o.insert(QStringLiteral("dgmLength"), dgmLength);
        o.insert(QStringLiteral("packetOffset"), packetOffset);
        if (errorCode)
            o.insert(QStringLiteral("errorCode"), *errorCode);
        if (!sourceName.isNull())
            o.insert(QStringLiteral("sourceName"), sourceName.toDisplayString());
        if (!destinationName.isNull())
            o.insert(QStringLiteral("destinationName"), destinationName.toDisplayString());
    }
    if (smbValid) {
        o.insert(QStringLiteral("priority"), priority);
        o.insert(QStringLiteral("class"), mailslotClass);
        o.insert(QStringLiteral("timeout"), qint64(timeout));
        o.insert(QStringLiteral("dataOffset"), dataOffset);
        o.insert(QStringLiteral("dataCount"), dataCount);
    }
    if (slotValid)
        o.insert(QStringLiteral("slot"), QString::fromLatin1(slotName));
    if (payloadValid)
        o.insert(QStringLiteral("payloadHex"), QString::fromLatin1(payload.toHex()));
    o.insert(QStringLiteral("malformed"),
             malformed == MalformedReason::None ? QJsonValue(QJsonValue::Null) : QJsonValue(malformedReasonKey(malformed)));
    return o;
}

} // namespace mailslot::wire
