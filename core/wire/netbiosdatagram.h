// A NetBIOS datagram service packet (RFC 1002 §4.4), UDP port 138.
#pragma once

#include "core/wire/malformedreason.h"
#include "core/wire/netbiosname.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace mailslot::wire {

class ByteWriter;

struct NetbiosDatagramDecodeResult;

class NetbiosDatagram
{
public:
    enum MessageType : quint8 {
        DirectUnique = 0x10,
        DirectGroup = 0x11,
        Broadcast = 0x12,
        Error = 0x13,
        QueryRequest = 0x14,
        PositiveQueryResponse = 0x15,
        NegativeQueryResponse = 0x16,
    };
    enum Flag : quint8 {
        MoreFlag = 0x01,
        FirstFlag = 0x02,
        NodeTypeMask = 0x0C,
    };
    enum NodeType : quint8 { BNode = 0, PNode = 1, MNode = 2, Nbdd = 3 };
    enum ErrorCode : quint8 {
        DestinationNameNotPresent = 0x82,
        InvalidSourceNameFormat = 0x83,
        InvalidDestinationNameFormat = 0x84,
    };
    static constexpr qsizetype HeaderSize = 14;

    NetbiosDatagram() = default;

    quint8 msgType() const { return m_msgType; }
    quint8 flags() const { return m_flags; }
    quint16 dgmId() const { return m_dgmId; }
    quint32 sourceIp() const { return m_sourceIp; }
    quint16 sourcePort() const { return m_sourcePort; }
    // As received by decode(); encode() computes its own value.
    quint16 dgmLength() const { return m_dgmLength; }
    quint16 packetOffset() const { return m_packetOffset; }
    quint8 errorCode() const { return m_errorCode; }
    NetbiosName sourceName() const { return m_sourceName; }
    NetbiosName destinationName() const { return m_destinationName; }
    QByteArray userData() const { return m_userData; }
    // Bytes received after DGM_LENGTH (ignored; see decode()).
    qsizetype trailingBytes() const { return m_trailingBytes; }

    void setMsgType(quint8 type) { m_msgType = type; }
    void setFlags(quint8 flags) { m_flags = flags; }
    void setDgmId(quint16 id) { m_dgmId = id; }
    void setSourceIp(quint32 ip) { m_sourceIp = ip; }
    void setSourcePort(quint16 port) { m_sourcePort = port; }
    void setPacketOffset(quint16 offset) { m_packetOffset = offset; }
    void setErrorCode(quint8 code) { m_errorCode = code; }
    void setSourceName(const NetbiosName &name) { m_sourceName = name; }
    void setDestinationName(const NetbiosName &name) { m_destinationName = name; }
    void setUserData(const QByteArray &data) { m_userData = data; }

    NodeType nodeType() const { return NodeType((m_flags & NodeTypeMask) >> 2); }
    bool isDataMessage() const { return m_msgType >= DirectUnique && m_msgType <= Broadcast; }
    bool isErrorMessage() const { return m_msgType == Error; }
    bool isQueryMessage() const { return m_msgType >= QueryRequest && m_msgType <= NegativeQueryResponse; }
    bool isFragment() const { return (m_flags & MoreFlag) || m_packetOffset != 0; }

    // Wire bytes. Data messages (0x10..0x12): 14-byte header with DGM_LENGTH computed from the
    // names and user data, then source name, destination name, user data. Error (0x13): 10 header
    // bytes + error code. Query (0x14..0x16): 10 header bytes + destination name.
    // Returns an empty array for an unknown type or when DGM_LENGTH would exceed 65535.
    QByteArray encode() const;
    // A data message whose USER_DATA, userDataSize bytes, appendUserData(QByteArray &) appends
    // to the datagram's own buffer: encode() in one allocation (a sender's SMB part is written in
    // place). Empty when this is not a data message or DGM_LENGTH would exceed 65535.
    template <typename AppendUserData>
    QByteArray encodeDataMessage(qsizetype userDataSize, AppendUserData appendUserData) const
    {
        const qsizetype length = m_sourceName.encodedSize() + m_destinationName.encodedSize() + userDataSize;
        if (!isDataMessage() || length > 0xFFFF)
            return {};
        QByteArray out;
        out.reserve(HeaderSize + length);
        appendDataHeader(out, quint16(length));
        appendUserData(out);
        return out;
    }

    // Never reads outside data. For data messages DGM_LENGTH must not exceed the received bytes
    // after the header (else BadLength; a lying length is never trusted); if it is smaller, the
    // datagram ends at DGM_LENGTH and the extra bytes are ignored and counted in trailingBytes().
    // A datagram whose names do not fit in DGM_LENGTH is BadLength. Fragments (MORE flag or
    // PACKET_OFFSET != 0) are Fragment. A flawed datagram is still decoded as far as it goes, as
    // Wireshark does: past a BadLength (from the bytes received), past a fragment's header, past
    // a badly encoded name whose extent is known; the error is the first problem found.
    static NetbiosDatagramDecodeResult decode(QByteArrayView data);

    static QString messageTypeName(quint8 type);

private:
    // The first 10 bytes of every message's header (type, flags, id, source address and port).
    void appendHeader10(QByteArray &out) const;
    void writeHeader10(ByteWriter &w) const;
    // The 14-byte header of a data message and its two names.
    void appendDataHeader(QByteArray &out, quint16 dgmLength) const;

    quint8 m_msgType = DirectGroup;
    quint8 m_flags = FirstFlag | (MNode << 2);
    quint16 m_dgmId = 0;
    quint32 m_sourceIp = 0;
    quint16 m_sourcePort = 138;
    quint16 m_dgmLength = 0;
    quint16 m_packetOffset = 0;
    quint8 m_errorCode = 0;
    NetbiosName m_sourceName;
    NetbiosName m_destinationName;
    QByteArray m_userData;
    qsizetype m_trailingBytes = 0;

    static void decodeBody(QByteArrayView data, NetbiosDatagramDecodeResult &result);

    friend struct NetbiosDatagramDecodeResult;
};

struct NetbiosDatagramDecodeResult
{
    NetbiosDatagram datagram; // fields filled as far as decoding got
    MalformedReason error = MalformedReason::None;
    bool userDataRead = false; // a data message decoded up to its user data (both names passed)
    bool ok() const { return error == MalformedReason::None; }
};

} // namespace mailslot::wire
