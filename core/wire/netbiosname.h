// A NetBIOS name (RFC 1001 §14 first-level encoding) with its 16th-byte suffix and scope.
#pragma once

#include "core/wire/malformedreason.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace mailslot::wire {

struct NetbiosNameDecodeResult;

class NetbiosName
{
public:
    NetbiosName() = default;
    // name: up to 15 bytes (longer names are cut to 15 when encoding); kept as given,
    // upper-cased only on the wire. scope: dotted, e.g. "corp.example" (empty = no scope).
    NetbiosName(QByteArray name, quint8 suffix, QByteArray scope = {});

    // The special master-browser group name <01><02>__MSBROWSE__<02><01>.
    static NetbiosName msBrowse();

    QByteArray name() const { return m_name; }
    quint8 suffix() const { return m_suffix; }
    QByteArray scope() const { return m_scope; }
    void setName(const QByteArray &name) { m_name = name; }
    void setSuffix(quint8 suffix) { m_suffix = suffix; }
    void setScope(const QByteArray &scope) { m_scope = scope; }
    bool isNull() const { return m_name.isEmpty() && m_suffix == 0 && m_scope.isEmpty(); }

    // The 16 raw bytes: upper-cased name, space padded (NUL padded for "*"), then the suffix.
    QByteArray toRaw16() const;
    // Builds a name from 16 raw bytes (trailing padding removed).
    static NetbiosName fromRaw16(QByteArrayView raw16, const QByteArray &scope = {});

    // Length byte 0x20, 32 half-byte characters, scope labels, terminating 0x00.
    // Scope labels longer than 63 bytes are cut to 63.
    QByteArray encode() const;
    // encode() appended to out (no temporary buffer: a sender encodes two names per datagram).
    void appendEncoded(QByteArray &out) const;
    // encode().size()
    qsizetype encodedSize() const;
    // Decodes the encoded name starting at offset; never reads outside data.
    static NetbiosNameDecodeResult decode(QByteArrayView data, qsizetype offset = 0);

    // Wireshark style: "NAME<1d>", non-printable bytes as "<xx>", plus ".scope" when present.
    QString toDisplayString() const;

    friend bool operator==(const NetbiosName &a, const NetbiosName &b)
    {
        return a.m_name == b.m_name && a.m_suffix == b.m_suffix && a.m_scope == b.m_scope;
    }
    friend bool operator!=(const NetbiosName &a, const NetbiosName &b) { return !(a == b); }

private:
    QByteArray m_name;
    quint8 m_suffix = 0;
    QByteArray m_scope;
};

struct NetbiosNameDecodeResult
{
    NetbiosName name; // also for a BadName whose characters are good (a dotted label, over 255 bytes)
    // Bytes used from the given offset (34 without scope). Also set for a BadName whose extent is
    // known (bad characters, a compression pointer, a dotted label, over 255 bytes), else 0.
    qsizetype consumed = 0;
    MalformedReason error = MalformedReason::None;
    bool ok() const { return error == MalformedReason::None; }
};

} // namespace mailslot::wire
