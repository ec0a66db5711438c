#include "core/formats/datagramfields.h"

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
// One field's bare value; bytes: what size, hex and text describe.
// p: d.parsed(), parsed once for all the fields.
void writeField(DatagramFields::Field field, const ObservedDatagram &d, const ParsedDatagram &p, QByteArrayView bytes,
                JsonLineWriter &out)
{
    using Field = DatagramFields::Field;
    switch (field) {
    case Field::Time:
        bare(out, d.time().toString(Qt::ISODateWithMs).toLatin1());
        break;
    case Field::SrcIp:
        bare(out, d.sourceAddress().toLatin1());
        break;
    case Field::SrcPort:
        number(out, d.sourcePort);
        break;
    case Field::DstIp:
        bare(out, d.destinationAddress().toLatin1());
        break;
    case Field::DstPort:
        number(out, d.destinationPort);
        break;
    case Field::MsgType:
        if (p.headerValid)
            number(out, p.msgType);
        break;
    case Field::MsgTypeName:
        if (p.headerValid)
            bare(out, NetbiosDatagram::messageTypeName(p.msgType).toLatin1());
        break;
    case Field::Flags:
        if (p.headerValid)
            number(out, p.flags);
        break;
    case Field::DgmId:
        if (p.headerValid)
            number(out, p.dgmId);
        break;
    case Field::SourceName:
        name(out, p.sourceName);
        break;
    case Field::DestinationName:
        name(out, p.destinationName);
        break;
    case Field::Slot:
        if (p.slotValid)
            latin1(out, p.slotName);
        break;
    case Field::Class:
        if (p.smbValid)
            number(out, p.mailslotClass);
        break;
    case Field::Priority:
        if (p.smbValid)
            number(out, p.priority);
        break;
    case Field::Size:
        number(out, std::uint64_t(bytes.size()));
        break;
    case Field::Hex:
        out.rawHex(bytes);
        break;
    case Field::Text:
        // As QString::fromUtf8 reads it (U+FFFD for invalid sequences).
        bare(out, isAscii(bytes) ? bytes.toByteArray() : QString::fromUtf8(bytes).toUtf8());
        break;
    case Field::Delivered:
        out.raw(d.delivered ? "true" : "false");
        break;
    case Field::Malformed:
        if (!p.isMailslotWrite())
            bare(out, malformedReasonKey(p.malformed).toLatin1());
        break;
    case Field::Kind:
        if (const std::optional<DecodedPayload> decoded = d.decoded(p))
            bare(out, decoded->kind().toUtf8());
        break;
    }
}
} // namespace

void DatagramFields::write(const ObservedDatagram &d, JsonLineWriter &out) const
{
    const ParsedDatagram p = d.parsed();
    const QByteArrayView bytes = p.payloadValid ? QByteArrayView(p.payload) : QByteArrayView(d.raw);
    bool first = true;
    for (const Field field : m_fields) {
        if (!first)
            out.raw("\t");
        first = false;
        writeField(field, d, p, bytes, out);
    }
    out.raw("\n");
}
