#include "observeddatagram.h"

#include "mailslotdatagramparser.h"
#include "netbiosdatagram.h"
#include "payloadtext.h"
#include "wellknownslotdecoder.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>

#include <algorithm>

using namespace mailslot::net;

ObservedDatagram ObservedDatagram::fromUdp(const QByteArray &udpPayload, qint64 timestampNs, quint32 sourceIp,
                                           quint16 sourcePort, quint32 destinationIp, quint16 destinationPort,
                                           OemCodePage codePage)
{
    ObservedDatagram d;
    d.parsed = MailslotDatagramParser::parse(udpPayload);
    d.timestampNs = timestampNs;
    d.sourceIp = sourceIp;
    d.sourcePort = sourcePort;
    d.destinationIp = destinationIp;
    d.destinationPort = destinationPort;
    d.raw = udpPayload;
    if (d.parsed.isMailslotWrite())
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

MailslotMessage ObservedDatagram::toMailslotMessage() const
{
    MailslotMessage m;
    m.slot = deliveredTo.isEmpty() ? QString::fromLatin1(parsed.slotName) : deliveredTo;
    m.sequence = MailslotMessage::nextSequence();
    m.timestamp = time();
    m.payload = shownBytes();
    m.source = ParsedDatagram::ipv4ToString(sourceIp);
    m.sourcePort = sourcePort;
    m.sourceName = parsed.sourceName.isNull() ? QString() : parsed.sourceName.toDisplayString();
    m.destinationName = parsed.destinationName.isNull() ? QString() : parsed.destinationName.toDisplayString();
    m.mailslotClass = parsed.mailslotClass;
    m.priority = parsed.priority;
    m.delivered = delivered;
    m.malformed = parsed.isMailslotWrite() ? QString() : malformedReasonKey(parsed.malformed);
    if (decoded) {
        m.decodedKind = decoded->kind();
        m.decoded = decoded->toJson();
    }
    return m;
}

namespace {

void appendString(QByteArray &out, QStringView text)
{
    static const char hex[] = "0123456789abcdef";
    const QByteArray utf8 = text.toUtf8();
    out.append('"');
    for (const char ch : utf8) {
        const auto c = quint8(ch);
        switch (c) {
        case '"': out.append("\\\""); break;
        case '\\': out.append("\\\\"); break;
        case '\b': out.append("\\b"); break;
        case '\f': out.append("\\f"); break;
        case '\n': out.append("\\n"); break;
        case '\r': out.append("\\r"); break;
        case '\t': out.append("\\t"); break;
        default:
            if (c < 0x20) {
                out.append("\\u00");
                out.append(hex[c >> 4]);
                out.append(hex[c & 0xF]);
            } else {
                out.append(char(c));
            }
        }
    }
    out.append('"');
}

void appendKey(QByteArray &out, const char *key)
{
    if (out.size() > 1)
        out.append(',');
    out.append('"');
    out.append(key);
    out.append("\":");
}

void appendValue(QByteArray &out, const QVariant &v)
{
    switch (v.typeId()) {
    case QMetaType::Bool:
        out.append(v.toBool() ? "true" : "false");
        return;
    case QMetaType::Int:
    case QMetaType::Short:
    case QMetaType::Char:
    case QMetaType::SChar:
    case QMetaType::Long:
    case QMetaType::LongLong:
        out.append(QByteArray::number(v.toLongLong()));
        return;
    case QMetaType::UInt:
    case QMetaType::UShort:
    case QMetaType::UChar:
    case QMetaType::ULong:
    case QMetaType::ULongLong:
        out.append(QByteArray::number(v.toULongLong()));
        return;
    case QMetaType::QString:
        appendString(out, v.toString());
        return;
    case QMetaType::QStringList: {
        out.append('[');
        const QStringList list = v.toStringList();
        for (qsizetype i = 0; i < list.size(); ++i) {
            if (i)
                out.append(',');
            appendString(out, list[i]);
        }
        out.append(']');
        return;
    }
    default: {
        // Anything else the way QJsonValue writes it.
        QByteArray array = QJsonDocument(QJsonArray{QJsonValue::fromVariant(v)}).toJson(QJsonDocument::Compact);
        out.append(array.mid(1, array.size() - 2));
        return;
    }
    }
}

} // namespace

QByteArray ObservedDatagram::toJsonLine() const
{
    const QByteArray bytes = shownBytes();
    const bool write = parsed.isMailslotWrite();
    const bool header = parsed.headerValid;
    QByteArray o;
    o.reserve(256 + bytes.size() * 4);
    o.append('{');
    // Keys in the order QJsonDocument writes them (sorted), so both forms read the same.
    appendKey(o, "class");
    o.append(parsed.smbValid ? QByteArray::number(parsed.mailslotClass) : QByteArray("null"));
    appendKey(o, "decoded");
    if (decoded) {
        struct Item { QString key; const QVariant *value; };
        QList<Item> items;
        items.reserve(decoded->fields().size());
        for (const DecodedPayload::Field &f : decoded->fields()) {
            auto it = std::find_if(items.begin(), items.end(), [&](const Item &i) { return i.key == f.key; });
            if (it != items.end())
                it->value = &f.value; // the last one wins, as in QJsonObject
            else
                items.append({f.key, &f.value});
        }
        const QVariant kind(decoded->kind());
        const QVariant truncated(true);
        items.append({QStringLiteral("kind"), &kind});
        if (decoded->isTruncated())
            items.append({QStringLiteral("truncated"), &truncated});
        std::stable_sort(items.begin(), items.end(), [](const Item &a, const Item &b) { return a.key < b.key; });
        o.append('{');
        for (qsizetype i = 0; i < items.size(); ++i) {
            if (i)
                o.append(',');
            appendString(o, items[i].key);
            o.append(':');
            appendValue(o, *items[i].value);
        }
        o.append('}');
    } else {
        o.append("null");
    }
    appendKey(o, "delivered");
    o.append(delivered ? "true" : "false");
    if (delivered) {
        appendKey(o, "deliveredTo");
        appendString(o, deliveredTo);
    }
    appendKey(o, "destinationName");
    if (parsed.destinationName.isNull())
        o.append("null");
    else
        appendString(o, parsed.destinationName.toDisplayString());
    appendKey(o, "dgmId");
    o.append(header ? QByteArray::number(parsed.dgmId) : QByteArray("null"));
    appendKey(o, "dstIp");
    if (destinationIp)
        appendString(o, ParsedDatagram::ipv4ToString(destinationIp));
    else
        o.append("null");
    appendKey(o, "dstPort");
    o.append(QByteArray::number(destinationPort));
    appendKey(o, "flags");
    o.append(header ? QByteArray::number(parsed.flags) : QByteArray("null"));
    appendKey(o, "hex");
    o.append('"');
    o.append(bytes.toHex());
    o.append('"');
    appendKey(o, "malformed");
    if (write)
        o.append("null");
    else
        appendString(o, malformedReasonKey(parsed.malformed));
    appendKey(o, "msgType");
    o.append(header ? QByteArray::number(parsed.msgType) : QByteArray("null"));
    appendKey(o, "msgTypeName");
    if (header)
        appendString(o, NetbiosDatagram::messageTypeName(parsed.msgType));
    else
        o.append("null");
    appendKey(o, "priority");
    o.append(parsed.smbValid ? QByteArray::number(parsed.priority) : QByteArray("null"));
    appendKey(o, "size");
    o.append(QByteArray::number(bytes.size()));
    appendKey(o, "slot");
    if (parsed.smbValid)
        appendString(o, QString::fromLatin1(parsed.slotName));
    else
        o.append("null");
    appendKey(o, "sourceName");
    if (parsed.sourceName.isNull())
        o.append("null");
    else
        appendString(o, parsed.sourceName.toDisplayString());
    appendKey(o, "srcIp");
    appendString(o, ParsedDatagram::ipv4ToString(sourceIp));
    appendKey(o, "srcPort");
    o.append(QByteArray::number(sourcePort));
    appendKey(o, "text");
    appendString(o, PayloadText::jsonText(bytes));
    appendKey(o, "time");
    appendString(o, time().toString(Qt::ISODateWithMs));
    o.append('}');
    return o;
}
