#include "core/stream/slotpattern.h"

#include "core/platform/win32error.h"
#include "core/slots/mailslotname.h"

using namespace mailslot::platform;

SlotPattern SlotPattern::parse(const QString &text, MailslotError *error)
{
    MailslotError dummy;
    MailslotError &err = error ? *error : dummy;
    err = {};
    SlotPattern pattern;
    const bool wild = text.contains(QLatin1Char('*')) || text.contains(QLatin1Char('?'));
    // The wildcards stand in for letters while the rest is checked as a name.
    QString probe = text;
    probe.replace(QLatin1Char('*'), QLatin1Char('a')).replace(QLatin1Char('?'), QLatin1Char('a'));
    const MailslotName name = MailslotName::parse(probe, &err);
    if (!name.isValid())
        return {};
    if (!name.isLocal()) {
        err = MailslotError(kErrorInvalidName, tr("only slots on this computer can be watched (\\\\.\\mailslot\\...)"));
        return {};
    }
    if (!wild) {
        pattern.m_canonical = name.canonical();
        return pattern;
    }
    // The same form, wildcards kept: the path's last len characters of the original text.
    QString path = text;
    path.replace(QLatin1Char('/'), QLatin1Char('\\'));
    path = path.right(name.path().size()).toLower();
    pattern.m_canonical = QStringLiteral("\\\\.\\mailslot\\") + path;
    pattern.m_pattern = true;
    QString regex;
    for (const QChar c : pattern.m_canonical) {
        if (c == QLatin1Char('*'))
            regex += QStringLiteral(".*");
        else if (c == QLatin1Char('?'))
            regex += QLatin1Char('.');
        else
            regex += QRegularExpression::escape(QString(c));
    }
    pattern.m_regex = QRegularExpression(QRegularExpression::anchoredPattern(regex),
                                         QRegularExpression::CaseInsensitiveOption
                                             | QRegularExpression::DotMatchesEverythingOption);
    return pattern;
}

bool SlotPattern::matches(const QString &canonicalName) const
{
    if (!m_pattern)
        return canonicalName == m_canonical;
    return m_regex.match(canonicalName).hasMatch();
}
