// Sequential, bounds-checked reader for decoders (internal helper of mailslotnet).
// A read that does not fit marks the cursor truncated and yields nullopt; later reads also fail.
#pragma once

#include "core/wire/bytereader.h"
#include "core/wire/oemcodec.h"

#include <QString>

#include <optional>

namespace mailslot::wire {

class PayloadCursor
{
public:
    explicit PayloadCursor(QByteArrayView data) : m_data(data), m_reader(data) {}

    qsizetype pos() const { return m_pos; }
    qsizetype remaining() const { return m_data.size() - m_pos; }
    bool truncated() const { return m_truncated; }
    bool atEnd() const { return m_pos >= m_data.size(); }

    std::optional<quint8> u8() { return take(m_reader.u8(m_pos), 1); }
    std::optional<quint16> u16le() { return take(m_reader.u16le(m_pos), 2); }
    std::optional<quint32> u32le() { return take(m_reader.u32le(m_pos), 4); }

    std::optional<QByteArrayView> bytes(qsizetype n)
    {
        if (m_truncated || !m_reader.has(m_pos, n)) {
            m_truncated = true;
            return std::nullopt;
        }
        const QByteArrayView v = m_data.sliced(m_pos, n);
        m_pos += n;
        return v;
    }
    // A NUL-terminated string inside a fixed-size field (bytes after the NUL ignored).
    std::optional<QString> fixedString(qsizetype size, OemCodePage cp)
    {
        const auto field = bytes(size);
        if (!field)
            return std::nullopt;
        const qsizetype nul = field->indexOf('\0');
        return OemCodec::decode(nul < 0 ? *field : field->first(nul), cp);
    }
    // A NUL-terminated string; without a NUL the rest is returned and the cursor marked truncated.
    std::optional<QString> cString(OemCodePage cp)
    {
        if (m_truncated || atEnd()) {
            m_truncated = true;
            return std::nullopt;
        }
        const qsizetype nul = m_data.indexOf('\0', m_pos);
        if (nul < 0) {
            const QString s = OemCodec::decode(m_data.sliced(m_pos), cp);
            m_pos = m_data.size();
            m_truncated = true;
            return s;
        }
        const QString s = OemCodec::decode(m_data.sliced(m_pos, nul - m_pos), cp);
        m_pos = nul + 1;
        return s;
    }
    // A NUL-terminated UTF-16LE string (the terminator is two zero bytes at a code unit boundary).
    std::optional<QString> utf16String()
    {
        if (m_truncated || atEnd()) {
            m_truncated = true;
            return std::nullopt;
        }
        QString s;
        for (;;) {
            const auto unit = m_reader.u16le(m_pos);
            if (!unit) {
                m_pos = m_data.size();
                m_truncated = true;
                return s;
            }
            m_pos += 2;
            if (*unit == 0)
                return s;
            s.append(QChar(char16_t(*unit)));
        }
    }
    // Skips to the next multiple of n (relative to the start of the data); may pass the end.
    void align(qsizetype n)
    {
        const qsizetype pad = (n - (m_pos % n)) % n;
        m_pos = qMin(m_pos + pad, m_data.size());
    }
    void seek(qsizetype pos) { m_pos = qBound(qsizetype(0), pos, m_data.size()); }

private:
    template<typename T>
    std::optional<T> take(std::optional<T> v, qsizetype n)
    {
        if (m_truncated || !v) {
            m_truncated = true;
            return std::nullopt;
        }
        m_pos += n;
        return v;
    }

    QByteArrayView m_data;
    ByteReader m_reader;
    qsizetype m_pos = 0;
    bool m_truncated = false;
};

// "0x" and the value in `digits` lower-case hexadecimal digits, as
// QStringLiteral("0x%1").arg(value, digits, 16, QLatin1Char('0')) writes it, without its cost.
inline QString hexNumber(quint32 value, int digits)
{
    constexpr char16_t kDigits[] = u"0123456789abcdef";
    char16_t text[2 + 8] = {u'0', u'x'};
    digits = qBound(1, digits, 8);
    for (int i = 0; i < digits; ++i)
        text[2 + i] = kDigits[(value >> (4 * (digits - 1 - i))) & 0xF];
    return QString(reinterpret_cast<const QChar *>(text), 2 + digits);
}

} // namespace mailslot::wire
