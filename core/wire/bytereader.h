// Bounds-checked little/big-endian reads over a QByteArrayView (internal helper of mailslotnet).
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QtEndian>

#include <optional>

namespace mailslot::wire {

// Every read checks the bounds; a failed read returns std::nullopt and never touches memory
// outside the view.
class ByteReader
{
public:
    explicit ByteReader(QByteArrayView data) : m_data(data) {}

    qsizetype size() const { return m_data.size(); }
    bool has(qsizetype offset, qsizetype length) const
    {
        return offset >= 0 && length >= 0 && offset <= m_data.size() && length <= m_data.size() - offset;
    }

    std::optional<quint8> u8(qsizetype offset) const
    {
        if (!has(offset, 1))
            return std::nullopt;
        return quint8(m_data[offset]);
    }
    std::optional<quint16> u16le(qsizetype offset) const
    {
        if (!has(offset, 2))
            return std::nullopt;
        return qFromLittleEndian<quint16>(m_data.data() + offset);
    }
    std::optional<quint16> u16be(qsizetype offset) const
    {
        if (!has(offset, 2))
            return std::nullopt;
        return qFromBigEndian<quint16>(m_data.data() + offset);
    }
    std::optional<quint32> u32le(qsizetype offset) const
    {
        if (!has(offset, 4))
            return std::nullopt;
        return qFromLittleEndian<quint32>(m_data.data() + offset);
    }
    std::optional<quint32> u32be(qsizetype offset) const
    {
        if (!has(offset, 4))
            return std::nullopt;
        return qFromBigEndian<quint32>(m_data.data() + offset);
    }
    QByteArrayView mid(qsizetype offset, qsizetype length) const
    {
        if (!has(offset, length))
            return {};
        return m_data.sliced(offset, length);
    }
    // Index of the first NUL at or after offset, or -1 when there is none inside the view.
    qsizetype findNul(qsizetype offset) const
    {
        if (offset < 0 || offset >= m_data.size())
            return -1;
        return m_data.indexOf('\0', offset);
    }

private:
    QByteArrayView m_data;
};

inline void appendU8(QByteArray &out, quint8 v) { out.append(char(v)); }
inline void appendU16le(QByteArray &out, quint16 v)
{
    out.append(char(v & 0xFF));
    out.append(char(v >> 8));
}
inline void appendU16be(QByteArray &out, quint16 v)
{
    out.append(char(v >> 8));
    out.append(char(v & 0xFF));
}
inline void appendU32le(QByteArray &out, quint32 v)
{
    appendU16le(out, quint16(v & 0xFFFF));
    appendU16le(out, quint16(v >> 16));
}
inline void appendU32be(QByteArray &out, quint32 v)
{
    appendU16be(out, quint16(v >> 16));
    appendU16be(out, quint16(v & 0xFFFF));
}

} // namespace mailslot::wire
