#include "core/wire/browsedecoder.h"

#include "core/wire/payloadcursor.h"

namespace mailslot::wire {

namespace {
struct BitName
{
    quint32 bit;
    QString name; // a literal: copies share its static data
};
const BitName kServerTypeBits[] = {
    {0x1, QStringLiteral("WORKSTATION")},
    {0x2, QStringLiteral("SERVER")},
    {0x4, QStringLiteral("SQLSERVER")},
    {0x8, QStringLiteral("DOMAIN_CTRL")},
    {0x10, QStringLiteral("DOMAIN_BAKCTRL")},
    {0x20, QStringLiteral("TIME_SOURCE")},
    {0x40, QStringLiteral("AFP")},
    {0x80, QStringLiteral("NOVELL")},
    {0x100, QStringLiteral("DOMAIN_MEMBER")},
    {0x200, QStringLiteral("PRINTQ_SERVER")},
    {0x400, QStringLiteral("DIALIN_SERVER")},
    {0x800, QStringLiteral("SERVER_UNIX")},
    {0x1000, QStringLiteral("NT")},
    {0x2000, QStringLiteral("WFW")},
    {0x4000, QStringLiteral("SERVER_MFPN")},
    {0x8000, QStringLiteral("SERVER_NT")},
    {0x10000, QStringLiteral("POTENTIAL_BROWSER")},
    {0x20000, QStringLiteral("BACKUP_BROWSER")},
    {0x40000, QStringLiteral("MASTER_BROWSER")},
    {0x80000, QStringLiteral("DOMAIN_MASTER")},
    {0x100000, QStringLiteral("SERVER_OSF")},
    {0x200000, QStringLiteral("SERVER_VMS")},
    {0x400000, QStringLiteral("WIN95_PLUS")},
    {0x800000, QStringLiteral("DFS_SERVER")},
    {0x20000000, QStringLiteral("ALTERNATE_XPORT")},
    {0x40000000, QStringLiteral("LOCAL_LIST_ONLY")},
    {0x80000000, QStringLiteral("DOMAIN_ENUM")},
};
const BitName kElectionDesireBits[] = {
    {0x01, QStringLiteral("BACKUP")},
    {0x02, QStringLiteral("DOMAIN_CONTROLLER")},
    {0x04, QStringLiteral("RUNNING_MASTER")},
    {0x08, QStringLiteral("PREFERRED_MASTER")},
    {0x20, QStringLiteral("WINS_CLIENT")},
    {0x80, QStringLiteral("PDC")},
};
const BitName kResetBits[] = {
    {0x01, QStringLiteral("STOP_MASTER")},
    {0x02, QStringLiteral("CLEAR_ALL")},
    {0x04, QStringLiteral("STOP")},
};

template<std::size_t N>
QStringList namesOf(quint32 value, const BitName (&table)[N])
{
    QStringList names;
    for (const BitName &b : table)
        if (value & b.bit)
            names.append(b.name);
    return names;
}

QString hex32(quint32 v) { return hexNumber(v, 8); }

// HostAnnouncement, LocalMasterAnnouncement and DomainAnnouncement share one layout.
void decodeAnnouncement(PayloadCursor &c, DecodedPayload &out, bool domain, OemCodePage cp)
{
    if (const auto v = c.u8())
        out.addField(QStringLiteral("updateCount"), QT_TRANSLATE_NOOP("BrowseDecoder", "Update count"), *v);
    if (const auto v = c.u32le())
        out.addField(QStringLiteral("periodicity"), QT_TRANSLATE_NOOP("BrowseDecoder", "Periodicity (ms)"), *v);
    if (const auto v = c.fixedString(16, cp)) {
        if (domain)
            out.addField(QStringLiteral("workgroup"), QT_TRANSLATE_NOOP("BrowseDecoder", "Workgroup"), *v);
        else
            out.addField(QStringLiteral("serverName"), QT_TRANSLATE_NOOP("BrowseDecoder", "Server name"), *v);
    }
    if (const auto v = c.u8())
        out.addField(QStringLiteral("osMajor"), QT_TRANSLATE_NOOP("BrowseDecoder", "OS major version"), *v);
    if (const auto v = c.u8())
        out.addField(QStringLiteral("osMinor"), QT_TRANSLATE_NOOP("BrowseDecoder", "OS minor version"), *v);
    if (const auto v = c.u32le()) {
        out.addField(QStringLiteral("serverType"), QT_TRANSLATE_NOOP("BrowseDecoder", "Server type"), *v);
        out.addField(QStringLiteral("serverTypeNames"), QT_TRANSLATE_NOOP("BrowseDecoder", "Server type flags"),
                     BrowseDecoder::serverTypeNames(*v));
    }
    if (domain) {
        if (const auto v = c.u32le())
            out.addField(QStringLiteral("mysteriousField"), QT_TRANSLATE_NOOP("BrowseDecoder", "Mysterious field"), hex32(*v));
    } else {
        if (const auto v = c.u8())
            out.addField(QStringLiteral("browserVersionMajor"), QT_TRANSLATE_NOOP("BrowseDecoder", "Browser version major"), *v);
        if (const auto v = c.u8())
            out.addField(QStringLiteral("browserVersionMinor"), QT_TRANSLATE_NOOP("BrowseDecoder", "Browser version minor"), *v);
        if (const auto v = c.u16le())
            out.addField(QStringLiteral("signature"), QT_TRANSLATE_NOOP("BrowseDecoder", "Signature"),
                         hexNumber(*v, 4));
    }
    if (const auto v = c.cString(cp)) {
        if (domain)
            out.addField(QStringLiteral("localMasterBrowser"), QT_TRANSLATE_NOOP("BrowseDecoder", "Local master browser"), *v);
        else
            out.addField(QStringLiteral("comment"), QT_TRANSLATE_NOOP("BrowseDecoder", "Comment"), *v);
    }
}

// RequestElection: the version, the election criteria (OS level, browser version, desire flags),
// the uptime and the candidate's name.
void decodeElection(PayloadCursor &c, DecodedPayload &out, OemCodePage cp)
{
    if (const auto v = c.u8())
        out.addField(QStringLiteral("version"), QT_TRANSLATE_NOOP("BrowseDecoder", "Election version"), *v);
    if (const auto v = c.u32le()) {
        out.addField(QStringLiteral("criteria"), QT_TRANSLATE_NOOP("BrowseDecoder", "Election criteria"), hex32(*v));
        out.addField(QStringLiteral("criteriaOs"), QT_TRANSLATE_NOOP("BrowseDecoder", "Criteria: OS level"), *v >> 24);
        out.addField(QStringLiteral("criteriaBrowserVersion"), QT_TRANSLATE_NOOP("BrowseDecoder", "Criteria: browser version"),
                     hexNumber((*v >> 8) & 0xFFFF, 4));
        out.addField(QStringLiteral("criteriaDesire"), QT_TRANSLATE_NOOP("BrowseDecoder", "Criteria: desire"), *v & 0xFF);
        out.addField(QStringLiteral("criteriaDesireNames"), QT_TRANSLATE_NOOP("BrowseDecoder", "Criteria: desire flags"),
                     namesOf(*v & 0xFF, kElectionDesireBits));
    }
    if (const auto v = c.u32le())
        out.addField(QStringLiteral("uptime"), QT_TRANSLATE_NOOP("BrowseDecoder", "Uptime"), *v);
    if (const auto v = c.u32le())
        out.addField(QStringLiteral("reserved"), QT_TRANSLATE_NOOP("BrowseDecoder", "Reserved"), *v);
    if (const auto v = c.cString(cp))
        out.addField(QStringLiteral("serverName"), QT_TRANSLATE_NOOP("BrowseDecoder", "Server name"), *v);
}

// GetBackupListResponse: the count, the token and as many backup server names as the count says.
void decodeBackupListResponse(PayloadCursor &c, DecodedPayload &out, OemCodePage cp)
{
    const auto count = c.u8();
    if (count)
        out.addField(QStringLiteral("backupServerCount"), QT_TRANSLATE_NOOP("BrowseDecoder", "Backup server count"), *count);
    if (const auto v = c.u32le())
        out.addField(QStringLiteral("token"), QT_TRANSLATE_NOOP("BrowseDecoder", "Token"), *v);
    if (count && !c.truncated()) {
        QStringList servers;
        for (int i = 0; i < *count; ++i) {
            const auto s = c.cString(cp);
            if (!s)
                break;
            servers.append(*s);
        }
        out.addField(QStringLiteral("backupServers"), QT_TRANSLATE_NOOP("BrowseDecoder", "Backup servers"), servers);
    }
}
} // namespace

QString BrowseDecoder::opcodeName(quint8 opcode)
{
    switch (opcode) {
    case HostAnnouncement: return QStringLiteral("hostAnnouncement");
    case AnnouncementRequest: return QStringLiteral("announcementRequest");
    case RequestElection: return QStringLiteral("requestElection");
    case GetBackupListRequest: return QStringLiteral("getBackupListRequest");
    case GetBackupListResponse: return QStringLiteral("getBackupListResponse");
    case BecomeBackup: return QStringLiteral("becomeBackup");
    case DomainAnnouncement: return QStringLiteral("domainAnnouncement");
    case MasterAnnouncement: return QStringLiteral("masterAnnouncement");
    case ResetStateRequest: return QStringLiteral("resetStateRequest");
    case LocalMasterAnnouncement: return QStringLiteral("localMasterAnnouncement");
    default: return {};
    }
}

QStringList BrowseDecoder::serverTypeNames(quint32 serverType)
{
    return namesOf(serverType, kServerTypeBits);
}

DecodedPayload BrowseDecoder::decode(QByteArrayView payload, OemCodePage cp)
{
    PayloadCursor c(payload);
    const auto opcode = c.u8();
    if (!opcode) {
        DecodedPayload out(QStringLiteral("browse.unknown"), "BrowseDecoder");
        out.setTruncated(true);
        return out;
    }
    const QString name = opcodeName(*opcode);
    DecodedPayload out(QStringLiteral("browse.") + (name.isEmpty() ? QStringLiteral("unknown") : name), "BrowseDecoder");
    out.addField(QStringLiteral("opcode"), QT_TRANSLATE_NOOP("BrowseDecoder", "Opcode"), *opcode);
    switch (*opcode) {
    case HostAnnouncement:
    case LocalMasterAnnouncement:
        decodeAnnouncement(c, out, false, cp);
        break;
    case DomainAnnouncement:
        decodeAnnouncement(c, out, true, cp);
        break;
    case AnnouncementRequest:
        if (const auto v = c.u8())
            out.addField(QStringLiteral("reserved"), QT_TRANSLATE_NOOP("BrowseDecoder", "Reserved"), *v);
        if (const auto v = c.cString(cp))
            out.addField(QStringLiteral("responseName"), QT_TRANSLATE_NOOP("BrowseDecoder", "Response name"), *v);
        break;
    case RequestElection:
        decodeElection(c, out, cp);
        break;
    case GetBackupListRequest:
        if (const auto v = c.u8())
            out.addField(QStringLiteral("requestedCount"), QT_TRANSLATE_NOOP("BrowseDecoder", "Requested count"), *v);
        if (const auto v = c.u32le())
            out.addField(QStringLiteral("token"), QT_TRANSLATE_NOOP("BrowseDecoder", "Token"), *v);
        break;
    case GetBackupListResponse:
        decodeBackupListResponse(c, out, cp);
        break;
    case BecomeBackup:
        if (const auto v = c.cString(cp))
            out.addField(QStringLiteral("browserToPromote"), QT_TRANSLATE_NOOP("BrowseDecoder", "Browser to promote"), *v);
        break;
    case MasterAnnouncement:
        if (const auto v = c.cString(cp))
            out.addField(QStringLiteral("masterBrowserServerName"), QT_TRANSLATE_NOOP("BrowseDecoder", "Master browser server name"), *v);
        break;
    case ResetStateRequest:
        if (const auto v = c.u8()) {
            out.addField(QStringLiteral("resetType"), QT_TRANSLATE_NOOP("BrowseDecoder", "Reset type"), *v);
            out.addField(QStringLiteral("resetTypeNames"), QT_TRANSLATE_NOOP("BrowseDecoder", "Reset flags"), namesOf(*v, kResetBits));
        }
        break;
    default:
        out.addField(QStringLiteral("data"), QT_TRANSLATE_NOOP("BrowseDecoder", "Data"), QString::fromLatin1(payload.sliced(1).toByteArray().toHex()));
        break;
    }
    out.setTruncated(c.truncated());
    return out;
}

DecodedPayload BrowseDecoder::decodeLanman(QByteArrayView payload, OemCodePage cp)
{
    const bool browseStyle = payload.size() >= 32 && quint8(payload[30]) == 0x55 && quint8(payload[31]) == 0xAA;
    if (browseStyle || payload.size() < 2 || quint8(payload[1]) != 0 || quint8(payload[0]) != 1)
        return decode(payload, cp);
    PayloadCursor c(payload);
    DecodedPayload out(QStringLiteral("lanman.hostAnnouncement"), "BrowseDecoder");
    if (const auto v = c.u16le())
        out.addField(QStringLiteral("opcode"), QT_TRANSLATE_NOOP("BrowseDecoder", "Opcode"), *v);
    if (const auto v = c.u32le()) {
        out.addField(QStringLiteral("serverType"), QT_TRANSLATE_NOOP("BrowseDecoder", "Server type"), *v);
        out.addField(QStringLiteral("serverTypeNames"), QT_TRANSLATE_NOOP("BrowseDecoder", "Server type flags"), serverTypeNames(*v));
    }
    if (const auto v = c.u8())
        out.addField(QStringLiteral("osMajor"), QT_TRANSLATE_NOOP("BrowseDecoder", "OS major version"), *v);
    if (const auto v = c.u8())
        out.addField(QStringLiteral("osMinor"), QT_TRANSLATE_NOOP("BrowseDecoder", "OS minor version"), *v);
    if (const auto v = c.u16le())
        out.addField(QStringLiteral("periodicity"), QT_TRANSLATE_NOOP("BrowseDecoder", "Periodicity (s)"), *v);
    if (const auto v = c.cString(cp))
        out.addField(QStringLiteral("serverName"), QT_TRANSLATE_NOOP("BrowseDecoder", "Server name"), *v);
    if (const auto v = c.cString(cp))
        out.addField(QStringLiteral("comment"), QT_TRANSLATE_NOOP("BrowseDecoder", "Comment"), *v);
    out.setTruncated(c.truncated());
    return out;
}

} // namespace mailslot::wire
