#include "core/stream/observeddatagram.h"

#include "core/stream/rarefields.h"

#include "core/wire/mailslotdatagramparser.h"
#include "core/wire/netbiosdatagram.h"
#include "core/text/payloadtext.h"
#include "core/wire/wellknownslotdecoder.h"

#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>

#include <QVarLengthArray>
#ifdef __MINGW32__
#include <QThreadStorage>
#endif

#include <algorithm>

using namespace mailslot::wire;

ObservedDatagram ObservedDatagram::fromUdp(const QByteArray &udpPayload, qint64 timestampNs, quint32 sourceIp,
                                           quint16 sourcePort, quint32 destinationIp, quint16 destinationPort,
                                           OemCodePage codePage, bool decodeWellKnown)
{
    ObservedDatagram d;
    d.timestampNs = timestampNs;
    d.sourceIp = sourceIp;
    d.sourcePort = sourcePort;
    d.destinationIp = destinationIp;
    d.destinationPort = destinationPort;
    d.raw = udpPayload;
    d.m_codePage = quint8(codePage);
    d.m_decodeWellKnown = decodeWellKnown;
    return d;
}

ParsedDatagram ObservedDatagram::parsed() const
{
    ParsedDatagram p = MailslotDatagramParser::parse(raw);
    if (frameFlaw() != MalformedReason::None)
        p.malformed = frameFlaw();
    return p;
}

std::optional<DecodedPayload> ObservedDatagram::decoded(const ParsedDatagram &p) const
{
    if (!m_decodeWellKnown || !p.payloadValid)
        return std::nullopt;
    return WellKnownSlotDecoder::decode(p.slotName, p.payload, codePage());
}

std::optional<DecodedPayload> ObservedDatagram::decoded() const
{
    return decoded(parsed());
}

ObservedDatagram::Expanded ObservedDatagram::expanded() const
{
    Expanded e{parsed(), std::nullopt};
    e.decoded = decoded(e.parsed);
    return e;
}

void ObservedDatagram::setDeliveredTo(const QString &slot)
{
    RareFields::set(m_rare, &Rare::deliveredTo, slot);
}

void ObservedDatagram::setComments(const QList<QByteArray> &comments)
{
    RareFields::set(m_rare, &Rare::comments, comments);
}

void ObservedDatagram::setIpv6(const QByteArray &source, const QByteArray &destination)
{
    Q_ASSERT((source.isEmpty() || source.size() == 16) && (destination.isEmpty() || destination.size() == 16));
    RareFields::set(m_rare, &Rare::ipv6, source + destination);
    if (m_rare)
        m_rare->ipv6Source = !source.isEmpty();
}

bool ObservedDatagram::isIpv6Source() const
{
    return m_rare && m_rare->ipv6Source;
}

QByteArray ObservedDatagram::sourceIpv6() const
{
    return isIpv6Source() ? m_rare->ipv6.first(16) : QByteArray();
}

QByteArray ObservedDatagram::destinationIpv6() const
{
    return m_rare ? m_rare->ipv6.sliced(m_rare->ipv6Source ? 16 : 0) : QByteArray();
}

QDateTime ObservedDatagram::time() const
{
    return QDateTime::fromMSecsSinceEpoch(timestampNs / 1000000, Qt::UTC);
}

namespace {
QString ipv6ToString(const QByteArray &address)
{
    Q_IPV6ADDR bytes;
    std::copy_n(address.constData(), std::min<qsizetype>(address.size(), 16), bytes.c);
    return QHostAddress(bytes).toString();
}

// Whether size/hex/text of a malformed datagram show its payload rather than the whole UDP payload.
bool showsPartOfRaw(const ParsedDatagram &p)
{
    return !p.isMailslotWrite() && p.payloadValid;
}
} // namespace

QString ObservedDatagram::sourceAddress() const
{
    return isIpv6Source() ? ipv6ToString(sourceIpv6()) : ParsedDatagram::ipv4ToString(sourceIp);
}

QString ObservedDatagram::destinationAddress() const
{
    if (m_rare && m_rare->ipv6.size() > (m_rare->ipv6Source ? 16 : 0))
        return ipv6ToString(destinationIpv6());
    return destinationIp ? ParsedDatagram::ipv4ToString(destinationIp) : QString();
}

QByteArray ObservedDatagram::shownBytes() const
{
    const ParsedDatagram p = parsed();
    return p.payloadValid ? p.payload : raw;
}

QJsonObject ObservedDatagram::toJson() const
{
    const auto [parsed, decoded] = expanded();
    const QByteArray bytes = parsed.payloadValid ? parsed.payload : raw;
    const bool write = parsed.isMailslotWrite();
    const QJsonValue null(QJsonValue::Null);
    const QString destination = destinationAddress();
    QJsonObject o{
        {QStringLiteral("time"), time().toString(Qt::ISODateWithMs)},
        {QStringLiteral("srcIp"), sourceAddress()},
        {QStringLiteral("srcPort"), sourcePort},
        {QStringLiteral("dstIp"), destination.isEmpty() ? null : QJsonValue(destination)},
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
        {QStringLiteral("slot"), parsed.slotValid ? QJsonValue(QString::fromLatin1(parsed.slotName)) : null},
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
        o.insert(QStringLiteral("deliveredTo"), deliveredTo());
    if (showsPartOfRaw(parsed))
        o.insert(QStringLiteral("rawHex"), QString::fromLatin1(raw.toHex()));
    return o;
}

QString ObservedDatagram::toText() const
{
    const auto [parsed, decoded] = expanded();
    const QString source = !isIpv6Source() ? sourceAddress() : QStringLiteral("[%1]").arg(sourceAddress());
    QString line = QStringLiteral("%1 %2:%3 ").arg(time().toString(Qt::ISODateWithMs), source).arg(sourcePort);
    if (parsed.headerValid)
        line += QStringLiteral("%1 %2 -> %3 ")
                    .arg(NetbiosDatagram::messageTypeName(parsed.msgType),
                         parsed.sourceName.isNull() ? QStringLiteral("-") : parsed.sourceName.toDisplayString(),
                         parsed.destinationName.isNull() ? QStringLiteral("-")
                                                         : parsed.destinationName.toDisplayString());
    if (!parsed.isMailslotWrite()) {
        line += tr("malformed (%1), %n byte(s)", nullptr, int(raw.size())).arg(malformedReasonText(parsed.malformed));
        if (!parsed.slotValid && !parsed.payloadValid)
            return line;
        line += QStringLiteral("; "); // then what could be read of the write, as for a well-formed one
    }
    const bool slot = parsed.slotValid && !parsed.slotName.isEmpty();
    if (slot)
        line += PayloadText::escapeControls(QString::fromLatin1(parsed.slotName));
    if (parsed.payloadValid) {
        if (slot)
            line += QLatin1Char(' ');
        line += tr("%n byte(s)", nullptr, int(parsed.payload.size()));
        if (decoded) {
            QStringList fields;
            for (const DecodedPayload::Field &f : decoded->fields()) {
                QString value = f.value.toString();
                if (f.value.typeId() == QMetaType::QStringList)
                    value = f.value.toStringList().join(QLatin1Char('|'));
                fields.append(QStringLiteral("%1=%2").arg(f.key, PayloadText::escapeControls(value)));
            }
            line += QStringLiteral(" %1 {%2}").arg(decoded->kind(), fields.join(QStringLiteral(", ")));
        } else {
            line += QStringLiteral(": ") + PayloadText::preview(parsed.payload, 120);
        }
    }
    if (delivered)
        line += QLatin1Char(' ') + tr("[delivered to %1]").arg(PayloadText::escapeControls(deliveredTo()));
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
#ifdef __MINGW32__
    // mingw-w64's thread_local objects with destructors are destroyed at the OS thread's exit,
    // after the C run-time's part of it: a formatting thread of a QThreadPool that ended crashed
    // in free() there (tst_capturedecoder under Wine). Qt's own per-thread storage is freed when
    // the QThread finishes, before that.
    static QThreadStorage<Layout> storage;
    Layout &cache = storage.localData();
#else
    thread_local Layout cache;
#endif
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

void optionalNumber(JsonLineWriter &w, bool present, std::uint64_t value)
{
    if (present)
        w.number(value);
    else
        w.null();
}

void name(JsonLineWriter &w, const NetbiosName &n)
{
    if (n.isNull())
        w.null();
    else
        w.netbiosName(n.name(), n.suffix(), n.scope());
}

// An IPv6 address when there is one, else the IPv4 one (null when it is 0 and may be unknown).
void address(JsonLineWriter &w, quint32 ipv4, const QByteArray &ipv6, bool zeroIsUnknown)
{
    if (!ipv6.isEmpty())
        w.string(ipv6ToString(ipv6));
    else if (ipv4 || !zeroIsUnknown)
        w.ipv4(ipv4);
    else
        w.null();
}

} // namespace

void ObservedDatagram::writeJson(JsonLineWriter &w) const
{
    const auto [parsed, decoded] = expanded();
    const QByteArrayView bytes = parsed.payloadValid ? QByteArrayView(parsed.payload) : QByteArrayView(raw);
    const bool write = parsed.isMailslotWrite();
    const bool header = parsed.headerValid;
    w.beginObject();
    // Keys in the order QJsonDocument writes them (sorted), so both forms read the same.
    w.key("class");
    optionalNumber(w, parsed.smbValid, parsed.mailslotClass);
    w.key("decoded");
    if (decoded)
        writeDecoded(w, *decoded);
    else
        w.null();
    w.key("delivered");
    w.boolean(delivered);
    if (delivered) {
        w.key("deliveredTo");
        w.string(deliveredTo());
    }
    w.key("destinationName");
    name(w, parsed.destinationName);
    w.key("dgmId");
    optionalNumber(w, header, parsed.dgmId);
    w.key("dstIp");
    address(w, destinationIp, destinationIpv6(), true);
    w.key("dstPort");
    w.number(unsigned(destinationPort));
    w.key("flags");
    optionalNumber(w, header, parsed.flags);
    w.key("hex");
    w.hexString(bytes);
    w.key("malformed");
    if (write)
        w.null();
    else
        w.string(malformedReasonKey(parsed.malformed));
    w.key("msgType");
    optionalNumber(w, header, parsed.msgType);
    w.key("msgTypeName");
    if (header)
        w.string(NetbiosDatagram::messageTypeName(parsed.msgType));
    else
        w.null();
    w.key("priority");
    optionalNumber(w, parsed.smbValid, parsed.priority);
    if (showsPartOfRaw(parsed)) {
        w.key("rawHex");
        w.hexString(raw);
    }
    w.key("size");
    w.number(std::int64_t(bytes.size()));
    w.key("slot");
    if (parsed.slotValid)
        w.latin1String(parsed.slotName);
    else
        w.null();
    w.key("sourceName");
    name(w, parsed.sourceName);
    w.key("srcIp");
    address(w, sourceIp, sourceIpv6(), false);
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
