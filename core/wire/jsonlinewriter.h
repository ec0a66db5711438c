// Writes compact JSON into a growing byte buffer, byte for byte as QJsonDocument's Compact form
// writes the same values, without building a QJsonObject: the fast path of `mailslot decode
// --json` and `mailslot bridge --json`. Pure (bytes in, bytes out).
//
// Usage: beginObject(); key("a"); number(1); key("b"); string(u"x"); endObject(); newline();
// The caller writes keys in the order it wants them (QJsonDocument sorts them).
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QStringView>

#include <cstdint>
#include <cstring>

namespace mailslot::wire {

class JsonLineWriter
{
public:
    JsonLineWriter() = default;

    void beginObject() { open('{'); }
    void endObject() { close('}'); }
    void beginArray() { open('['); }
    void endArray() { close(']'); }
    // An object member's name (plain ASCII, no escaping needed).
    void key(const char *name) { key(QByteArrayView(name)); }
    template<std::size_t N>
    void key(const char (&name)[N]) { key(QByteArrayView(name, N - 1)); }
    void key(QByteArrayView name)
    {
        separate();
        char *p = reserve(name.size() + 3);
        *p++ = '"';
        if (!name.isEmpty())
            std::memcpy(p, name.data(), std::size_t(name.size()));
        p += name.size();
        *p++ = '"';
        *p++ = ':';
        commit(p);
        m_afterKey = true;
    }
    // An object member's name of any text (escaped).
    void key(QStringView name);
    // An object member's name already written as JSON with its colon: "name":
    void encodedKey(QByteArrayView nameAndColon);
    // The form encodedKey() takes: "name": with the name escaped.
    static QByteArray encodeKey(QStringView name);

    void null();
    void boolean(bool value);
    void number(std::int64_t value);
    void number(std::uint64_t value);
    void number(int value) { number(std::int64_t(value)); }
    void number(unsigned value) { number(std::uint64_t(value)); }
    // A JSON string of UTF-16 text (escaped as QJsonDocument escapes it).
    void string(QStringView text);
    // A JSON string of bytes read as UTF-8 (invalid sequences become U+FFFD, as QString::fromUtf8).
    void utf8String(QByteArrayView bytes);
    // A JSON string of bytes read as Latin-1.
    void latin1String(QByteArrayView bytes);
    // A JSON string of the bytes' lower-case hexadecimal digits.
    void hexString(QByteArrayView bytes);
    // A JSON string "YYYY-MM-DDTHH:MM:SS.mmmZ", as QDateTime::toString(Qt::ISODateWithMs) in UTC.
    void isoTimeUtc(std::int64_t msecsSinceEpoch);
    // A JSON string "a.b.c.d".
    void ipv4(std::uint32_t address);
    // A JSON string of a NetBIOS name as NetbiosName::toDisplayString() shows it:
    // printable bytes as they are, others as <xx>, then <suffix>, then "." and the scope.
    void netbiosName(QByteArrayView name, std::uint8_t suffix, QByteArrayView scope);

    // A value already written as JSON (the caller vouches for it).
    void rawValue(QByteArrayView json);
    // Bytes as they are, no separator (the caller vouches that they are valid JSON where they land).
    void raw(QByteArrayView bytes);
    // The bytes' lower-case hexadecimal digits, bare (no quotes, no separator).
    void rawHex(QByteArrayView bytes);
    // Ends a line: '\n'; the next value starts a new top-level value.
    void newline();

    qsizetype size() const { return m_size; }
    QByteArrayView view() const { return QByteArrayView(m_buffer.constData(), m_size); }
    // The written bytes; the writer is empty afterwards.
    QByteArray take();
    // Forgets the written bytes, keeps the memory.
    void clear();
    // Makes room for at least this many bytes in all (avoids growing step by step).
    void reserveTotal(qsizetype bytes)
    {
        if (bytes > m_buffer.size())
            m_buffer.resize(bytes);
    }

private:
    char *reserve(qsizetype bytes)
    {
        if (m_size + bytes > m_buffer.size()) [[unlikely]]
            grow(bytes);
        return m_buffer.data() + m_size;
    }
    void grow(qsizetype bytes);
    void commit(char *end) { m_size = end - m_buffer.data(); }
    void separate()
    {
        if (m_afterKey) {
            m_afterKey = false;
            return;
        }
        if (m_depth == 0)
            return;
        const std::uint64_t bit = std::uint64_t(1) << ((m_depth - 1) & 63);
        if (m_hasValue & bit) {
            char *p = reserve(1);
            *p = ',';
            ++m_size;
        } else {
            m_hasValue |= bit;
        }
    }
    void open(char bracket);
    void close(char bracket);
    static void appendEscaped(char32_t c, char *&p);

    QByteArray m_buffer; // sized to its capacity; m_size bytes are written
    qsizetype m_size = 0;
    // One bit per nesting level: set when the level already holds a value (a comma comes next).
    std::uint64_t m_hasValue = 0;
    int m_depth = 0;
    bool m_afterKey = false;
};

} // namespace mailslot::wire
