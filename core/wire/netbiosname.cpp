#include "core/wire/netbiosname.h"

#include "core/wire/bytereader.h"
#include "core/wire/mailslotlimits.h"

#include <QList>

#include <algorithm>

namespace mailslot::wire {

namespace {

constexpr char kMsBrowse[] = "\x01\x02__MSBROWSE__\x02";

// As QByteArray::toUpper() (ASCII letters only).
char asciiUpper(char c)
{
    return c >= 'a' && c <= 'z' ? char(c - 'a' + 'A') : c;
}

// Each non-empty label of a scope ("a.b.c"), cut to 63 bytes.
template <typename Visit>
void forEachLabel(QByteArrayView scope, Visit visit)
{
    while (!scope.isEmpty()) {
        const qsizetype dot = scope.indexOf('.');
        const QByteArrayView label = dot < 0 ? scope : scope.first(dot);
        if (!label.isEmpty())
            visit(label.first(std::min<qsizetype>(label.size(), 63)));
        scope = dot < 0 ? QByteArrayView() : scope.sliced(dot + 1);
    }
}

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
    out.reserve(encodedSize());
    appendEncoded(out);
    return out;
}

qsizetype NetbiosName::encodedSize() const
{
    qsizetype size = 1 + 2 * kNetbiosRawNameLength + 1;
    forEachLabel(m_scope, [&size](QByteArrayView label) { size += 1 + label.size(); });
    return size;
}

void NetbiosName::appendEncoded(QByteArray &out) const
{
    // toRaw16() (upper case, padded, the suffix last), each byte as two letters A-P.
    char encoded[1 + 2 * kNetbiosRawNameLength];
    encoded[0] = char(0x20);
    const qsizetype length = std::min<qsizetype>(m_name.size(), kNetbiosNameLength);
    const char pad = (length == 1 && m_name.at(0) == '*') ? '\0' : ' ';
    for (qsizetype i = 0; i < kNetbiosRawNameLength; ++i) {
        const char c = i < length ? asciiUpper(m_name.at(i)) : i < kNetbiosNameLength ? pad : char(m_suffix);
        const auto b = quint8(c);
        encoded[1 + 2 * i] = char('A' + (b >> 4));
        encoded[2 + 2 * i] = char('A' + (b & 0x0F));
    }
    out.append(encoded, sizeof encoded);
    forEachLabel(m_scope, [&out](QByteArrayView label) {
        out.append(char(label.size()));
        out.append(label);
    });
    out.append('\0');
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
    // A bad character, a dotted label, a compression pointer or an overlong name is BadName; its
    // extent is still known, so `consumed` is set and the fields after it can be read (as
    // Wireshark does). A name whose characters are good is kept too.
    // Each character 'A'..'P' is a half byte; anything else wraps to above 15.
    char raw[kNetbiosRawNameLength];
    unsigned halves = 0;
    for (int i = 0; i < kNetbiosRawNameLength; ++i) {
        const unsigned hi = unsigned(quint8(chars[2 * i])) - 'A';
        const unsigned lo = unsigned(quint8(chars[2 * i + 1])) - 'A';
        halves |= hi | lo;
        raw[i] = char((hi << 4) | (lo & 0x0F));
    }
    const bool badCharacter = halves > 15;
    bool badScope = false;
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
        if (*labelLen >= 0xC0) { // a DNS compression pointer (2 bytes) ends the name; never valid here
            if (!r.u8(pos + 1)) {
                result.error = MalformedReason::Truncated;
                return result;
            }
            pos += 2;
            result.consumed = pos - offset;
            result.error = MalformedReason::BadName;
            return result;
        }
        if (*labelLen > 63) { // reserved label types: extent unknown
            result.error = MalformedReason::BadName;
            return result;
        }
        const QByteArrayView label = r.mid(pos + 1, *labelLen);
        if (label.size() != *labelLen) {
            result.error = MalformedReason::Truncated;
            return result;
        }
        // The scope is kept dotted (RFC 1001 §14): a dot inside a label cannot be told from a
        // separator, so such a name could not be shown or re-encoded faithfully. (Found by fuzzing.)
        badScope = badScope || label.contains('.');
        labels.append(label.toByteArray());
        pos += 1 + *labelLen;
        badScope = badScope || pos - offset > kMaxEncodedNetbiosNameLength;
    }
    result.consumed = pos - offset;
    if (badCharacter || badScope)
        result.error = MalformedReason::BadName;
    if (badCharacter)
        return result;
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
