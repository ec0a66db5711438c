#include "ui/compose/composetarget.h"

#include "core/netio/networksender.h"
#include "core/send/sendjob.h"
#include "core/platform/win32error.h"
#include "core/wire/mailslotlimits.h"

#include <QLocale>

ComposeTarget::ComposeTarget(Kind kind, const QString &server, const QString &path)
    : m_kind(kind), m_server(server.trimmed()), m_path(path.trimmed())
{
}

ComposeTarget ComposeTarget::fromName(const QString &text)
{
    const MailslotName name = MailslotName::parse(text);
    if (!name.isValid())
        return ComposeTarget(Kind::ThisComputer, {}, text);
    switch (name.scope()) {
    case MailslotName::Scope::Remote:
        return ComposeTarget(Kind::Computer, name.server(), name.path());
    case MailslotName::Scope::Broadcast:
        return ComposeTarget(Kind::Everyone, {}, name.path());
    default:
        return ComposeTarget(Kind::ThisComputer, {}, name.path());
    }
}

QString ComposeTarget::text() const
{
    QString path = m_path;
    // Accept a path typed with its mailslot\ prefix.
    if (path.startsWith(QLatin1String("mailslot\\"), Qt::CaseInsensitive)
        || path.startsWith(QLatin1String("mailslot/"), Qt::CaseInsensitive))
        path = path.mid(9);
    QString server;
    switch (m_kind) {
    case Kind::ThisComputer: server = QStringLiteral("."); break;
    case Kind::Computer:
    case Kind::Domain: server = m_server; break;
    case Kind::Everyone: server = QStringLiteral("*"); break;
    }
    return QStringLiteral("\\\\%1\\mailslot\\%2").arg(server, path);
}

MailslotName ComposeTarget::name(MailslotError *error) const
{
    if ((m_kind == Kind::Computer || m_kind == Kind::Domain) && m_server.isEmpty()) {
        if (error)
            *error = MailslotError(mailslot::platform::kErrorInvalidName,
                                   m_kind == Kind::Computer ? tr("Type the computer's name.")
                                                            : tr("Type the workgroup or domain name."));
        return {};
    }
    if (m_path.isEmpty()) {
        if (error)
            *error = MailslotError(mailslot::platform::kErrorInvalidName, tr("Type the slot's name."));
        return {};
    }
    return MailslotName::parse(text(), error);
}

qsizetype ComposeTarget::networkLimit(const MailslotName &name)
{
    const qsizetype limit = qsizetype(mailslot::wire::kNetworkMessageLimit);
    const auto wire = NetworkSender::wireNameBytes(name);
    return wire ? qMin(limit, NetworkSender::maxPayloadSize(*wire)) : limit;
}

bool ComposeTarget::isNetworkLimited() const
{
    if (m_kind == Kind::Domain || m_kind == Kind::Everyone)
        return true;
    const MailslotName target = name();
    return target.isValid() && SendJob::goesOverNetwork(target);
}

QString ComposeTarget::refusalReason(const MailslotName &name, qsizetype size, bool networkAvailable, bool limited)
{
    if (!name.isValid())
        return tr("The target is not a valid mailslot name.");
    if (name.isLocal())
        return {};
    const qsizetype limit = networkLimit(name);
    if (limited && size > limit)
        return tr("The message has %1 bytes; a mailslot message sent over the network may have at most %2 bytes.")
            .arg(QLocale().toString(size), QLocale().toString(limit));
    if (!NetworkSender::wireNameBytes(name))
        return tr("A network mailslot name may only use Latin-1 characters.");
    if (!networkAvailable)
        return tr("Sending to other computers needs the network, which is off: turn it on in the Network settings.");
    return {};
}

bool ComposeTarget::needsNetwork(const MailslotName &name, qsizetype size, bool networkAvailable, bool limited)
{
    return !networkAvailable && name.isValid() && !name.isLocal() && (!limited || size <= networkLimit(name))
        && NetworkSender::wireNameBytes(name);
}
