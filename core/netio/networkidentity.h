// Who this machine is on a NetBIOS network: its NetBIOS name and its workgroup (or domain).
#pragma once

#include "core/wire/netbiosname.h"

#include <QCoreApplication>
#include <QString>

class NetworkIdentity
{
    Q_DECLARE_TR_FUNCTIONS(NetworkIdentity)

public:
    static constexpr const char *kDefaultSmbConf = "/etc/samba/smb.conf";

    NetworkIdentity() = default;
    NetworkIdentity(const QString &netbiosName, const QString &workgroup);

    // The defaults: the host name (first label, upper case, cut to 15 bytes) and smb.conf's
    // workgroup, else WORKGROUP.
    static NetworkIdentity systemDefault(const QString &smbConfPath = QString::fromLatin1(kDefaultSmbConf));

    // Upper case, at most 15 bytes (Latin-1), trimmed.
    static QString normalizeName(const QString &name);
    // "workgroup = X" of the [global] section of smb.conf text; empty if absent.
    static QString workgroupFromSmbConf(const QString &text);
    // Reads the file; empty if it cannot be read or has no workgroup.
    static QString workgroupFromSmbConfFile(const QString &path);
    // False with *problem for an empty name, or one with a character NetBIOS cannot carry.
    static bool isValidName(const QString &name, QString *problem = nullptr);

    QString netbiosName() const { return m_netbiosName; }
    QString workgroup() const { return m_workgroup; }
    void setNetbiosName(const QString &name) { m_netbiosName = normalizeName(name); }
    void setWorkgroup(const QString &workgroup) { m_workgroup = normalizeName(workgroup); }

    // NAME<00>, the source name of what we send.
    mailslot::wire::NetbiosName sourceName() const;
    // True when a datagram to this destination is for this machine: our name or our workgroup,
    // whatever the suffix (case-insensitive).
    bool isAddressedToUs(const mailslot::wire::NetbiosName &destination) const;

private:
    QString m_netbiosName;
    QString m_workgroup;
};
