#include "app/cli/extcapfilter.h"

namespace {
const QString kLocalPrefix = QStringLiteral("\\\\.\\mailslot\\");
}

std::optional<ExtcapFilter> ExtcapFilter::parse(const QString &text, QString *problem)
{
    ExtcapFilter filter;
    QString glob = text.trimmed();
    if (glob.isEmpty())
        return filter;
    const auto fail = [&](const QString &why) {
        *problem = tr("capture filter '%1' is not a slot name pattern (%2); write a glob such as app\\* or "
                      "\\\\.\\mailslot\\app\\*")
                       .arg(text, why);
        return std::nullopt;
    };
    for (const QChar c : glob) {
        if (c.isSpace() || c.unicode() < 0x20)
            return fail(tr("a slot name pattern has no spaces"));
    }
    glob.replace(QLatin1Char('/'), QLatin1Char('\\'));
    glob = glob.toLower();
    if (glob.startsWith(QLatin1String("\\\\"))) {
        if (!glob.startsWith(kLocalPrefix))
            return fail(tr("only local slot names, \\\\.\\mailslot\\..., are captured"));
    } else {
        glob.prepend(kLocalPrefix);
    }
    if (glob.size() == kLocalPrefix.size())
        return fail(tr("the slot name is missing"));
    QString expression;
    for (const QChar c : std::as_const(glob)) {
        if (c == QLatin1Char('*'))
            expression += QLatin1String(".*");
        else if (c == QLatin1Char('?'))
            expression += QLatin1Char('.');
        else
            expression += QRegularExpression::escape(QString(c));
    }
    filter.m_pattern = glob;
    filter.m_expression = QRegularExpression(QRegularExpression::anchoredPattern(expression),
                                             QRegularExpression::CaseInsensitiveOption);
    return filter;
}

bool ExtcapFilter::matches(const QString &slot) const
{
    return m_pattern.isEmpty() || m_expression.match(slot).hasMatch();
}
