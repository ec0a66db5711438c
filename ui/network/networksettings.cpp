#include "ui/network/networksettings.h"

#include <QHostAddress>
#include <QSettings>

NetworkSettings NetworkSettings::load(const QSettings &settings)
{
    NetworkSettings s;
    s.enabled = settings.value(QStringLiteral("network/enabled"), false).toBool();
    const int port = settings.value(QStringLiteral("network/port"), int(NetworkSender::kDatagramPort)).toInt();
    s.port = port > 0 && port <= 65535 ? quint16(port) : NetworkSender::kDatagramPort;
    s.interfaces = settings.value(QStringLiteral("network/interfaces")).toStringList();
    s.netbiosName = settings.value(QStringLiteral("network/netbiosName")).toString();
    s.workgroup = settings.value(QStringLiteral("network/workgroup")).toString();
    s.deduplicate = settings.value(QStringLiteral("network/deduplicate"), false).toBool();
    s.deliver = settings.value(QStringLiteral("network/deliver"), true).toBool();
    s.sendTo = settings.value(QStringLiteral("network/sendTo")).toString();
    s.codePage = mailslot::wire::OemCodec::fromKey(settings.value(QStringLiteral("network/codePage")).toString());
    return s;
}

void NetworkSettings::save(QSettings &settings) const
{
    settings.setValue(QStringLiteral("network/enabled"), enabled);
    settings.setValue(QStringLiteral("network/port"), int(port));
    settings.setValue(QStringLiteral("network/interfaces"), interfaces);
    settings.setValue(QStringLiteral("network/netbiosName"), netbiosName);
    settings.setValue(QStringLiteral("network/workgroup"), workgroup);
    settings.setValue(QStringLiteral("network/deduplicate"), deduplicate);
    settings.setValue(QStringLiteral("network/deliver"), deliver);
    settings.setValue(QStringLiteral("network/sendTo"), sendTo);
    settings.setValue(QStringLiteral("network/codePage"), codePage ? mailslot::wire::OemCodec::key(*codePage) : QString());
}

NetworkIdentity NetworkSettings::identity() const
{
    NetworkIdentity identity(netbiosName, workgroup);
    if (identity.netbiosName().isEmpty() || identity.workgroup().isEmpty()) {
        const NetworkIdentity system = NetworkIdentity::systemDefault();
        if (identity.netbiosName().isEmpty())
            identity.setNetbiosName(system.netbiosName());
        if (identity.workgroup().isEmpty())
            identity.setWorkgroup(system.workgroup());
    }
    return identity;
}

NetworkBridge::Options NetworkSettings::bridgeOptions() const
{
    NetworkBridge::Options options;
    options.identity = identity();
    options.interfaces = interfaces;
    options.port = port;
    options.deduplicate = deduplicate;
    options.deliver = deliver;
    options.codePage = codePage.value_or(mailslot::wire::OemCodec::systemDefault().codePage);
    return options;
}

NetworkSender::Options NetworkSettings::senderOptions() const
{
    NetworkSender::Options options;
    options.identity = identity();
    options.interfaces = interfaces;
    options.port = port;
    options.to = sendTo.trimmed();
    return options;
}

QString NetworkSettings::problem() const
{
    QString why;
    if (port == 0)
        return tr("Choose a UDP port from 1 to 65535.");
    if (!netbiosName.trimmed().isEmpty() && !NetworkIdentity::isValidName(netbiosName, &why))
        return tr("NetBIOS name: %1").arg(why);
    if (!workgroup.trimmed().isEmpty() && !NetworkIdentity::isValidName(workgroup, &why))
        return tr("Workgroup: %1").arg(why);
    const QString to = sendTo.trimmed();
    if (!to.isEmpty()) {
        const QHostAddress address(to);
        if (!address.isNull() && address.protocol() != QAbstractSocket::IPv4Protocol)
            return tr("Send to: \"%1\" is not an IPv4 address.").arg(to);
    }
    return {};
}
