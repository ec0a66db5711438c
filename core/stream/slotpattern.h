// What a tap watches: one local slot name, or a pattern of local names (a glob on the canonical
// name: '*' any run of characters, '\' included; '?' one character), such as \\.\mailslot\app\*.
#pragma once

#include "core/slots/mailsloterror.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QString>

class SlotPattern
{
    Q_DECLARE_TR_FUNCTIONS(SlotPattern)

public:
    SlotPattern() = default;
    // A name in any form MailslotName takes ([path\]name, \\.\mailslot\...), or a pattern of the
    // same forms with '*' or '?'. Remote names are refused (ERROR_INVALID_NAME, with the reason).
    static SlotPattern parse(const QString &text, MailslotError *error = nullptr);

    bool isValid() const { return !m_canonical.isEmpty(); }
    bool isPattern() const { return m_pattern; }
    // The canonical name, or the pattern in canonical form (\\.\mailslot\app\*).
    QString canonical() const { return m_canonical; }
    bool matches(const QString &canonicalName) const;

private:
    QString m_canonical;
    bool m_pattern = false;
    QRegularExpression m_regex;
};
