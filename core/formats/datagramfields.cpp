#include "core/formats/datagramfields.h"

#include "core/capture/wellformedwrite.h"
#include "core/wire/mailslotlimits.h"
#include "core/wire/netbiosdatagram.h"
#include "core/stream/observeddatagram.h"
#include "core/text/payloadtext.h"

#include <QDateTime>
#include <QRegularExpression>

#include <charconv>

using namespace mailslot::wire;

namespace {

constexpr const char *kNames[] = {"time", "srcIp", "srcPort", "dstIp", "dstPort", "msgType", "msgTypeName",
                                  "flags", "dgmId", "sourceName", "destinationName", "slot", "class",
                                  "priority", "size", "hex", "text", "delivered", "malformed", "kind"};
constexpr char kHexDigits[] = "0123456789abcdef";

void number(JsonLineWriter &out, std::uint64_t value)
{
    char digits[24];
    const auto end = std::to_chars(digits, digits + sizeof digits, value).ptr;
    out.raw(QByteArrayView(digits, end - digits));
}

// UTF-8 bytes with control characters (tab and newline among them) written as \xNN, so that
// a value never splits the line or its columns. Backslashes stay as they are (slot names).
void bare(JsonLineWriter &out, QByteArrayView bytes)
{
    qsizetype plainFrom = 0;
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const auto c = quint8(bytes[i]);
        if (!PayloadText::isLineControl(c))
            continue;
        out.raw(bytes.sliced(plainFrom, i - plainFrom));
        plainFrom = i + 1;
        const char hex[] = {'\\', 'x', kHexDigits[c >> 4], kHexDigits[c & 0xF]};
        out.raw(QByteArrayView(hex, 4));
    }
    out.raw(bytes.sliced(plainFrom));
}

bool isAscii(QByteArrayView bytes)
{
    for (const char b : bytes)
        if (quint8(b) >= 0x80)
            return false;
    return true;
}

// Latin-1 bytes (slot names), as UTF-8.
void latin1(JsonLineWriter &out, QByteArrayView bytes)
{
    if (isAscii(bytes))
        bare(out, bytes);
    else
        bare(out, QString::fromLatin1(bytes).toUtf8());
}

void name(JsonLineWriter &out, const NetbiosName &n)
{
    if (!n.isNull())
        bare(out, n.toDisplayString().toUtf8());
}

} // namespace

QStringList DatagramFields::names()
{
    QStringList list;
    for (const char *n : kNames)
        list.append(QString::fromLatin1(n));
    return list;
}

std::optional<DatagramFields> DatagramFields::parse(const QString &list, QString *error)
{
    DatagramFields result;
    const QStringList known = names();
    const QStringList items = list.split(QRegularExpression(QStringLiteral("[,\\s]+")), Qt::SkipEmptyParts);
    for (const QString &item : items) {
        const qsizetype index = known.indexOf(item);
        if (index < 0) {
            if (error)
                *error = tr("unknown field '%1'; the fields are: %2").arg(item, known.join(QStringLiteral(", ")));
            return std::nullopt;
        }
        result.m_fields.append(Field(index));
    }
    if (result.m_fields.isEmpty()) {
        if (error)
            *error = tr("no field named; the fields are: %1").arg(known.join(QStringLiteral(", ")));
        return std::nullopt;
    }
    return result;
}

bool DatagramFields::needsDecoding() const
{
    return m_fields.contains(Field::Kind);
}

namespace {
// One line's values: from an ObservedDatagram (the general path), or from a well-formed write
// read in place (origin and write; then every flag below is true and nothing is malformed).
struct Line
{
    const ObservedDatagram *observed = nullptr;
    const ParsedDatagram *parsed = nullptr; // observed->parsed(), parsed once for all the fields
    const DatagramFields::Origin *origin = nullptr;
    const WellFormedWrite *write = nullptr;
    DatagramFields::TimeCache *cache = nullptr;
    quint16 sourcePort = 0;
    quint16 destinationPort = 0;
    bool headerValid = true;
    quint8 msgType = 0;
    quint8 flags = 0;
    quint16 dgmId = 0;
    bool slotValid = true;
    QByteArrayView slot;
    bool smbValid = true;
    quint16 mailslotClass = 0;
    quint16 priority = 0;
    QByteArrayView bytes; // what size, hex and text describe
    bool delivered = false;
    bool isWrite = true;
    MalformedReason malformed = MalformedReason::None;
};

// "a.b.c.d", as ParsedDatagram::ipv4ToString writes it.
void ipv4(JsonLineWriter &out, quint32 address)
{
    for (int shift = 24; shift >= 0; shift -= 8) {
        number(out, (address >> shift) & 0xFF);
        if (shift)
            out.raw(".");
    }
}

// A name decoded in place, as NetbiosName::fromRaw16(raw).toDisplayString() shows it (nothing
// for a null name).
void rawName(JsonLineWriter &out, const std::array<char, 16> &raw)
{
    const QByteArrayView fifteen(raw.data(), kNetbiosNameLength);
    QByteArrayView shown = fifteen;
    if (fifteen.startsWith('*') && fifteen.count('\0') == kNetbiosNameLength - 1) {
        shown = fifteen.first(1);
    } else {
        while (shown.endsWith(' '))
            shown.chop(1);
    }
    const auto suffix = quint8(raw[kNetbiosNameLength]);
    if (shown.isEmpty() && suffix == 0)
        return;
    const auto hexByte = [&out](quint8 b) {
        const char text[] = {'<', kHexDigits[b >> 4], kHexDigits[b & 0xF], '>'};
        out.raw(QByteArrayView(text, 4));
    };
    for (const char c : shown) {
        if (quint8(c) >= 0x20 && quint8(c) < 0x7F)
            out.raw(QByteArrayView(&c, 1));
        else
            hexByte(quint8(c));
    }
    hexByte(suffix);
}

// The fields that an ObservedDatagram and a write read in place give in different forms.
void writeSourceField(DatagramFields::Field field, const Line &line, JsonLineWriter &out)
{
    using Field = DatagramFields::Field;
    const ObservedDatagram *d = line.observed;
    switch (field) {
    case Field::Time:
        if (d)
            bare(out, d->time().toString(Qt::ISODateWithMs).toLatin1());
        else
            line.cache->write(out, line.origin->timestampNs);
        break;
    case Field::SrcIp:
        if (d)
            bare(out, d->sourceAddress().toLatin1());
        else
            ipv4(out, line.origin->sourceIp);
        break;
    case Field::DstIp:
        if (d)
            bare(out, d->destinationAddress().toLatin1());
        else if (line.origin->destinationIp)
            ipv4(out, line.origin->destinationIp);
        break;
    case Field::SourceName:
        if (d)
            name(out, line.parsed->sourceName);
        else
            rawName(out, line.write->sourceName);
        break;
    case Field::DestinationName:
        if (d)
            name(out, line.parsed->destinationName);
        else
            rawName(out, line.write->destinationName);
        break;
    case Field::Kind:
        if (d) {
            if (const std::optional<DecodedPayload> decoded = d->decoded(*line.parsed))
                bare(out, decoded->kind().toUtf8());
        }
        break;
    default:
        break;
    }
}

// One field's bare value.
void writeField(DatagramFields::Field field, const Line &line, JsonLineWriter &out)
{
    using Field = DatagramFields::Field;
    switch (field) {
    case Field::SrcPort:
        number(out, line.sourcePort);
        break;
    case Field::DstPort:
        number(out, line.destinationPort);
        break;
    case Field::MsgType:
        if (line.headerValid)
            number(out, line.msgType);
        break;
    case Field::MsgTypeName:
        if (line.headerValid)
            bare(out, NetbiosDatagram::messageTypeName(line.msgType).toLatin1());
        break;
    case Field::Flags:
        if (line.headerValid)
            number(out, line.flags);
        break;
    case Field::DgmId:
        if (line.headerValid)
            number(out, line.dgmId);
        break;
    case Field::Slot:
        if (line.slotValid)
            latin1(out, line.slot);
        break;
    case Field::Class:
        if (line.smbValid)
            number(out, line.mailslotClass);
        break;
    case Field::Priority:
        if (line.smbValid)
            number(out, line.priority);
        break;
    case Field::Size:
        number(out, std::uint64_t(line.bytes.size()));
        break;
    case Field::Hex:
        out.rawHex(line.bytes);
        break;
    case Field::Text:
        // As QString::fromUtf8 reads it (U+FFFD for invalid sequences).
        if (isAscii(line.bytes))
            bare(out, line.bytes);
        else
            bare(out, QString::fromUtf8(line.bytes).toUtf8());
        break;
    case Field::Delivered:
        out.raw(line.delivered ? "true" : "false");
        break;
    case Field::Malformed:
        if (!line.isWrite)
            bare(out, malformedReasonKey(line.malformed).toLatin1());
        break;
    default:
        writeSourceField(field, line, out);
        break;
    }
}

void writeLine(const QList<DatagramFields::Field> &fields, const Line &line, JsonLineWriter &out)
{
    bool first = true;
    for (const DatagramFields::Field field : fields) {
        if (!first)
            out.raw("\t");
        first = false;
        writeField(field, line, out);
    }
    out.raw("\n");
}
} // namespace

void DatagramFields::TimeCache::write(JsonLineWriter &out, qint64 timestampNs)
{
    const qint64 msecs = timestampNs / 1000000; // as ObservedDatagram::time() truncates
    const qint64 whole = msecs >= 0 ? msecs / 1000 : (msecs - 999) / 1000;
    if (prefix.isEmpty() || second != whole) {
        const QByteArray text = QDateTime::fromMSecsSinceEpoch(whole * 1000, Qt::UTC).toString(Qt::ISODateWithMs).toLatin1();
        if (!text.endsWith(".000Z")) { // not the usual form: the whole text for this time
            prefix.clear();
            bare(out, QDateTime::fromMSecsSinceEpoch(msecs, Qt::UTC).toString(Qt::ISODateWithMs).toLatin1());
            return;
        }
        second = whole;
        prefix = text.chopped(4);
    }
    const auto ms = unsigned(msecs - whole * 1000);
    const char tail[] = {char('0' + ms / 100), char('0' + ms / 10 % 10), char('0' + ms % 10), 'Z'};
    out.raw(prefix);
    out.raw(QByteArrayView(tail, 4));
}

void DatagramFields::write(const ObservedDatagram &d, JsonLineWriter &out) const
{
    const ParsedDatagram p = d.parsed();
    Line line;
    line.observed = &d;
    line.parsed = &p;
    line.sourcePort = d.sourcePort;
    line.destinationPort = d.destinationPort;
    line.headerValid = p.headerValid;
    line.msgType = p.msgType;
    line.flags = p.flags;
    line.dgmId = p.dgmId;
    line.slotValid = p.slotValid;
    line.slot = p.slotName;
    line.smbValid = p.smbValid;
    line.mailslotClass = p.mailslotClass;
    line.priority = p.priority;
    line.bytes = p.payloadValid ? QByteArrayView(p.payload) : QByteArrayView(d.raw);
    line.delivered = d.delivered;
    line.isWrite = p.isMailslotWrite();
    line.malformed = p.malformed;
    writeLine(m_fields, line, out);
}

void DatagramFields::write(const Origin &origin, const WellFormedWrite &w, TimeCache &cache, JsonLineWriter &out) const
{
    Line line;
    line.origin = &origin;
    line.write = &w;
    line.cache = &cache;
    line.sourcePort = origin.sourcePort;
    line.destinationPort = origin.destinationPort;
    line.msgType = w.msgType;
    line.flags = w.flags;
    line.dgmId = w.dgmId;
    line.slot = w.slotName;
    line.mailslotClass = w.mailslotClass;
    line.priority = w.priority;
    line.bytes = w.payload;
    writeLine(m_fields, line, out);
}
