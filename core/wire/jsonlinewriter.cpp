#include "core/wire/jsonlinewriter.h"

#include <QDateTime>
#include <QString>

#include <charconv>
#include <cstring>

namespace mailslot::wire {

namespace {
constexpr char kHexDigits[] = "0123456789abcdef";

// ASCII bytes written as they are inside a JSON string (no escape).
constexpr bool isPlain(char32_t c)
{
    return c >= 0x20 && c < 0x80 && c != '"' && c != '\\';
}

// Days since 1970-01-01 to a proleptic Gregorian date (H. Hinnant's civil_from_days).
void civilFromDays(std::int64_t days, std::int64_t &year, unsigned &month, unsigned &day)
{
    days += 719468;
    const std::int64_t era = (days >= 0 ? days : days - 146096) / 146097;
    const auto dayOfEra = unsigned(days - era * 146097);
    const unsigned yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365;
    const unsigned dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
    const unsigned mp = (5 * dayOfYear + 2) / 153;
    day = dayOfYear - (153 * mp + 2) / 5 + 1;
    month = mp < 10 ? mp + 3 : mp - 9;
    year = std::int64_t(yearOfEra) + era * 400 + (month <= 2 ? 1 : 0);
}

char *twoDigits(char *p, unsigned v)
{
    *p++ = char('0' + v / 10);
    *p++ = char('0' + v % 10);
    return p;
}
} // namespace

void JsonLineWriter::grow(qsizetype bytes)
{
    m_buffer.resize(std::max<qsizetype>(m_size + bytes, std::max<qsizetype>(4096, m_buffer.size() * 2)));
}

void JsonLineWriter::open(char bracket)
{
    separate();
    char *p = reserve(1);
    *p++ = bracket;
    commit(p);
    ++m_depth;
    m_hasValue &= ~(std::uint64_t(1) << ((m_depth - 1) & 63));
}

void JsonLineWriter::close(char bracket)
{
    char *p = reserve(1);
    *p++ = bracket;
    commit(p);
    if (m_depth > 0)
        --m_depth;
}

void JsonLineWriter::key(QStringView name)
{
    string(name); // separates like a value
    char *p = reserve(1);
    *p++ = ':';
    commit(p);
    m_afterKey = true;
}

void JsonLineWriter::encodedKey(QByteArrayView nameAndColon)
{
    separate();
    raw(nameAndColon);
    m_afterKey = true;
}

QByteArray JsonLineWriter::encodeKey(QStringView name)
{
    JsonLineWriter w;
    w.key(name);
    return w.take();
}

void JsonLineWriter::rawValue(QByteArrayView json)
{
    separate();
    raw(json);
}

void JsonLineWriter::raw(QByteArrayView bytes)
{
    if (bytes.isEmpty())
        return; // an empty view may carry a null pointer, which memcpy must not see
    char *p = reserve(bytes.size());
    std::memcpy(p, bytes.data(), std::size_t(bytes.size()));
    commit(p + bytes.size());
}

void JsonLineWriter::null()
{
    separate();
    raw("null");
}

void JsonLineWriter::boolean(bool value)
{
    separate();
    raw(value ? QByteArrayView("true") : QByteArrayView("false"));
}

void JsonLineWriter::number(std::int64_t value)
{
    separate();
    char *p = reserve(24);
    commit(std::to_chars(p, p + 24, value).ptr);
}

void JsonLineWriter::number(std::uint64_t value)
{
    separate();
    char *p = reserve(24);
    commit(std::to_chars(p, p + 24, value).ptr);
}

// One character below U+0080 as QJsonDocument writes it inside a string.
void JsonLineWriter::appendEscaped(char32_t c, char *&p)
{
    switch (c) {
    case '"': *p++ = '\\'; *p++ = '"'; return;
    case '\\': *p++ = '\\'; *p++ = '\\'; return;
    case '\b': *p++ = '\\'; *p++ = 'b'; return;
    case '\f': *p++ = '\\'; *p++ = 'f'; return;
    case '\n': *p++ = '\\'; *p++ = 'n'; return;
    case '\r': *p++ = '\\'; *p++ = 'r'; return;
    case '\t': *p++ = '\\'; *p++ = 't'; return;
    default:
        if (c < 0x20) {
            std::memcpy(p, "\\u00", 4);
            p += 4;
            *p++ = kHexDigits[c >> 4];
            *p++ = kHexDigits[c & 0xF];
        } else {
            *p++ = char(c);
        }
    }
}

void JsonLineWriter::string(QStringView text)
{
    separate();
    // At most 6 bytes per UTF-16 unit (\u00xx), 3 for any BMP character in UTF-8.
    char *p = reserve(text.size() * 6 + 2);
    char *const start = p;
    *p++ = '"';
    for (const QChar ch : text) {
        const char16_t c = ch.unicode();
        if (isPlain(c)) {
            *p++ = char(c);
        } else if (c < 0x80) {
            appendEscaped(c, p);
        } else if (c < 0x800) {
            *p++ = char(0xC0 | (c >> 6));
            *p++ = char(0x80 | (c & 0x3F));
        } else if (c < 0xD800 || c > 0xDFFF) {
            *p++ = char(0xE0 | (c >> 12));
            *p++ = char(0x80 | ((c >> 6) & 0x3F));
            *p++ = char(0x80 | (c & 0x3F));
        } else {
            // Surrogates (pairs or lone): exactly as QString::toUtf8() encodes them.
            commit(start);
            const QByteArray utf8 = text.toUtf8();
            p = reserve(utf8.size() * 6 + 2);
            *p++ = '"';
            for (const char b : utf8) {
                const auto u = quint8(b);
                if (u < 0x80)
                    appendEscaped(u, p);
                else
                    *p++ = char(u);
            }
            *p++ = '"';
            commit(p);
            return;
        }
    }
    *p++ = '"';
    commit(p);
}

void JsonLineWriter::utf8String(QByteArrayView bytes)
{
    for (const char b : bytes) {
        if (quint8(b) >= 0x80) {
            // Not plain ASCII: decode as QString::fromUtf8 does (U+FFFD for invalid sequences).
            string(QString::fromUtf8(bytes));
            return;
        }
    }
    separate();
    char *p = reserve(bytes.size() * 6 + 2);
    *p++ = '"';
    for (const char b : bytes) {
        if (isPlain(quint8(b)))
            *p++ = b;
        else
            appendEscaped(quint8(b), p);
    }
    *p++ = '"';
    commit(p);
}

void JsonLineWriter::latin1String(QByteArrayView bytes)
{
    separate();
    char *p = reserve(bytes.size() * 6 + 2);
    *p++ = '"';
    for (const char b : bytes) {
        const auto c = quint8(b);
        if (c < 0x80) {
            appendEscaped(c, p);
        } else {
            *p++ = char(0xC0 | (c >> 6));
            *p++ = char(0x80 | (c & 0x3F));
        }
    }
    *p++ = '"';
    commit(p);
}

void JsonLineWriter::hexString(QByteArrayView bytes)
{
    separate();
    raw("\"");
    rawHex(bytes);
    raw("\"");
}

void JsonLineWriter::rawHex(QByteArrayView bytes)
{
    char *p = reserve(bytes.size() * 2);
    for (const char b : bytes) {
        const auto c = quint8(b);
        *p++ = kHexDigits[c >> 4];
        *p++ = kHexDigits[c & 0xF];
    }
    commit(p);
}

void JsonLineWriter::isoTimeUtc(std::int64_t msecs)
{
    constexpr std::int64_t kMsPerDay = 86400000;
    std::int64_t days = msecs / kMsPerDay;
    std::int64_t rest = msecs % kMsPerDay;
    if (rest < 0) {
        rest += kMsPerDay;
        --days;
    }
    std::int64_t year = 0;
    unsigned month = 0;
    unsigned day = 0;
    civilFromDays(days, year, month, day);
    if (year < 1000 || year > 9999) {
        // Outside four-digit years: whatever QDateTime writes.
        string(QDateTime::fromMSecsSinceEpoch(msecs, Qt::UTC).toString(Qt::ISODateWithMs));
        return;
    }
    separate();
    char *p = reserve(26);
    *p++ = '"';
    p = twoDigits(p, unsigned(year / 100));
    p = twoDigits(p, unsigned(year % 100));
    *p++ = '-';
    p = twoDigits(p, month);
    *p++ = '-';
    p = twoDigits(p, day);
    *p++ = 'T';
    const auto seconds = unsigned(rest / 1000);
    p = twoDigits(p, seconds / 3600);
    *p++ = ':';
    p = twoDigits(p, seconds / 60 % 60);
    *p++ = ':';
    p = twoDigits(p, seconds % 60);
    *p++ = '.';
    const auto ms = unsigned(rest % 1000);
    *p++ = char('0' + ms / 100);
    p = twoDigits(p, ms % 100);
    *p++ = 'Z';
    *p++ = '"';
    commit(p);
}

void JsonLineWriter::ipv4(std::uint32_t address)
{
    separate();
    char *p = reserve(17);
    *p++ = '"';
    for (int shift = 24; shift >= 0; shift -= 8) {
        p = std::to_chars(p, p + 3, (address >> shift) & 0xFF).ptr;
        if (shift)
            *p++ = '.';
    }
    *p++ = '"';
    commit(p);
}

void JsonLineWriter::netbiosName(QByteArrayView name, std::uint8_t suffix, QByteArrayView scope)
{
    separate();
    char *p = reserve((name.size() + scope.size()) * 4 + 8);
    auto put = [&p](quint8 b) {
        if (b >= 0x20 && b < 0x7F) {
            if (b == '"' || b == '\\')
                *p++ = '\\';
            *p++ = char(b);
        } else {
            *p++ = '<';
            *p++ = kHexDigits[b >> 4];
            *p++ = kHexDigits[b & 0xF];
            *p++ = '>';
        }
    };
    *p++ = '"';
    for (const char c : name)
        put(quint8(c));
    *p++ = '<';
    *p++ = kHexDigits[suffix >> 4];
    *p++ = kHexDigits[suffix & 0xF];
    *p++ = '>';
    if (!scope.isEmpty()) {
        *p++ = '.';
        for (const char c : scope)
            put(quint8(c));
    }
    *p++ = '"';
    commit(p);
}

void JsonLineWriter::newline()
{
    char *p = reserve(1);
    *p++ = '\n';
    commit(p);
    m_depth = 0;
    m_hasValue = 0;
    m_afterKey = false;
}

QByteArray JsonLineWriter::take()
{
    m_buffer.resize(m_size);
    QByteArray out = std::move(m_buffer);
    m_buffer = QByteArray();
    m_size = 0;
    m_depth = 0;
    m_hasValue = 0;
    m_afterKey = false;
    return out;
}

void JsonLineWriter::clear()
{
    m_size = 0;
    m_depth = 0;
    m_hasValue = 0;
    m_afterKey = false;
}

} // namespace mailslot::wire
