#include "core/remote/streamrowreader.h"

#include "core/remote/netbiosnametext.h"
#include "core/stream/observeddatagram.h"
#include "core/stream/rowsender.h"
#include "core/wire/netbiosdatagram.h"
#include "core/wire/smbmailslotwrite.h"

#include <QDateTime>
#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonParseError>

#include <algorithm>
#include <cctype>
#include <limits>

using namespace mailslot::wire;

std::optional<StreamRow> StreamRowReader::read(QByteArrayView line, QString *problem)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(line.toByteArray(), &error);
    if (error.error != QJsonParseError::NoError) {
        *problem = tr("not JSON (%1 at offset %2)").arg(error.errorString()).arg(error.offset);
        return std::nullopt;
    }
    if (!document.isObject()) {
        *problem = tr("not a JSON object");
        return std::nullopt;
    }
    return read(document.object(), problem);
}

std::optional<StreamRow> StreamRowReader::read(const QJsonObject &object, QString *problem)
{
    if (object.contains(QStringLiteral("srcIp")))
        return readDatagram(object, problem);
    if (object.value(QStringLiteral("source")).isString())
        return readLocal(object, problem);
    *problem = tr("neither a message (\"source\") nor a datagram (\"srcIp\")");
    return std::nullopt;
}

std::optional<qint64> StreamRowReader::readTime(const QJsonObject &object, QString *problem)
{
    const QDateTime time = QDateTime::fromString(object.value(QStringLiteral("time")).toString(), Qt::ISODateWithMs);
    if (!time.isValid()) {
        *problem = tr("\"time\" is missing or not an ISO 8601 time");
        return std::nullopt;
    }
    // Rows keep ns since 1970 in 64 bits: the years 1677 to 2262.
    constexpr qint64 kLimitMs = std::numeric_limits<qint64>::max() / 1000000;
    const qint64 ms = time.toMSecsSinceEpoch();
    if (ms > kLimitMs || ms < -kLimitMs) {
        *problem = tr("\"time\" is out of range (years 1677 to 2262)");
        return std::nullopt;
    }
    return ms * 1000000;
}

std::optional<QByteArray> StreamRowReader::readBytes(const QJsonObject &object, const QString &key, QString *problem)
{
    const QJsonValue value = object.value(key);
    const QByteArray hex = value.toString().toLatin1();
    const bool isHex = value.isString() && hex.size() % 2 == 0
                       && std::all_of(hex.begin(), hex.end(), [](char c) { return std::isxdigit(quint8(c)); });
    if (!isHex) {
        *problem = tr("\"%1\" is missing or not hexadecimal bytes").arg(key);
        return std::nullopt;
    }
    return QByteArray::fromHex(hex);
}

std::optional<StreamRow> StreamRowReader::readLocal(const QJsonObject &object, QString *problem)
{
    const auto timeNs = readTime(object, problem);
    const auto payload = timeNs ? readBytes(object, QStringLiteral("hex"), problem) : std::nullopt;
    if (!payload)
        return std::nullopt;
    if (object.value(QStringLiteral("size")).toInteger(-1) != payload->size()) {
        *problem = tr("\"size\" is not the number of bytes in \"hex\" (%n byte(s))", nullptr, int(payload->size()));
        return std::nullopt;
    }
    const QString slot = object.value(QStringLiteral("slot")).toString();
    if (slot.isEmpty()) {
        *problem = tr("\"slot\" is missing");
        return std::nullopt;
    }
    StreamRow row;
    row.timeNs = *timeNs;
    row.slot = slot;
    row.payload = *payload;
    // A tapped message (`tap --json`) names its writer.
    if (const qint64 pid = object.value(QStringLiteral("pid")).toInteger(0); pid > 0)
        row.setSender(RowSender::make(pid, nullptr));
    return row;
}

namespace {
// The UDP payload of a well-formed mailslot write, encoded again from its fields.
QByteArray encodeWrite(const QJsonObject &o, quint32 sourceIp, const QByteArray &payload)
{
    SmbMailslotWrite write(o.value(QStringLiteral("slot")).toString().toLatin1(), payload);
    write.setPriority(quint16(o.value(QStringLiteral("priority")).toInt()));
    write.setMailslotClass(quint16(o.value(QStringLiteral("class")).toInt(SmbMailslotWrite::Unreliable)));
    NetbiosDatagram datagram;
    datagram.setMsgType(quint8(o.value(QStringLiteral("msgType")).toInt()));
    datagram.setFlags(quint8(o.value(QStringLiteral("flags")).toInt()));
    datagram.setDgmId(quint16(o.value(QStringLiteral("dgmId")).toInt()));
    datagram.setSourceIp(sourceIp);
    datagram.setSourcePort(quint16(o.value(QStringLiteral("srcPort")).toInt()));
    datagram.setSourceName(NetbiosNameText::parse(o.value(QStringLiteral("sourceName")).toString()));
    datagram.setDestinationName(NetbiosNameText::parse(o.value(QStringLiteral("destinationName")).toString()));
    datagram.setUserData(write.encode());
    return datagram.encode();
}

// An address as the datagram keeps it: IPv4 as a number, IPv6 as its 16 bytes.
void readAddress(const QString &text, quint32 *ipv4, QByteArray *ipv6)
{
    const QHostAddress address(text);
    if (address.protocol() == QAbstractSocket::IPv6Protocol) {
        const Q_IPV6ADDR bytes = address.toIPv6Address();
        *ipv6 = QByteArray(reinterpret_cast<const char *>(bytes.c), 16);
    } else {
        *ipv4 = address.toIPv4Address();
    }
}
} // namespace

std::optional<StreamRow> StreamRowReader::readDatagram(const QJsonObject &o, QString *problem)
{
    const auto timeNs = readTime(o, problem);
    const auto shown = timeNs ? readBytes(o, QStringLiteral("hex"), problem) : std::nullopt;
    if (!shown)
        return std::nullopt;
    std::optional<QByteArray> raw = shown;
    if (o.contains(QStringLiteral("rawHex")) && !(raw = readBytes(o, QStringLiteral("rawHex"), problem)))
        return std::nullopt;
    const int msgType = o.value(QStringLiteral("msgType")).toInt(-1);
    const bool write = o.value(QStringLiteral("malformed")).isNull() && msgType >= NetbiosDatagram::DirectUnique
                       && msgType <= NetbiosDatagram::Broadcast;
    quint32 sourceIp = 0;
    quint32 destinationIp = 0;
    QByteArray sourceIpv6;
    QByteArray destinationIpv6;
    readAddress(o.value(QStringLiteral("srcIp")).toString(), &sourceIp, &sourceIpv6);
    readAddress(o.value(QStringLiteral("dstIp")).toString(), &destinationIp, &destinationIpv6);
    const QByteArray udp = write ? encodeWrite(o, sourceIp, *shown) : *raw;
    ObservedDatagram d = ObservedDatagram::fromUdp(udp, *timeNs, sourceIp, quint16(o.value(QStringLiteral("srcPort")).toInt()),
                                                   destinationIp, quint16(o.value(QStringLiteral("dstPort")).toInt()));
    d.setIpv6(sourceIpv6, destinationIpv6);
    d.delivered = o.value(QStringLiteral("delivered")).toBool();
    d.setDeliveredTo(o.value(QStringLiteral("deliveredTo")).toString());
    return StreamRow::fromDatagram(std::move(d), RowOrigin::Remote);
}
