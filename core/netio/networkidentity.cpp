#include "core/netio/networkidentity.h"

#include "core/wire/mailslotlimits.h"

#include <QFile>
#include <QHostInfo>
#include <QRegularExpression>

using mailslot::wire::NetbiosName;

NetworkIdentity::NetworkIdentity(const QString &netbiosName, const QString &workgroup)
    : m_netbiosName(normalizeName(netbiosName)), m_workgroup(normalizeName(workgroup))
{
}

NetworkIdentity NetworkIdentity::systemDefault(const QString &smbConfPath)
{
    QString host = QHostInfo::localHostName();
    host = host.section(QLatin1Char('.'), 0, 0);
    if (host.isEmpty())
        host = QStringLiteral("LOCALHOST");
    QString workgroup = workgroupFromSmbConfFile(smbConfPath);
    if (workgroup.isEmpty())
        workgroup = QStringLiteral("WORKGROUP");
    return NetworkIdentity(host, workgroup);
}

QString NetworkIdentity::normalizeName(const QString &name)
{
    QString n = name.trimmed().toUpper();
    while (n.toLatin1().size() > mailslot::wire::kNetbiosNameLength)
        n.chop(1);
    return n;
}

QString NetworkIdentity::workgroupFromSmbConf(const QString &text)
{
    static const QRegularExpression section(QStringLiteral(R"(^\s*\[([^\]]*)\])"));
    static const QRegularExpression entry(QStringLiteral(R"(^\s*workgroup\s*=\s*(.*?)\s*$)"),
                                          QRegularExpression::CaseInsensitiveOption);
    bool inGlobal = true; // parameters before any section belong to [global]
    QString result;
    QString pending;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (QString line : lines) {
        line.remove(QLatin1Char('\r'));
        if (!pending.isEmpty()) { // a continued line ("\" at the end)
            line = pending + line;
            pending.clear();
        }
        if (line.endsWith(QLatin1Char('\\'))) {
            pending = line.chopped(1);
            continue;
        }
        const QString t = line.trimmed();
        if (t.isEmpty() || t.startsWith(QLatin1Char('#')) || t.startsWith(QLatin1Char(';')))
            continue;
        const auto s = section.match(t);
        if (s.hasMatch()) {
            inGlobal = s.captured(1).trimmed().compare(QLatin1String("global"), Qt::CaseInsensitive) == 0;
            continue;
        }
        if (!inGlobal)
            continue;
        const auto e = entry.match(t);
        if (e.hasMatch())
            result = e.captured(1); // the last one wins, as in Samba
    }
    return normalizeName(result);
}

QString NetworkIdentity::workgroupFromSmbConfFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return {};
    return workgroupFromSmbConf(QString::fromUtf8(file.read(1024 * 1024)));
}

bool NetworkIdentity::isValidName(const QString &name, QString *problem)
{
    const QString n = name.trimmed();
    if (n.isEmpty()) {
        if (problem)
            *problem = tr("The NetBIOS name is empty.");
        return false;
    }
    for (const QChar c : n) {
        if (c.unicode() < 0x20 || c.unicode() > 0xFF || QStringLiteral("\\/:*?\"<>|.").contains(c)) {
            if (problem)
                *problem = tr("The NetBIOS name \"%1\" contains a character that is not allowed.").arg(n);
            return false;
        }
    }
    return true;
}

NetbiosName NetworkIdentity::sourceName() const
{
    return NetbiosName(m_netbiosName.toLatin1(), 0x00);
}

bool NetworkIdentity::isAddressedToUs(const NetbiosName &destination) const
{
    const QByteArray name = destination.name().toUpper();
    if (name.isEmpty())
        return false;
    return (!m_netbiosName.isEmpty() && name == m_netbiosName.toLatin1())
        || (!m_workgroup.isEmpty() && name == m_workgroup.toLatin1());
}
