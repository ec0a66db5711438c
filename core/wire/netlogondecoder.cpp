#include "core/wire/netlogondecoder.h"

#include "core/wire/bytereader.h"
#include "core/wire/payloadcursor.h"

#include <QUuid>

namespace mailslot::wire {

namespace {
QString hex32(quint32 v) { return hexNumber(v, 8); }

void addTokens(PayloadCursor &c, DecodedPayload &out, bool withNtVersion)
{
    if (withNtVersion)
        if (const auto v = c.u32le())
            out.addField(QStringLiteral("ntVersion"), QT_TRANSLATE_NOOP("NetlogonDecoder", "NT version"), hex32(*v));
    if (const auto v = c.u16le())
        out.addField(QStringLiteral("lmntToken"), QT_TRANSLATE_NOOP("NetlogonDecoder", "LMNT token"),
                     hexNumber(*v, 4));
    if (const auto v = c.u16le())
        out.addField(QStringLiteral("lm20Token"), QT_TRANSLATE_NOOP("NetlogonDecoder", "LM20 token"),
                     hexNumber(*v, 4));
}

// The trailing NtVersion/LmNtToken/Lm20Token of variable-length responses: the last 8 bytes.
void addTailTokens(QByteArrayView payload, qsizetype minimumStart, DecodedPayload &out)
{
    if (payload.size() - 8 < minimumStart)
        return;
    PayloadCursor tail(payload.sliced(payload.size() - 8));
    addTokens(tail, out, true);
}

// An RFC 1035 name with compression pointers relative to the payload start ([MS-ADTS] §6.3.7).
std::optional<QString> dnsName(PayloadCursor &c, QByteArrayView payload)
{
    const ByteReader r(payload);
    QStringList labels;
    qsizetype pos = c.pos();
    qsizetype resume = -1;
    int jumps = 0;
    for (;;) {
        const auto len = r.u8(pos);
        if (!len) {
            c.seek(payload.size());
            c.bytes(1); // marks the cursor truncated
            return std::nullopt;
        }
        if (*len == 0) {
            ++pos;
            break;
        }
        if ((*len & 0xC0) == 0xC0) {
            const auto ptr = r.u16be(pos);
            if (!ptr || ++jumps > 32) {
                c.seek(payload.size());
                c.bytes(1);
                return std::nullopt;
            }
            if (resume < 0)
                resume = pos + 2;
            pos = *ptr & 0x3FFF;
            continue;
        }
        if (*len > 63) {
            c.seek(payload.size());
            c.bytes(1);
            return std::nullopt;
        }
        const QByteArrayView label = r.mid(pos + 1, *len);
        if (label.size() != *len) {
            c.seek(payload.size());
            c.bytes(1);
            return std::nullopt;
        }
        labels.append(QString::fromUtf8(label));
        pos += 1 + *len;
        if (labels.size() > 128) {
            c.seek(payload.size());
            c.bytes(1);
            return std::nullopt;
        }
    }
    c.seek(resume >= 0 ? resume : pos);
    return labels.join(QLatin1Char('.'));
}

void addGuid(PayloadCursor &c, DecodedPayload &out, const QString &key, const char *label)
{
    if (const auto g = c.bytes(16))
        out.addField(key, label, QUuid::fromRfc4122(*g).toString(QUuid::WithoutBraces));
}

void addAscii(PayloadCursor &c, DecodedPayload &out, OemCodePage cp, const char *key, const char *label)
{
    if (const auto v = c.cString(cp))
        out.addField(QString::fromLatin1(key), label, *v);
}

void addUnicode(PayloadCursor &c, DecodedPayload &out, const char *key, const char *label)
{
    if (const auto v = c.utf16String())
        out.addField(QString::fromLatin1(key), label, *v);
}

// The LAN Manager era opcodes: OEM strings, then (for the queries) an aligned Unicode name.
void decodeLegacy(quint16 opcode, PayloadCursor &c, DecodedPayload &out, OemCodePage cp)
{
    switch (opcode) {
    case NetlogonDecoder::LogonRequest:
        addAscii(c, out, cp, "computerName", QT_TRANSLATE_NOOP("NetlogonDecoder", "Computer name"));
        addAscii(c, out, cp, "userName", QT_TRANSLATE_NOOP("NetlogonDecoder", "User name"));
        addAscii(c, out, cp, "mailslotName", QT_TRANSLATE_NOOP("NetlogonDecoder", "Mailslot name"));
        if (const auto v = c.u8())
            out.addField(QStringLiteral("requestCount"), QT_TRANSLATE_NOOP("NetlogonDecoder", "Request count"), *v);
        addTokens(c, out, false);
        break;
    case NetlogonDecoder::LogonResponse2:
        addAscii(c, out, cp, "pdcName", QT_TRANSLATE_NOOP("NetlogonDecoder", "PDC name"));
        if (const auto v = c.u16le())
            out.addField(QStringLiteral("lm20Token"), QT_TRANSLATE_NOOP("NetlogonDecoder", "LM20 token"), hexNumber(*v, 4));
        break;
    case NetlogonDecoder::PrimaryQuery:
        addAscii(c, out, cp, "computerName", QT_TRANSLATE_NOOP("NetlogonDecoder", "Computer name"));
        addAscii(c, out, cp, "mailslotName", QT_TRANSLATE_NOOP("NetlogonDecoder", "Mailslot name"));
        c.align(2);
        addUnicode(c, out, "unicodeComputerName", QT_TRANSLATE_NOOP("NetlogonDecoder", "Computer name (Unicode)"));
        addTokens(c, out, true);
        break;
    case NetlogonDecoder::PrimaryResponse:
        addAscii(c, out, cp, "pdcName", QT_TRANSLATE_NOOP("NetlogonDecoder", "PDC name"));
        c.align(2);
        addUnicode(c, out, "unicodePdcName", QT_TRANSLATE_NOOP("NetlogonDecoder", "PDC name (Unicode)"));
        addUnicode(c, out, "domainName", QT_TRANSLATE_NOOP("NetlogonDecoder", "Domain name"));
        addTokens(c, out, true);
        break;
    default:
        break;
    }
}

// SAM_LOGON_REQUEST: the names, the account control and the domain SID.
void decodeSamLogonRequest(PayloadCursor &c, DecodedPayload &out, OemCodePage cp)
{
    if (const auto v = c.u16le())
        out.addField(QStringLiteral("requestCount"), QT_TRANSLATE_NOOP("NetlogonDecoder", "Request count"), *v);
    addUnicode(c, out, "computerName", QT_TRANSLATE_NOOP("NetlogonDecoder", "Computer name"));
    addUnicode(c, out, "userName", QT_TRANSLATE_NOOP("NetlogonDecoder", "User name"));
    addAscii(c, out, cp, "mailslotName", QT_TRANSLATE_NOOP("NetlogonDecoder", "Mailslot name"));
    if (const auto v = c.u32le())
        out.addField(QStringLiteral("allowableAccountControl"), QT_TRANSLATE_NOOP("NetlogonDecoder", "Allowable account control"), hex32(*v));
    const auto sidSize = c.u32le();
    if (sidSize) {
        out.addField(QStringLiteral("domainSidSize"), QT_TRANSLATE_NOOP("NetlogonDecoder", "Domain SID size"), *sidSize);
        // Samba aligns the SID to 4 bytes only when there is one (checked with ndr_pack).
        if (*sidSize > 0) {
            c.align(4);
            if (const auto sid = c.bytes(*sidSize))
                out.addField(QStringLiteral("domainSid"), QT_TRANSLATE_NOOP("NetlogonDecoder", "Domain SID"), QString::fromLatin1(sid->toByteArray().toHex()));
        }
    }
    addTokens(c, out, true);
}

// SAM_LOGON_RESPONSE and its pause/unknown-user twins: three Unicode names, the tokens at the end.
void decodeSamResponse(PayloadCursor &c, QByteArrayView payload, DecodedPayload &out)
{
    addUnicode(c, out, "serverName", QT_TRANSLATE_NOOP("NetlogonDecoder", "Server name"));
    addUnicode(c, out, "userName", QT_TRANSLATE_NOOP("NetlogonDecoder", "User name"));
    addUnicode(c, out, "domainName", QT_TRANSLATE_NOOP("NetlogonDecoder", "Domain name"));
    if (c.remaining() >= 8)
        addTailTokens(payload, c.pos(), out);
}

// NETLOGON_SAM_LOGON_RESPONSE_EX: flags, the domain GUID and eight compressed DNS names.
void decodeSamResponseEx(PayloadCursor &c, QByteArrayView payload, DecodedPayload &out)
{
    if (const auto v = c.u16le())
        out.addField(QStringLiteral("sbz"), QT_TRANSLATE_NOOP("NetlogonDecoder", "Sbz"), *v);
    if (const auto v = c.u32le())
        out.addField(QStringLiteral("flags"), QT_TRANSLATE_NOOP("NetlogonDecoder", "DS flags"), hex32(*v));
    addGuid(c, out, QStringLiteral("domainGuid"), QT_TRANSLATE_NOOP("NetlogonDecoder", "Domain GUID"));
    const struct { const char *key; const char *label; } names[] = {
        {"dnsForestName", QT_TRANSLATE_NOOP("NetlogonDecoder", "DNS forest name")},
        {"dnsDomainName", QT_TRANSLATE_NOOP("NetlogonDecoder", "DNS domain name")},
        {"dnsHostName", QT_TRANSLATE_NOOP("NetlogonDecoder", "DNS host name")},
        {"domainName", QT_TRANSLATE_NOOP("NetlogonDecoder", "NetBIOS domain name")},
        {"computerName", QT_TRANSLATE_NOOP("NetlogonDecoder", "NetBIOS computer name")},
        {"userName", QT_TRANSLATE_NOOP("NetlogonDecoder", "User name")},
        {"dcSiteName", QT_TRANSLATE_NOOP("NetlogonDecoder", "DC site name")},
        {"clientSiteName", QT_TRANSLATE_NOOP("NetlogonDecoder", "Client site name")},
    };
    for (const auto &n : names) {
        const auto v = dnsName(c, payload);
        if (!v)
            break;
        out.addField(QString::fromLatin1(n.key), n.label, *v);
    }
    if (!c.truncated())
        addTailTokens(payload, c.pos(), out);
}
} // namespace

QString NetlogonDecoder::opcodeName(quint16 opcode)
{
    switch (opcode) {
    case LogonRequest: return QStringLiteral("logonRequest");
    case LogonResponse2: return QStringLiteral("logonResponse2");
    case PrimaryQuery: return QStringLiteral("primaryQuery");
    case AnnounceUas: return QStringLiteral("announceUas");
    case PrimaryResponse: return QStringLiteral("primaryResponse");
    case SamLogonRequest: return QStringLiteral("samLogonRequest");
    case SamLogonResponse: return QStringLiteral("samLogonResponse");
    case SamPauseResponse: return QStringLiteral("samPauseResponse");
    case SamUserUnknown: return QStringLiteral("samUserUnknown");
    case SamLogonResponseEx: return QStringLiteral("samLogonResponseEx");
    case SamPauseResponseEx: return QStringLiteral("samPauseResponseEx");
    case SamUserUnknownEx: return QStringLiteral("samUserUnknownEx");
    default: return {};
    }
}

DecodedPayload NetlogonDecoder::decode(QByteArrayView payload, OemCodePage cp)
{
    PayloadCursor c(payload);
    const auto opcode = c.u16le();
    if (!opcode) {
        DecodedPayload out(QStringLiteral("netlogon.unknown"), "NetlogonDecoder");
        out.setTruncated(true);
        return out;
    }
    const QString name = opcodeName(*opcode);
    DecodedPayload out(QStringLiteral("netlogon.") + (name.isEmpty() ? QStringLiteral("unknown") : name), "NetlogonDecoder");
    out.addField(QStringLiteral("opcode"), QT_TRANSLATE_NOOP("NetlogonDecoder", "Opcode"), *opcode);
    out.addField(QStringLiteral("opcodeName"), QT_TRANSLATE_NOOP("NetlogonDecoder", "Opcode name"), name);
    switch (*opcode) {
    case LogonRequest:
    case LogonResponse2:
    case PrimaryQuery:
    case PrimaryResponse:
        decodeLegacy(*opcode, c, out, cp);
        break;
    case SamLogonRequest:
        decodeSamLogonRequest(c, out, cp);
        break;
    case SamLogonResponse:
    case SamPauseResponse:
    case SamUserUnknown:
        decodeSamResponse(c, payload, out);
        break;
    case SamLogonResponseEx:
    case SamPauseResponseEx:
    case SamUserUnknownEx:
        decodeSamResponseEx(c, payload, out);
        break;
    default:
        if (c.remaining() > 0)
            out.addField(QStringLiteral("data"), QT_TRANSLATE_NOOP("NetlogonDecoder", "Data"), QString::fromLatin1(payload.sliced(2).toByteArray().toHex()));
        break;
    }
    out.setTruncated(c.truncated());
    return out;
}

} // namespace mailslot::wire
