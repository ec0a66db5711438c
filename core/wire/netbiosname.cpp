#include "core/wire/netbiosname.h"

#include "core/wire/bytereader.h"
#include "core/wire/mailslotlimits.h"

#include <QList>

namespace mailslot::wire {

namespace {
constexpr char kMsBrowse[] = "\x01\x02__MSBROWSE__\x02";
} // namespace

NetbiosName::NetbiosName(QByteArray name, quint8 suffix, QByteArray scope)
    : m_name(std::move(name)), m_suffix(suffix), m_scope(std::move(scope))
{
}

NetbiosName NetbiosName::msBrowse()
{
    return NetbiosName(QByteArray(kMsBrowse, kNetbiosNameLength), 0x01);
}

QByteArray NetbiosName::toRaw16() const
{
    QByteArray raw = m_name.left(kNetbiosNameLength).toUpper();
    const char pad = (raw == "*") ? '\0' : ' ';
    raw.append(kNetbiosNameLength - raw.size(), pad);
    raw.append(char(m_suffix));
    return raw;
}

NetbiosName NetbiosName::fromRaw16(QByteArrayView raw16, const QByteArray &scope)
{
    if (raw16.size() != kNetbiosRawNameLength)
        return {};
    QByteArray name = raw16.first(kNetbiosNameLength).toByteArray();
    if (name.startsWith('*') && name.count('\0') == 14) {
        name.truncate(1);
    } else {
        while (name.endsWith(' '))
            name.chop(1);
    }
    return NetbiosName(name, quint8(raw16[kNetbiosNameLength]), scope);
}

QByteArray NetbiosName::encode() const
{
    QByteArray out;
    out.reserve(34 + m_scope.size() + 1);
    out.append(char(0x20));
    for (const char c : toRaw16()) {
        const auto b = quint8(c);
        out.append(char('A' + (b >> 4)));
        out.append(char('A' + (b & 0x0F)));
    }
    if (!m_scope.isEmpty()) {
        for (const QByteArray &label : m_scope.split('.')) {
            if (label.isEmpty())
                continue;
            const QByteArray cut = label.left(63);
            out.append(char(cut.size()));
            out.append(cut);
        }
    }
    out.append('\0');
    return out;
}

NetbiosNameDecodeResult NetbiosName::decode(QByteArrayView data, qsizetype offset)
{
    NetbiosNameDecodeResult result;
    const ByteReader r(data);
    const auto len = r.u8(offset);
    if (!len) {
        result.error = MalformedReason::Truncated;
        return result;
    }
    if (*len != 0x20) {
        result.error = MalformedReason::BadName;
        return result;
    }
    const QByteArrayView chars = r.mid(offset + 1, 32);
    if (chars.size() != 32) {
        result.error = MalformedReason::Truncated;
        return result;
    }
    char raw[kNetbiosRawNameLength];
    for (int i = 0; i < kNetbiosRawNameLength; ++i) {
        const char hi = chars[2 * i];
        const char lo = chars[2 * i + 1];
        if (hi < 'A' || hi > 'P' || lo < 'A' || lo > 'P') {
            result.error = MalformedReason::BadName;
            return result;
        }
        raw[i] = char(((hi - 'A') << 4) | (lo - 'A'));
    }
    qsizetype pos = offset + 33;
    QList<QByteArray> labels;
    for (;;) {
        const auto labelLen = r.u8(pos);
        if (!labelLen) {
            result.error = MalformedReason::Truncated;
            return result;
        }
        if (*labelLen == 0) {
            ++pos;
            break;
        }
        if (*labelLen > 63) { // 0xC0 compression pointers and reserved label types
            result.error = MalformedReason::BadName;
            return result;
        }
        const QByteArrayView label = r.mid(pos + 1, *labelLen);
        if (label.size() != *labelLen) {
            result.error = MalformedReason::Truncated;
            return result;
        }
        if (label.contains('.')) {
            // The scope is kept dotted (RFC 1001 §14): a dot inside a label cannot be told from a
            // separator, so such a name could not be shown or re-encoded faithfully. (Found by fuzzing.)
            result.error = MalformedReason::BadName;
            return result;
        }
        labels.append(label.toByteArray());
        pos += 1 + *labelLen;
        if (pos - offset > kMaxEncodedNetbiosNameLength) {
            result.error = MalformedReason::BadName;
            return result;
        }
    }
    result.consumed = pos - offset;
    result.name = fromRaw16(QByteArrayView(raw, kNetbiosRawNameLength), labels.isEmpty() ? QByteArray() : labels.join('.'));
    return result;
}

QString NetbiosName::toDisplayString() const
{
    QString out;
    auto appendByte = [&out](quint8 b) {
        if (b >= 0x20 && b < 0x7F) {
            out.append(QChar(b));
        } else {
            out.append(QStringLiteral("<%1>").arg(b, 2, 16, QLatin1Char('0')));
        }
    };
    for (const char c : m_name)
        appendByte(quint8(c));
    out.append(QStringLiteral("<%1>").arg(m_suffix, 2, 16, QLatin1Char('0')));
    if (!m_scope.isEmpty()) {
        out.append(QLatin1Char('.'));
        for (const char c : m_scope)
            appendByte(quint8(c));
    }
    return out;
}

} // namespace mailslot::wire
