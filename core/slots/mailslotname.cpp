#include "core/slots/mailslotname.h"

#include "core/platform/win32error.h"

namespace {

bool isControl(QChar c)
{
    return c.unicode() < 0x20 || c.unicode() == 0x7F || (c.unicode() >= 0x80 && c.unicode() < 0xA0);
}

} // namespace

MailslotName MailslotName::parse(const QString &input, MailslotError *error)
{
    auto fail = [error](const QString &reason) {
        if (error)
            *error = MailslotError(mailslot::platform::kErrorInvalidName, reason);
        return MailslotName();
    };
    QString text = input.trimmed();
    text.replace(QLatin1Char('/'), QLatin1Char('\\'));
    if (text.isEmpty())
        return fail(tr("The name is empty."));

    static const QString kMailslot = QStringLiteral("mailslot\\");
    MailslotName name;
    QString rest;
    if (text.startsWith(QLatin1String("\\\\"))) {
        const int end = text.indexOf(QLatin1Char('\\'), 2);
        const QString server = text.mid(2, end < 0 ? -1 : end - 2);
        if (server.isEmpty())
            return fail(tr("The computer or domain name after \\\\ is missing."));
        for (QChar c : server) {
            if (isControl(c) || QStringLiteral(":?\"<>| ").contains(c) || (c == QLatin1Char('*') && server.size() > 1))
                return fail(tr("The computer or domain name \"%1\" contains a character that is not allowed.")
                                .arg(server));
        }
        if (server.size() > kMaxServerLength)
            return fail(tr("The computer or domain name has %1 characters; at most %2 are allowed.")
                            .arg(server.size())
                            .arg(kMaxServerLength));
        if (end < 0 || !text.mid(end + 1).startsWith(kMailslot, Qt::CaseInsensitive))
            return fail(tr("A mailslot name continues with \\mailslot\\ after the computer or domain name."));
        name.m_server = server.toUpper();
        name.m_scope = server == QLatin1String(".") ? Scope::Local
                     : server == QLatin1String("*") ? Scope::Broadcast
                                                    : Scope::Remote;
        rest = text.mid(end + 1 + kMailslot.size());
    } else if (text.startsWith(QLatin1Char('\\'))) {
        if (!text.mid(1).startsWith(kMailslot, Qt::CaseInsensitive))
            return fail(tr("A name that starts with \\ must start with \\mailslot\\."));
        name.m_server = QStringLiteral(".");
        name.m_scope = Scope::Local;
        rest = text.mid(1 + kMailslot.size());
    } else {
        name.m_server = QStringLiteral(".");
        name.m_scope = Scope::Local;
        rest = text.startsWith(kMailslot, Qt::CaseInsensitive) ? text.mid(kMailslot.size()) : text;
    }

    if (rest.isEmpty())
        return fail(tr("The mailslot name after \\mailslot\\ is empty."));
    if (rest.size() > kMaxPathLength)
        return fail(tr("The name after \\mailslot\\ has %1 characters; at most %2 are allowed.")
                        .arg(rest.size())
                        .arg(kMaxPathLength));
    for (QChar c : rest) {
        if (c.unicode() == 0)
            return fail(tr("The name contains a NUL character."));
        if (isControl(c))
            return fail(tr("The name contains a control character (U+%1).")
                            .arg(QString::number(c.unicode(), 16).rightJustified(4, QLatin1Char('0')).toUpper()));
    }
    const QStringList components = rest.split(QLatin1Char('\\'));
    for (const QString &component : components) {
        if (component.isEmpty())
            return fail(tr("The name has an empty component (two separators in a row, or one at the end)."));
        if (component == QLatin1String(".") || component == QLatin1String(".."))
            return fail(tr("The name has a \"%1\" component, which is not allowed.").arg(component));
    }
    name.m_path = rest;
    return name;
}

QString MailslotName::canonical() const
{
    if (!isValid())
        return {};
    return QStringLiteral("\\\\%1\\mailslot\\%2").arg(m_server, m_path.toLower());
}

QString MailslotName::localCanonical() const
{
    if (!isValid())
        return {};
    return QStringLiteral("\\\\.\\mailslot\\%1").arg(m_path.toLower());
}

QString MailslotName::localFromWire(QByteArrayView wire)
{
    static constexpr QLatin1StringView kPrefix("\\mailslot\\");
    const QLatin1StringView text(wire.data(), wire.size());
    if (text.size() <= kPrefix.size() || !text.startsWith(kPrefix, Qt::CaseInsensitive))
        return QString::fromLatin1(wire);
    QString path = QString(text.mid(kPrefix.size())).toLower();
    path.replace(QLatin1Char('/'), QLatin1Char('\\'));
    return QStringLiteral("\\\\.\\mailslot\\") + path;
}

QString MailslotName::wireName() const
{
    if (!isValid())
        return {};
    return QStringLiteral("\\MAILSLOT\\") + m_path;
}
