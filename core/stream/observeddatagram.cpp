#include "core/stream/observeddatagram.h"

#include "core/wire/mailslotdatagramparser.h"
#include "core/wire/netbiosdatagram.h"
#include "core/text/payloadtext.h"
#include "core/wire/wellknownslotdecoder.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>

#include <QVarLengthArray>

#include <algorithm>

using namespace mailslot::wire;

ObservedDatagram ObservedDatagram::fromUdp(const QByteArray &udpPayload, qint64 timestampNs, quint32 sourceIp,
                                           quint16 sourcePort, quint32 destinationIp, quint16 destinationPort,
                                           OemCodePage codePage, bool decodeWellKnown)
{
    ObservedDatagram d;
    d.parsed = MailslotDatagramParser::parse(udpPayload);
    d.timestampNs = timestampNs;
    d.sourceIp = sourceIp;
    d.sourcePort = sourcePort;
    d.destinationIp = destinationIp;
    d.destinationPort = destinationPort;
    d.raw = udpPayload;
    if (decodeWellKnown && d.parsed.isMailslotWrite())
        d.decoded = WellKnownSlotDecoder::decode(d.parsed.slotName, d.parsed.payload, codePage);
    return d;
}

QDateTime ObservedDatagram::time() const
{
    return QDateTime::fromMSecsSinceEpoch(timestampNs / 1000000, Qt::UTC);
}

QByteArray ObservedDatagram::shownBytes() const
{
    return parsed.isMailslotWrite() ? parsed.payload : raw;
}

QJsonObject ObservedDatagram::toJson() const
{
    const QByteArray bytes = shownBytes();
    const bool write = parsed.isMailslotWrite();
    const QJsonValue null(QJsonValue::Null);
    QJsonObject o{
        {QStringLiteral("time"), time().toString(Qt::ISODateWithMs)},
        {QStringLiteral("srcIp"), ParsedDatagram::ipv4ToString(sourceIp)},
        {QStringLiteral("srcPort"), sourcePort},
        {QStringLiteral("dstIp"), destinationIp ? QJsonValue(ParsedDatagram::ipv4ToString(destinationIp)) : null},
        {QStringLiteral("dstPort"), destinationPort},
        {QStringLiteral("msgType"), parsed.headerValid ? QJsonValue(parsed.msgType) : null},
        {QStringLiteral("msgTypeName"),
         parsed.headerValid ? QJsonValue(NetbiosDatagram::messageTypeName(parsed.msgType)) : null},
        {QStringLiteral("flags"), parsed.headerValid ? QJsonValue(parsed.flags) : null},
        {QStringLiteral("dgmId"), parsed.headerValid ? QJsonValue(parsed.dgmId) : null},
        {QStringLiteral("sourceName"),
         parsed.sourceName.isNull() ? null : QJsonValue(parsed.sourceName.toDisplayString())},
        {QStringLiteral("destinationName"),
         parsed.destinationName.isNull() ? null : QJsonValue(parsed.destinationName.toDisplayString())},
        {QStringLiteral("slot"), parsed.smbValid ? QJsonValue(QString::fromLatin1(parsed.slotName)) : null},
        {QStringLiteral("class"), parsed.smbValid ? QJsonValue(parsed.mailslotClass) : null},
        {QStringLiteral("priority"), parsed.smbValid ? QJsonValue(parsed.priority) : null},
        {QStringLiteral("size"), bytes.size()},
        {QStringLiteral("hex"), QString::fromLatin1(bytes.toHex())},
        {QStringLiteral("text"), PayloadText::jsonText(bytes)},
        {QStringLiteral("delivered"), delivered},
        {QStringLiteral("malformed"), write ? null : QJsonValue(malformedReasonKey(parsed.malformed))},
        {QStringLiteral("decoded"), decoded ? QJsonValue(decoded->toJson()) : null},
    };
    if (delivered)
        o.insert(QStringLiteral("deliveredTo"), deliveredTo);
    return o;
}

QString ObservedDatagram::toText() const
{
    QString line = QStringLiteral("%1 %2:%3 ")
                       .arg(time().toString(Qt::ISODateWithMs), ParsedDatagram::ipv4ToString(sourceIp))
                       .arg(sourcePort);
    if (parsed.headerValid)
        line += QStringLiteral("%1 %2 -> %3 ")
                    .arg(NetbiosDatagram::messageTypeName(parsed.msgType),
                         parsed.sourceName.isNull() ? QStringLiteral("-") : parsed.sourceName.toDisplayString(),
                         parsed.destinationName.isNull() ? QStringLiteral("-")
                                                         : parsed.destinationName.toDisplayString());
    if (!parsed.isMailslotWrite()) {
        line += tr("malformed (%1), %n byte(s)", nullptr, int(raw.size())).arg(malformedReasonText(parsed.malformed));
        return line;
    }
    line += QStringLiteral("%1 ").arg(QString::fromLatin1(parsed.slotName));
    line += tr("%n byte(s)", nullptr, int(parsed.payload.size()));
    if (decoded) {
        QStringList fields;
        for (const DecodedPayload::Field &f : decoded->fields()) {
            QString value = f.value.toString();
            if (f.value.typeId() == QMetaType::QStringList)
                value = f.value.toStringList().join(QLatin1Char('|'));
            fields.append(QStringLiteral("%1=%2").arg(f.key, value));
        }
        line += QStringLiteral(" %1 {%2}").arg(decoded->kind(), fields.join(QStringLiteral(", ")));
    } else {
        line += QStringLiteral(": ") + PayloadText::preview(parsed.payload, 120);
    }
    if (delivered)
        line += QLatin1Char(' ') + tr("[delivered to %1]").arg(deliveredTo);
    return line;
}

namespace {

void writeValue(JsonLineWriter &w, const QVariant &v)
{
    switch (v.typeId()) {
    case QMetaType::Bool:
        w.boolean(v.toBool());
        return;
    case QMetaType::Int:
    case QMetaType::Short:
    case QMetaType::Char:
    case QMetaType::SChar:
    case QMetaType::Long:
    case QMetaType::LongLong:
        w.number(std::int64_t(v.toLongLong()));
        return;
    case QMetaType::UInt:
    case QMetaType::UShort:
    case QMetaType::UChar:
    case QMetaType::ULong:
    case QMetaType::ULongLong:
        w.number(std::uint64_t(v.toULongLong()));
        return;
    case QMetaType::QString:
        w.string(*static_cast<const QString *>(v.constData()));
        return;
    case QMetaType::QStringList: {
        w.beginArray();
        for (const QString &s : *static_cast<const QStringList *>(v.constData()))
            w.string(s);
        w.endArray();
        return;
    }
    default: {
        // Anything else the way QJsonValue writes it.
        const QByteArray array =
            QJsonDocument(QJsonArray{QJsonValue::fromVariant(v)}).toJson(QJsonDocument::Compact);
        w.rawValue(QByteArrayView(array).sliced(1, array.size() - 2));
        return;
    }
    }
}

// The order in which a decoded payload's members are written: keys sorted as QJsonObject sorts
// them, a repeated key written once with its last value (as QJsonObject keeps it). Entries are
// field indexes, or kKind / kTruncated. Decoders give every message of a kind the same keys, so
// the order of the previous message is reused when the keys are the same.
constexpr int kKind = -1;
constexpr int kTruncated = -2;

struct Member
{
    int index;          // a field, or kKind / kTruncated
    QByteArray keyJson; // "key":
};

const QVarLengthArray<Member, 40> &memberOrder(const DecodedPayload &payload)
{
    struct Layout
    {
        QList<QString> keys;
        bool truncated = false;
        QVarLengthArray<Member, 40> members;
    };
    thread_local Layout cache;
    const QList<DecodedPayload::Field> &fields = payload.fields();
    bool same = cache.keys.size() == fields.size() && cache.truncated == payload.isTruncated();
    for (qsizetype i = 0; same && i < fields.size(); ++i)
        same = cache.keys[i] == fields[i].key;
    if (same)
        return cache.members;

    static const QString kindKey = QStringLiteral("kind");
    static const QString truncatedKey = QStringLiteral("truncated");
    const auto keyOf = [&](int index) -> const QString & {
        return index == kKind ? kindKey : index == kTruncated ? truncatedKey : fields[index].key;
    };
    QVarLengthArray<int, 40> order;
    // As DecodedPayload::toJson() inserts them: kind, the fields, truncated; a later one wins.
    const auto insert = [&](int index) {
        auto it = std::find_if(order.begin(), order.end(), [&](int j) { return keyOf(j) == keyOf(index); });
        if (it != order.end())
            *it = index;
        else
            order.append(index);
    };
    cache.keys.clear();
    cache.truncated = payload.isTruncated();
    insert(kKind);
    for (qsizetype i = 0; i < fields.size(); ++i) {
        cache.keys.append(fields[i].key);
        insert(int(i));
    }
    if (cache.truncated)
        insert(kTruncated);
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) { return keyOf(a) < keyOf(b); });
    cache.members.clear();
    for (const int index : order)
        cache.members.append({index, JsonLineWriter::encodeKey(keyOf(index))});
    return cache.members;
}

void writeDecoded(JsonLineWriter &w, const DecodedPayload &payload)
{
    w.beginObject();
    for (const Member &member : memberOrder(payload)) {
        w.encodedKey(member.keyJson);
        if (member.index == kKind)
            w.string(payload.kind());
        else if (member.index == kTruncated)
            w.boolean(true);
        else
            writeValue(w, payload.fields()[member.index].value);
    }
    w.endObject();
}

} // namespace

void ObservedDatagram::writeJson(JsonLineWriter &w) const
{
    const QByteArrayView bytes = parsed.isMailslotWrite() ? QByteArrayView(parsed.payload) : QByteArrayView(raw);
    const bool write = parsed.isMailslotWrite();
    const bool header = parsed.headerValid;
    const auto optionalNumber = [&w](bool present, std::uint64_t value) {
        if (present)
            w.number(value);
        else
            w.null();
    };
    const auto name = [&w](const NetbiosName &n) {
        if (n.isNull())
            w.null();
        else
            w.netbiosName(n.name(), n.suffix(), n.scope());
    };
    w.beginObject();
    // Keys in the order QJsonDocument writes them (sorted), so both forms read the same.
    w.key("class");
    optionalNumber(parsed.smbValid, parsed.mailslotClass);
    w.key("decoded");
    if (decoded)
        writeDecoded(w, *decoded);
    else
        w.null();
    w.key("delivered");
    w.boolean(delivered);
    if (delivered) {
        w.key("deliveredTo");
        w.string(deliveredTo);
    }
    w.key("destinationName");
    name(parsed.destinationName);
    w.key("dgmId");
    optionalNumber(header, parsed.dgmId);
    w.key("dstIp");
    if (destinationIp)
        w.ipv4(destinationIp);
    else
        w.null();
    w.key("dstPort");
    w.number(unsigned(destinationPort));
    w.key("flags");
    optionalNumber(header, parsed.flags);
    w.key("hex");
    w.hexString(bytes);
    w.key("malformed");
    if (write)
        w.null();
    else
        w.string(malformedReasonKey(parsed.malformed));
    w.key("msgType");
    optionalNumber(header, parsed.msgType);
    w.key("msgTypeName");
    if (header)
        w.string(NetbiosDatagram::messageTypeName(parsed.msgType));
    else
        w.null();
    w.key("priority");
    optionalNumber(parsed.smbValid, parsed.priority);
    w.key("size");
    w.number(std::int64_t(bytes.size()));
    w.key("slot");
    if (parsed.smbValid)
        w.latin1String(parsed.slotName);
    else
        w.null();
    w.key("sourceName");
    name(parsed.sourceName);
    w.key("srcIp");
    w.ipv4(sourceIp);
    w.key("srcPort");
    w.number(unsigned(sourcePort));
    w.key("text");
    w.utf8String(bytes);
    w.key("time");
    w.isoTimeUtc(timestampNs / 1000000);
    w.endObject();
}

QByteArray ObservedDatagram::toJsonLine() const
{
    JsonLineWriter w;
    writeJson(w);
    return w.take();
}
