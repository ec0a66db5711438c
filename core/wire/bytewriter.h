// Little/big-endian writes into bytes already allocated (internal helper of the encoders): an
// encoder that knows its size resizes its buffer once and writes each field in place, instead of
// appending a byte at a time (each append checks the buffer's capacity and sharing).
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QtEndian>

#include <cstring>

namespace mailslot::wire {

class ByteWriter
{
public:
    // Writes from at; the caller owns the room for every field it writes.
    explicit ByteWriter(char *at) : m_at(at) {}
    // Makes room for size more bytes at the end of out and writes there.
    static ByteWriter appendingTo(QByteArray &out, qsizetype size)
    {
        const qsizetype start = out.size();
        out.resize(start + size);
        return ByteWriter(out.data() + start);
    }

    void u8(quint8 v) { *m_at++ = char(v); }
    void u16le(quint16 v) { put(qToLittleEndian(v)); }
    void u16be(quint16 v) { put(qToBigEndian(v)); }
    void u32le(quint32 v) { put(qToLittleEndian(v)); }
    void u32be(quint32 v) { put(qToBigEndian(v)); }
    void bytes(QByteArrayView b)
    {
        if (!b.isEmpty())
            std::memcpy(m_at, b.data(), std::size_t(b.size()));
        m_at += b.size();
    }
    void zeros(qsizetype n)
    {
        std::memset(m_at, 0, std::size_t(n));
        m_at += n;
    }

private:
    template <typename T>
    void put(T v)
    {
        std::memcpy(m_at, &v, sizeof v);
        m_at += sizeof v;
    }

    char *m_at;
};

} // namespace mailslot::wire
