#include "app/cli/networksend.h"

#include "app/cli/clicommand.h"
#include "app/cli/clisupport.h"
#include "core/slots/mailslotname.h"
#include "core/slots/mailslotregistry.h"
#include "core/wire/netbiosdatagram.h"

#include <QCommandLineParser>
#include <QTextStream>

QString NetworkSend::readOptions(const QCommandLineParser &parser)
{
    QString problem;
    if (!CliSupport::readIdentity(parser, &m_options.identity, &problem))
        return problem;
    const auto port = CliSupport::readPort(parser, &problem);
    if (!port)
        return problem;
    const auto priority = CliSupport::readNumber(
        parser, {QStringLiteral("priority"), 0, 9, false, tr("--priority: '%1' is not a number from 0 to 9")},
        &problem);
    if (!priority)
        return problem;
    m_options.port = *port;
    m_options.priority = quint16(*priority);
    m_options.interfaces = parser.values(QStringLiteral("interface"));
    m_options.to = parser.value(QStringLiteral("to"));
    m_options.domain = parser.isSet(QStringLiteral("domain"));
    return {};
}

int NetworkSend::send(const QString &target, const QByteArray &payload, quint64 repeat) const
{
    MailslotRegistry registry;
    registry.enableNetwork(m_options);
    NetworkSender::Report report;
    if (const MailslotError error = registry.sendNetwork(target, payload, repeat, &report)) {
        CliSupport::reportError(CliSupport::slotSubject(target), error);
        return CliCommand::Failure;
    }
    QStringList where;
    for (const NetworkSender::Destination &d : std::as_const(report.destinations))
        where.append(d.interfaceName.isEmpty() ? d.address.toString()
                                               : QStringLiteral("%1 (%2)").arg(d.address.toString(), d.interfaceName));
    CliSupport::err() << tr("mailslot: sent %n datagram(s)", nullptr, int(report.datagramsSent)) << QLatin1Char(' ')
                      << tr("as %1 to %2 at %3 port %4, from port %5")
                             .arg(mailslot::wire::NetbiosDatagram::messageTypeName(report.msgType),
                                  report.destinationName.toDisplayString(), where.join(QStringLiteral(", ")))
                             .arg(m_options.port)
                             .arg(report.sourcePort)
                      << Qt::endl;
    return CliCommand::Success;
}
