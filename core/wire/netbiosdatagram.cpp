#include "core/wire/netbiosdatagram.h"

#include "core/wire/bytereader.h"
#include "core/wire/bytewriter.h"

namespace mailslot::wire {

void NetbiosDatagram::appendHeader10(QByteArray &out) const
{
    ByteWriter w = ByteWriter::appendingTo(out, 10);
    writeHeader10(w);
}

void NetbiosDatagram::writeHeader10(ByteWriter &w) const
{
    w.u8(m_msgType);
    w.u8(m_flags);
    w.u16be(m_dgmId);
    w.u32be(m_sourceIp);
    w.u16be(m_sourcePort);
}

void NetbiosDatagram::appendDataHeader(QByteArray &out, quint16 dgmLength) const
{
    ByteWriter w = ByteWriter::appendingTo(out, HeaderSize);
    writeHeader10(w);
    w.u16be(dgmLength);
    w.u16be(m_packetOffset);
    m_sourceName.appendEncoded(out);
    m_destinationName.appendEncoded(out);
}

QByteArray NetbiosDatagram::encode() const
{
    if (isDataMessage())
        return encodeDataMessage(m_userData.size(), [this](QByteArray &out) { out.append(m_userData); });
    QByteArray out;
    if (isErrorMessage()) {
        appendHeader10(out);
        appendU8(out, m_errorCode);
    } else if (isQueryMessage()) {
        appendHeader10(out);
        m_destinationName.appendEncoded(out);
    }
    return out;
}

NetbiosDatagramDecodeResult NetbiosDatagram::decode(QByteArrayView data)
{
    NetbiosDatagramDecodeResult result;
    NetbiosDatagram &d = result.datagram;
    const ByteReader r(data);
    if (data.size() < 10) {
        const auto type = r.u8(0);
        if (type && (*type < DirectUnique || *type > NegativeQueryResponse))
            result.error = MalformedReason::BadMessageType;
        else
            result.error = MalformedReason::Truncated;
        if (type)
            d.m_msgType = *type;
        return result;
    }
    d.m_msgType = *r.u8(0);
    d.m_flags = *r.u8(1);
    d.m_dgmId = *r.u16be(2);
    d.m_sourceIp = *r.u32be(4);
    d.m_sourcePort = *r.u16be(8);
    if (d.m_msgType < DirectUnique || d.m_msgType > NegativeQueryResponse) {
        result.error = MalformedReason::BadMessageType;
        return result;
    }
    if (d.isErrorMessage()) {
        const auto code = r.u8(10);
        if (!code) {
            result.error = MalformedReason::Truncated;
            return result;
        }
        d.m_errorCode = *code;
        d.m_trailingBytes = data.size() - 11;
        return result;
    }
    if (d.isQueryMessage()) {
        const NetbiosNameDecodeResult name = NetbiosName::decode(data, 10);
        d.m_destinationName = name.name;
        result.error = name.error;
        if (name.consumed > 0)
            d.m_trailingBytes = data.size() - 10 - name.consumed;
        return result;
    }
    const auto length = r.u16be(10);
    const auto packetOffset = r.u16be(12);
    if (!length || !packetOffset) {
        result.error = MalformedReason::Truncated;
        return result;
    }
    d.m_dgmLength = *length;
    d.m_packetOffset = *packetOffset;
    if (d.isFragment())
        result.error = MalformedReason::Fragment;
    decodeBody(data, result);
    return result;
}

void NetbiosDatagram::decodeBody(QByteArrayView data, NetbiosDatagramDecodeResult &result)
{
    NetbiosDatagram &d = result.datagram;
    const auto note = [&result](MalformedReason reason) {
        if (result.ok())
            result.error = reason;
    };
    // A lying DGM_LENGTH is never trusted: the names and user data are then read from the bytes
    // received (as Wireshark reads them), and the datagram is BadLength.
    QByteArrayView body = data.sliced(HeaderSize);
    if (qsizetype(d.m_dgmLength) > body.size()) {
        note(MalformedReason::BadLength);
    } else {
        d.m_trailingBytes = body.size() - d.m_dgmLength;
        body = body.first(d.m_dgmLength);
    }
    // Names cut by DGM_LENGTH are BadLength; read from all the bytes received, they may still be whole.
    const auto nameAt = [&](qsizetype offset) {
        NetbiosNameDecodeResult name = NetbiosName::decode(body, offset);
        if (name.error == MalformedReason::Truncated && body.size() < data.size() - HeaderSize) {
            note(MalformedReason::BadLength);
            body = data.sliced(HeaderSize);
            d.m_trailingBytes = 0;
            name = NetbiosName::decode(body, offset);
        }
        note(name.error == MalformedReason::Truncated ? MalformedReason::BadLength : name.error);
        return name;
    };
    const NetbiosNameDecodeResult src = nameAt(0);
    if (src.consumed == 0)
        return;
    d.m_sourceName = src.name;
    const NetbiosNameDecodeResult dst = nameAt(src.consumed);
    if (dst.consumed == 0)
        return;
    d.m_destinationName = dst.name;
    d.m_userData = body.sliced(src.consumed + dst.consumed).toByteArray();
    result.userDataRead = true;
}

QString NetbiosDatagram::messageTypeName(quint8 type)
{
    switch (type) {
    case DirectUnique: return QStringLiteral("directUnique");
    case DirectGroup: return QStringLiteral("directGroup");
    case Broadcast: return QStringLiteral("broadcast");
    case Error: return QStringLiteral("error");
    case QueryRequest: return QStringLiteral("queryRequest");
    case PositiveQueryResponse: return QStringLiteral("positiveQueryResponse");
    case NegativeQueryResponse: return QStringLiteral("negativeQueryResponse");
    default: return QStringLiteral("unknown");
    }
}

} // namespace mailslot::wire
