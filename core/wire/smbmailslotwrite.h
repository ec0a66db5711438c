// The SMB_COM_TRANSACTION "write mailslot" request carried in a NetBIOS datagram ([MS-MAIL] §2.2.1).
#pragma once

#include "core/wire/malformedreason.h"

#include <QByteArray>
#include <QByteArrayView>

namespace mailslot::wire {

struct SmbMailslotWriteDecodeResult;

class SmbMailslotWrite
{
public:
    static constexpr quint8 CommandTransaction = 0x25;
    static constexpr quint8 WordCount = 17;
    static constexpr quint8 SetupCount = 3;
    static constexpr quint16 OpcodeWrite = 1;
    static constexpr qsizetype NameOffset = 69; // 32 header + 1 WordCount + 34 words + 2 ByteCount
    static constexpr quint16 TransactionDisconnectTid = 0x0001;
    static constexpr quint16 TransactionNoResponse = 0x0002;
    enum MailslotClass : quint16 { Reliable = 1, Unreliable = 2 };

    SmbMailslotWrite() = default;
    SmbMailslotWrite(const QByteArray &name, const QByteArray &payload) : m_name(name), m_payload(payload) {}

    // Encoder inputs (defaults: the [MS-MAIL] SHOULD values: Flags 0x18, Flags2 0x0004,
    // PIDLow 0xFEFF, NO_RESPONSE, timeout 0, priority 0, class 2, padding to 4 bytes).
    QByteArray name() const { return m_name; }
    QByteArray payload() const { return m_payload; }
    quint32 status() const { return m_status; }
    quint8 smbFlags() const { return m_smbFlags; }
    quint16 smbFlags2() const { return m_smbFlags2; }
    quint16 pidHigh() const { return m_pidHigh; }
    quint16 tid() const { return m_tid; }
    quint16 pidLow() const { return m_pidLow; }
    quint16 uid() const { return m_uid; }
    quint16 mid() const { return m_mid; }
    quint16 maxParameterCount() const { return m_maxParameterCount; }
    quint16 maxDataCount() const { return m_maxDataCount; }
    quint8 maxSetupCount() const { return m_maxSetupCount; }
    quint16 transactionFlags() const { return m_transactionFlags; }
    quint32 timeout() const { return m_timeout; }
    quint16 priority() const { return m_priority; }
    quint16 mailslotClass() const { return m_mailslotClass; }
    bool padToFourBytes() const { return m_padToFourBytes; }

    void setName(const QByteArray &name) { m_name = name; }
    void setPayload(const QByteArray &payload) { m_payload = payload; }
    void setStatus(quint32 v) { m_status = v; }
    void setSmbFlags(quint8 v) { m_smbFlags = v; }
    void setSmbFlags2(quint16 v) { m_smbFlags2 = v; }
    void setPidHigh(quint16 v) { m_pidHigh = v; }
    void setTid(quint16 v) { m_tid = v; }
    void setPidLow(quint16 v) { m_pidLow = v; }
    void setUid(quint16 v) { m_uid = v; }
    void setMid(quint16 v) { m_mid = v; }
    void setMaxParameterCount(quint16 v) { m_maxParameterCount = v; }
    void setMaxDataCount(quint16 v) { m_maxDataCount = v; }
    void setMaxSetupCount(quint8 v) { m_maxSetupCount = v; }
    void setTransactionFlags(quint16 v) { m_transactionFlags = v; }
    void setTimeout(quint32 v) { m_timeout = v; }
    void setPriority(quint16 v) { m_priority = v; }
    void setMailslotClass(quint16 v) { m_mailslotClass = v; }
    // false: Samba style, payload right after the name's NUL.
    void setPadToFourBytes(bool pad) { m_padToFourBytes = pad; }

    // Values as received by decode() (encode() computes its own).
    quint16 totalParameterCount() const { return m_totalParameterCount; }
    quint16 totalDataCount() const { return m_totalDataCount; }
    quint16 parameterCount() const { return m_parameterCount; }
    quint16 parameterOffset() const { return m_parameterOffset; }
    quint16 dataCount() const { return m_dataCount; }
    quint16 dataOffset() const { return m_dataOffset; }
    quint16 byteCount() const { return m_byteCount; }
    quint16 opcode() const { return m_opcode; }

    // "\MAILSLOT\" + rest: an existing prefix in any case is upper-cased, a missing one is added;
    // the rest is kept as given.
    static QByteArray normalizeName(const QByteArray &name);
    // True when name starts with "\MAILSLOT\" in any case.
    static bool isMailslotName(QByteArrayView name);
    // The part of name that normalizeName() keeps after its "\MAILSLOT\".
    static QByteArrayView nameRest(QByteArrayView name);

    // The SMB bytes (from FF 'SMB'): DataOffset = 69 + name + NUL, rounded up to 4 when padding;
    // ParameterOffset = DataOffset; counts = payload size. Empty when the payload does not fit
    // (DataOffset + payload > 65535).
    QByteArray encode() const;
    // encode().size() (0 when it would be empty), and encode() appended to out (false, nothing
    // appended, when empty): a datagram's SMB part written into the datagram's own buffer.
    qsizetype encodedSize() const;
    bool appendEncoded(QByteArray &out) const;
    // Payload taken from DataOffset/DataCount only. Never reads outside smb. A flaw past the
    // fixed header (a WordCount other than 17 while SetupCount is 3, a SetupCount other than 3,
    // the opcode, a name not under \MAILSLOT\, a DataOffset inside the header or name, a
    // DataCount beyond the end) is the error while the rest is still read as Wireshark reads it
    // (the payload cut at the end of smb); the result says which parts were read.
    static SmbMailslotWriteDecodeResult decode(QByteArrayView smb);

private:
    // The decode steps: the fixed 32-byte header's fields (smb holds at least 33 bytes), the 17
    // parameter words (smb holds at least NameOffset bytes), then the name and the data, noting
    // the first flaw in result.
    void readHeader(QByteArrayView smb);
    void readParameters(QByteArrayView smb);
    static void readNameAndPayload(QByteArrayView smb, SmbMailslotWriteDecodeResult &result);

    QByteArray m_name;
    QByteArray m_payload;
    quint32 m_status = 0;
    quint8 m_smbFlags = 0x18;
    quint16 m_smbFlags2 = 0x0004;
    quint16 m_pidHigh = 0;
    quint16 m_tid = 0;
    quint16 m_pidLow = 0xFEFF;
    quint16 m_uid = 0;
    quint16 m_mid = 0;
    quint16 m_maxParameterCount = 0;
    quint16 m_maxDataCount = 0;
    quint8 m_maxSetupCount = 0;
    quint16 m_transactionFlags = TransactionNoResponse;
    quint32 m_timeout = 0;
    quint16 m_priority = 0;
    quint16 m_mailslotClass = Unreliable;
    bool m_padToFourBytes = true;

    quint16 m_totalParameterCount = 0;
    quint16 m_totalDataCount = 0;
    quint16 m_parameterCount = 0;
    quint16 m_parameterOffset = 0;
    quint16 m_dataCount = 0;
    quint16 m_dataOffset = 0;
    quint16 m_byteCount = 0;
    quint16 m_opcode = OpcodeWrite;
};

struct SmbMailslotWriteDecodeResult
{
    SmbMailslotWrite write; // fields filled as far as decoding got
    MalformedReason error = MalformedReason::None;
    bool parametersRead = false; // the 17 parameter words: counts, offsets, timeout, setup words
    bool nameRead = false;       // the transaction name (NUL-terminated)
    bool payloadRead = false;    // the data at DataOffset (only what is there when error is BadDataCount)
    bool ok() const { return error == MalformedReason::None; }
};

} // namespace mailslot::wire
