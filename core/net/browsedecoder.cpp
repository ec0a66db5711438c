#include "browsedecoder.h"

#include "payloadcursor.h"

namespace mailslot::net {

namespace {
struct BitName
{
    quint32 bit;
    const char *name;
};
constexpr BitName kServerTypeBits[] = {
    {0x1, "WORKSTATION"},         {0x2, "SERVER"},            {0x4, "SQLSERVER"},
    {0x8, "DOMAIN_CTRL"},         {0x10, "DOMAIN_BAKCTRL"},   {0x20, "TIME_SOURCE"},
    {0x40, "AFP"},                {0x80, "NOVELL"},           {0x100, "DOMAIN_MEMBER"},
    {0x200, "PRINTQ_SERVER"},     {0x400, "DIALIN_SERVER"},   {0x800, "SERVER_UNIX"},
    {0x1000, "NT"},               {0x2000, "WFW"},            {0x4000, "SERVER_MFPN"},
    {0x8000, "SERVER_NT"},        {0x10000, "POTENTIAL_BROWSER"}, {0x20000, "BACKUP_BROWSER"},
    {0x40000, "MASTER_BROWSER"},  {0x80000, "DOMAIN_MASTER"}, {0x100000, "SERVER_OSF"},
    {0x200000, "SERVER_VMS"},     {0x400000, "WIN95_PLUS"},   {0x800000, "DFS_SERVER"},
    {0x20000000, "ALTERNATE_XPORT"}, {0x40000000, "LOCAL_LIST_ONLY"}, {0x80000000, "DOMAIN_ENUM"},
};
constexpr BitName kElectionDesireBits[] = {
    {0x01, "BACKUP"}, {0x02, "DOMAIN_CONTROLLER"}, {0x04, "RUNNING_MASTER"},
    {0x08, "PREFERRED_MASTER"}, {0x20, "WINS_CLIENT"}, {0x80, "PDC"},
};
constexpr BitName kResetBits[] = {{0x01, "STOP_MASTER"}, {0x02, "CLEAR_ALL"}, {0x04, "STOP"}};

template<std::size_t N>
QStringList namesOf(quint32 value, const BitName (&table)[N])
{
    QStringList names;
    for (const BitName &b : table)
        if (value & b.bit)
            names.append(QString::fromLatin1(b.name));
    return names;
}

QString hex32(quint32 v) { return QStringLiteral("0x%1").arg(v, 8, 16, QLatin1Char('0')); }

// HostAnnouncement, LocalMasterAnnouncement and DomainAnnouncement share one layout.
void decodeAnnouncement(PayloadCursor &c, DecodedPayload &out, bool domain, OemCodePage cp)
{
    if (const auto v = c.u8())
        out.addField(QStringLiteral("updateCount"), BrowseDecoder::tr("Update count"), *v);
    if (const auto v = c.u32le())
        out.addField(QStringLiteral("periodicity"), BrowseDecoder::tr("Periodicity (ms)"), *v);
    if (const auto v = c.fixedString(16, cp)) {
        if (domain)
            out.addField(QStringLiteral("workgroup"), BrowseDecoder::tr("Workgroup"), *v);
        else
            out.addField(QStringLiteral("serverName"), BrowseDecoder::tr("Server name"), *v);
    }
    if (const auto v = c.u8())
        out.addField(QStringLiteral("osMajor"), BrowseDecoder::tr("OS major version"), *v);
    if (const auto v = c.u8())
        out.addField(QStringLiteral("osMinor"), BrowseDecoder::tr("OS minor version"), *v);
    if (const auto v = c.u32le()) {
        out.addField(QStringLiteral("serverType"), BrowseDecoder::tr("Server type"), *v);
        out.addField(QStringLiteral("serverTypeNames"), BrowseDecoder::tr("Server type flags"),
                     BrowseDecoder::serverTypeNames(*v));
    }
    if (domain) {
        if (const auto v = c.u32le())
            out.addField(QStringLiteral("mysteriousField"), BrowseDecoder::tr("Mysterious field"), hex32(*v));
    } else {
        if (const auto v = c.u8())
            out.addField(QStringLiteral("browserVersionMajor"), BrowseDecoder::tr("Browser version major"), *v);
        if (const auto v = c.u8())
            out.addField(QStringLiteral("browserVersionMinor"), BrowseDecoder::tr("Browser version minor"), *v);
        if (const auto v = c.u16le())
            out.addField(QStringLiteral("signature"), BrowseDecoder::tr("Signature"),
                         QStringLiteral("0x%1").arg(*v, 4, 16, QLatin1Char('0')));
    }
    if (const auto v = c.cString(cp)) {
        if (domain)
            out.addField(QStringLiteral("localMasterBrowser"), BrowseDecoder::tr("Local master browser"), *v);
        else
            out.addField(QStringLiteral("comment"), BrowseDecoder::tr("Comment"), *v);
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
        DecodedPayload out(QStringLiteral("browse.unknown"));
        out.setTruncated(true);
        return out;
    }
    const QString name = opcodeName(*opcode);
    DecodedPayload out(QStringLiteral("browse.") + (name.isEmpty() ? QStringLiteral("unknown") : name));
    out.addField(QStringLiteral("opcode"), tr("Opcode"), *opcode);
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
            out.addField(QStringLiteral("reserved"), tr("Reserved"), *v);
        if (const auto v = c.cString(cp))
            out.addField(QStringLiteral("responseName"), tr("Response name"), *v);
        break;
    case RequestElection:
        if (const auto v = c.u8())
            out.addField(QStringLiteral("version"), tr("Election version"), *v);
        if (const auto v = c.u32le()) {
            out.addField(QStringLiteral("criteria"), tr("Election criteria"), hex32(*v));
            out.addField(QStringLiteral("criteriaOs"), tr("Criteria: OS level"), *v >> 24);
            out.addField(QStringLiteral("criteriaBrowserVersion"), tr("Criteria: browser version"),
                         QStringLiteral("0x%1").arg((*v >> 8) & 0xFFFF, 4, 16, QLatin1Char('0')));
            out.addField(QStringLiteral("criteriaDesire"), tr("Criteria: desire"), *v & 0xFF);
            out.addField(QStringLiteral("criteriaDesireNames"), tr("Criteria: desire flags"),
                         namesOf(*v & 0xFF, kElectionDesireBits));
        }
        if (const auto v = c.u32le())
            out.addField(QStringLiteral("uptime"), tr("Uptime"), *v);
        if (const auto v = c.u32le())
            out.addField(QStringLiteral("reserved"), tr("Reserved"), *v);
        if (const auto v = c.cString(cp))
            out.addField(QStringLiteral("serverName"), tr("Server name"), *v);
        break;
    case GetBackupListRequest:
        if (const auto v = c.u8())
            out.addField(QStringLiteral("requestedCount"), tr("Requested count"), *v);
        if (const auto v = c.u32le())
            out.addField(QStringLiteral("token"), tr("Token"), *v);
        break;
    case GetBackupListResponse: {
        const auto count = c.u8();
        if (count)
            out.addField(QStringLiteral("backupServerCount"), tr("Backup server count"), *count);
        if (const auto v = c.u32le())
            out.addField(QStringLiteral("token"), tr("Token"), *v);
        if (count && !c.truncated()) {
            QStringList servers;
            for (int i = 0; i < *count; ++i) {
                const auto s = c.cString(cp);
                if (!s)
                    break;
                servers.append(*s);
            }
            out.addField(QStringLiteral("backupServers"), tr("Backup servers"), servers);
        }
        break;
    }
    case BecomeBackup:
        if (const auto v = c.cString(cp))
            out.addField(QStringLiteral("browserToPromote"), tr("Browser to promote"), *v);
        break;
    case MasterAnnouncement:
        if (const auto v = c.cString(cp))
            out.addField(QStringLiteral("masterBrowserServerName"), tr("Master browser server name"), *v);
        break;
    case ResetStateRequest:
        if (const auto v = c.u8()) {
            out.addField(QStringLiteral("resetType"), tr("Reset type"), *v);
            out.addField(QStringLiteral("resetTypeNames"), tr("Reset flags"), namesOf(*v, kResetBits));
        }
        break;
    default:
        out.addField(QStringLiteral("data"), tr("Data"), QString::fromLatin1(payload.sliced(1).toByteArray().toHex()));
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
    DecodedPayload out(QStringLiteral("lanman.hostAnnouncement"));
    if (const auto v = c.u16le())
        out.addField(QStringLiteral("opcode"), tr("Opcode"), *v);
    if (const auto v = c.u32le()) {
        out.addField(QStringLiteral("serverType"), tr("Server type"), *v);
        out.addField(QStringLiteral("serverTypeNames"), tr("Server type flags"), serverTypeNames(*v));
    }
    if (const auto v = c.u8())
        out.addField(QStringLiteral("osMajor"), tr("OS major version"), *v);
    if (const auto v = c.u8())
        out.addField(QStringLiteral("osMinor"), tr("OS minor version"), *v);
    if (const auto v = c.u16le())
        out.addField(QStringLiteral("periodicity"), tr("Periodicity (s)"), *v);
    if (const auto v = c.cString(cp))
        out.addField(QStringLiteral("serverName"), tr("Server name"), *v);
    if (const auto v = c.cString(cp))
        out.addField(QStringLiteral("comment"), tr("Comment"), *v);
    out.setTruncated(c.truncated());
    return out;
}

} // namespace mailslot::net
