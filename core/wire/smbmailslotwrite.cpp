#include "core/wire/smbmailslotwrite.h"

#include "core/wire/bytereader.h"
#include "core/wire/bytewriter.h"

namespace mailslot::wire {

namespace {
constexpr char kPrefix[] = "\\MAILSLOT\\";
constexpr qsizetype kPrefixLength = 10;
constexpr char kProtocol[] = "\xFFSMB";

// Past the fixed header a flaw is noted and reading goes on as far as the bytes allow (as
// Wireshark does): the first flaw is the error.
void noteFlaw(SmbMailslotWriteDecodeResult &result, MalformedReason reason)
{
    if (result.ok())
        result.error = reason;
}
} // namespace

bool SmbMailslotWrite::isMailslotName(QByteArrayView name)
{
    return name.size() >= kPrefixLength
        && name.first(kPrefixLength).compare(QByteArrayView(kPrefix, kPrefixLength), Qt::CaseInsensitive) == 0;
}

QByteArrayView SmbMailslotWrite::nameRest(QByteArrayView name)
{
    if (isMailslotName(name))
        return name.sliced(kPrefixLength);
    if (name.size() >= kPrefixLength - 1 && name.first(kPrefixLength - 1).compare("MAILSLOT\\", Qt::CaseInsensitive) == 0)
        return name.sliced(kPrefixLength - 1);
    while (name.startsWith('\\'))
        name = name.sliced(1);
    return name;
}

QByteArray SmbMailslotWrite::normalizeName(const QByteArray &name)
{
    const QByteArrayView rest = nameRest(name);
    QByteArray normalized;
    normalized.reserve(kPrefixLength + rest.size());
    normalized.append(kPrefix, kPrefixLength);
    normalized.append(rest);
    return normalized;
}

namespace {

// DataOffset for a normalized name of nameSize bytes.
qsizetype dataOffsetFor(qsizetype nameSize, bool pad)
{
    const qsizetype offset = SmbMailslotWrite::NameOffset + nameSize + 1;
    return pad ? (offset + 3) & ~qsizetype(3) : offset;
}

} // namespace

qsizetype SmbMailslotWrite::encodedSize() const
{
    const qsizetype size = dataOffsetFor(kPrefixLength + nameRest(m_name).size(), m_padToFourBytes) + m_payload.size();
    return size > 0xFFFF ? 0 : size;
}

QByteArray SmbMailslotWrite::encode() const
{
    QByteArray out;
    out.reserve(encodedSize());
    appendEncoded(out);
    return out;
}

bool SmbMailslotWrite::appendEncoded(QByteArray &out) const
{
    const QByteArrayView rest = nameRest(m_name);
    const qsizetype dataOffset = dataOffsetFor(kPrefixLength + rest.size(), m_padToFourBytes);
    if (dataOffset + m_payload.size() > 0xFFFF)
        return false;
    const auto dataCount = quint16(m_payload.size());
    ByteWriter w = ByteWriter::appendingTo(out, dataOffset + m_payload.size());
    w.bytes(QByteArrayView(kProtocol, 4));
    w.u8(CommandTransaction);
    w.u32le(m_status);
    w.u8(m_smbFlags);
    w.u16le(m_smbFlags2);
    w.u16le(m_pidHigh);
    w.zeros(8); // SecurityFeatures
    w.u16le(0); // Reserved
    w.u16le(m_tid);
    w.u16le(m_pidLow);
    w.u16le(m_uid);
    w.u16le(m_mid);
    w.u8(WordCount);
    w.u16le(0); // TotalParameterCount
    w.u16le(dataCount);
    w.u16le(m_maxParameterCount);
    w.u16le(m_maxDataCount);
    w.u8(m_maxSetupCount);
    w.u8(0); // Reserved1
    w.u16le(m_transactionFlags);
    w.u32le(m_timeout);
    w.u16le(0); // Reserved2
    w.u16le(0); // ParameterCount
    w.u16le(quint16(dataOffset)); // ParameterOffset (as in the [MS-MAIL] example)
    w.u16le(dataCount);
    w.u16le(quint16(dataOffset));
    w.u8(SetupCount);
    w.u8(0); // Reserved3
    w.u16le(OpcodeWrite);
    w.u16le(m_priority);
    w.u16le(m_mailslotClass);
    w.u16le(quint16(dataOffset - NameOffset + m_payload.size())); // ByteCount
    w.bytes(QByteArrayView(kPrefix, kPrefixLength));
    w.bytes(rest);
    w.zeros(dataOffset - NameOffset - kPrefixLength - rest.size()); // the name's NUL and the padding
    w.bytes(m_payload);
    return true;
}

SmbMailslotWriteDecodeResult SmbMailslotWrite::decode(QByteArrayView smb)
{
    SmbMailslotWriteDecodeResult result;
    const ByteReader r(smb);
    auto fail = [&result](MalformedReason reason) {
        result.error = reason;
        return result;
    };
    if (smb.size() < 4)
        return fail(MalformedReason::Truncated);
    if (smb.first(4) != QByteArrayView(kProtocol, 4))
        return fail(MalformedReason::BadProtocol);
    if (smb.size() < 33)
        return fail(MalformedReason::Truncated);
    if (*r.u8(4) != CommandTransaction)
        return fail(MalformedReason::BadCommand);
    result.write.readHeader(smb);
    // The 17-word layout of a mailslot write is read when WordCount or SetupCount says so (the
    // other one is then the flaw; Wireshark lays a transaction out by its SetupCount).
    const quint8 wordCount = *r.u8(32);
    if (wordCount != WordCount) {
        noteFlaw(result, MalformedReason::WrongWordCount);
        if (wordCount == 0 || r.u8(59) != SetupCount)
            return result;
    }
    if (smb.size() < NameOffset) {
        noteFlaw(result, MalformedReason::Truncated);
        return result;
    }
    result.write.readParameters(smb);
    result.parametersRead = true;
    if (*r.u8(59) != SetupCount)
        noteFlaw(result, MalformedReason::WrongSetupCount);
    if (result.write.m_opcode != OpcodeWrite)
        noteFlaw(result, MalformedReason::BadOpcode);
    readNameAndPayload(smb, result);
    return result;
}

void SmbMailslotWrite::readHeader(QByteArrayView smb)
{
    const ByteReader r(smb);
    m_status = *r.u32le(5);
    m_smbFlags = *r.u8(9);
    m_smbFlags2 = *r.u16le(10);
    m_pidHigh = *r.u16le(12);
    m_tid = *r.u16le(24);
    m_pidLow = *r.u16le(26);
    m_uid = *r.u16le(28);
    m_mid = *r.u16le(30);
}

void SmbMailslotWrite::readParameters(QByteArrayView smb)
{
    const ByteReader r(smb);
    m_totalParameterCount = *r.u16le(33);
    m_totalDataCount = *r.u16le(35);
    m_maxParameterCount = *r.u16le(37);
    m_maxDataCount = *r.u16le(39);
    m_maxSetupCount = *r.u8(41);
    m_transactionFlags = *r.u16le(43);
    m_timeout = *r.u32le(45);
    m_parameterCount = *r.u16le(51);
    m_parameterOffset = *r.u16le(53);
    m_dataCount = *r.u16le(55);
    m_dataOffset = *r.u16le(57);
    m_opcode = *r.u16le(61);
    m_priority = *r.u16le(63);
    m_mailslotClass = *r.u16le(65);
    m_byteCount = *r.u16le(67);
}

void SmbMailslotWrite::readNameAndPayload(QByteArrayView smb, SmbMailslotWriteDecodeResult &result)
{
    SmbMailslotWrite &w = result.write;
    const qsizetype nul = ByteReader(smb).findNul(NameOffset);
    if (nul < 0) {
        noteFlaw(result, MalformedReason::NameNotTerminated);
        return;
    }
    w.m_name = smb.sliced(NameOffset, nul - NameOffset).toByteArray();
    result.nameRead = true;
    if (!isMailslotName(w.m_name))
        noteFlaw(result, MalformedReason::NotMailslot);
    const qsizetype dataOffset = w.m_dataOffset;
    const qsizetype dataCount = w.m_dataCount;
    if (dataOffset > smb.size()) {
        noteFlaw(result, MalformedReason::BadOffset);
        return;
    }
    if (dataCount > 0 && dataOffset <= nul)
        noteFlaw(result, MalformedReason::BadOffset); // read anyway, as Wireshark does
    if (dataCount > smb.size() - dataOffset)
        noteFlaw(result, MalformedReason::BadDataCount); // the bytes that are there are kept
    w.m_payload = smb.sliced(dataOffset, qMin(dataCount, smb.size() - dataOffset)).toByteArray();
    w.m_padToFourBytes = dataOffset != nul + 1;
    result.payloadRead = true;
}

} // namespace mailslot::wire
