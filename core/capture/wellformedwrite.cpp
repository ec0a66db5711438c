#include "core/capture/wellformedwrite.h"

#include "core/wire/netbiosdatagram.h"
#include "core/wire/smbmailslotwrite.h"

#include <QtEndian>

#include <cstring>

using mailslot::wire::NetbiosDatagram;
using mailslot::wire::SmbMailslotWrite;

namespace {
constexpr qsizetype kEncodedName = 34; // length byte 0x20, 32 characters, the empty scope's 0

quint16 u16le(QByteArrayView bytes, qsizetype at)
{
    return qFromLittleEndian<quint16>(bytes.data() + at);
}

// A first-level encoded name without a scope (RFC 1001 §14), decoded into raw; false for
// anything else (a bad character, a scope, a compression pointer).
bool readName(QByteArrayView bytes, qsizetype at, std::array<char, 16> &raw)
{
    const char *p = bytes.data() + at;
    if (quint8(p[0]) != 0x20 || p[kEncodedName - 1] != 0)
        return false;
    unsigned halves = 0;
    for (int i = 0; i < 16; ++i) {
        const unsigned hi = unsigned(quint8(p[1 + 2 * i])) - 'A';
        const unsigned lo = unsigned(quint8(p[2 + 2 * i])) - 'A';
        halves |= hi | lo;
        raw[std::size_t(i)] = char((hi << 4) | (lo & 0x0F));
    }
    return halves <= 15;
}
} // namespace

bool WellFormedWrite::read(QByteArrayView udp)
{
    if (udp.size() < NetbiosDatagram::HeaderSize)
        return false;
    msgType = quint8(udp[0]);
    flags = quint8(udp[1]);
    dgmId = qFromBigEndian<quint16>(udp.data() + 2);
    const quint16 dgmLength = qFromBigEndian<quint16>(udp.data() + 10);
    const quint16 packetOffset = qFromBigEndian<quint16>(udp.data() + 12);
    if (msgType < NetbiosDatagram::DirectUnique || msgType > NetbiosDatagram::Broadcast)
        return false;
    if ((flags & NetbiosDatagram::MoreFlag) || packetOffset != 0)
        return false;
    const QByteArrayView body = udp.sliced(NetbiosDatagram::HeaderSize);
    if (dgmLength > body.size() || dgmLength < 2 * kEncodedName)
        return false;
    const QByteArrayView inside = body.first(dgmLength);
    if (!readName(inside, 0, sourceName) || !readName(inside, kEncodedName, destinationName))
        return false;
    return readSmb(inside.sliced(2 * kEncodedName));
}

bool WellFormedWrite::readSmb(QByteArrayView smb)
{
    constexpr qsizetype kNameOffset = SmbMailslotWrite::NameOffset;
    if (smb.size() < kNameOffset || std::memcmp(smb.data(), "\xFFSMB", 4) != 0)
        return false;
    if (quint8(smb[4]) != SmbMailslotWrite::CommandTransaction || quint8(smb[32]) != SmbMailslotWrite::WordCount
        || quint8(smb[59]) != SmbMailslotWrite::SetupCount || u16le(smb, 61) != SmbMailslotWrite::OpcodeWrite)
        return false;
    priority = u16le(smb, 63);
    mailslotClass = u16le(smb, 65);
    const qsizetype dataCount = u16le(smb, 55);
    const qsizetype dataOffset = u16le(smb, 57);
    const qsizetype nul = smb.indexOf('\0', kNameOffset);
    if (nul < 0)
        return false;
    slotName = smb.sliced(kNameOffset, nul - kNameOffset);
    // The usual spelling compared at once; any other case the general way.
    constexpr char kPrefix[] = "\\MAILSLOT\\";
    const bool usual = slotName.size() >= 10 && std::memcmp(slotName.data(), kPrefix, 10) == 0;
    if (!usual && !SmbMailslotWrite::isMailslotName(slotName))
        return false;
    if (dataOffset > smb.size() || (dataCount > 0 && dataOffset <= nul) || dataCount > smb.size() - dataOffset)
        return false;
    payload = smb.sliced(dataOffset, dataCount);
    return true;
}
