#include "ui/compose/recenttargets.h"

void RecentTargets::set(const QStringList &names, const QStringList &domains)
{
    m_names = names.mid(0, kMax);
    QStringList kept; // (domains may be m_domains itself)
    for (const QString &name : domains) {
        if (m_names.contains(name) && !kept.contains(name))
            kept.append(name);
    }
    m_domains = kept;
}

void RecentTargets::remember(const QString &name, ComposeTarget::Kind kind)
{
    QStringList names = m_names;
    QStringList domains = m_domains;
    names.removeAll(name);
    names.prepend(name);
    domains.removeAll(name);
    if (kind == ComposeTarget::Kind::Domain)
        domains.append(name);
    set(names, domains);
}

ComposeTarget RecentTargets::target(const QString &name) const
{
    const ComposeTarget t = ComposeTarget::fromName(name);
    // A workgroup or domain has the same name form as a computer: the kind was remembered.
    return ComposeTarget(m_domains.contains(name) ? ComposeTarget::Kind::Domain : t.kind(), t.server(), t.path());
}
