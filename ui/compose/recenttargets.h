// The targets that worked lately, newest first (at most kMax), and which of them name a workgroup
// or domain: \\NAME\mailslot\... reads the same for a computer and a domain, so the kind is
// remembered beside the name (and kept in the settings as a second list).
#pragma once

#include "ui/compose/composetarget.h"

#include <QStringList>

class RecentTargets
{
public:
    static constexpr int kMax = 10;

    QStringList names() const { return m_names; }
    // Those of names() that name a workgroup or domain.
    QStringList domains() const { return m_domains; }
    // Replaces the lists (from the settings): the first kMax names, and those of domains among them.
    void set(const QStringList &names, const QStringList &domains = {});
    // A run to name worked: it goes first.
    void remember(const QString &name, ComposeTarget::Kind kind);
    // The target of a remembered name, of the kind it was sent as.
    ComposeTarget target(const QString &name) const;

private:
    QStringList m_names;
    QStringList m_domains;
};
