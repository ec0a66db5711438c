#include "app/cli/infocommand.h"

#include "app/cli/clisupport.h"
#include "core/slots/mailslotregistry.h"

#include <QCommandLineParser>
#include <QTextStream>

QString InfoCommand::description() const
{
    return tr("Shows one mailslot's figures (GetMailslotInfo), with its queue, server pid and creation time.");
}

QList<CliCommand::Argument> InfoCommand::arguments() const
{
    return {{tr("name"), tr("name"), tr("The mailslot to inspect.")}};
}

QList<QCommandLineOption> InfoCommand::options() const
{
    return {{QStringLiteral("json"), tr("Print a JSON object.")}};
}

int InfoCommand::run(const QCommandLineParser &parser)
{
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return usageError(tr("info takes exactly one mailslot name"));
    MailslotRegistry registry;
    MailslotError error;
    const MailslotInfo info = registry.query(positional.first(), &error);
    if (error) {
        CliSupport::reportError(CliSupport::slotSubject(positional.first()), error);
        return Failure;
    }
    if (parser.isSet(QStringLiteral("json")))
        CliSupport::out() << CliSupport::jsonLine(info.toJson()) << '\n';
    else
        printText(info);
    return Success;
}

void InfoCommand::printText(const MailslotInfo &info)
{
    CliSupport::out() << tr("Name:             %1").arg(info.name) << '\n'
                      << tr("Max message size: %1")
                             .arg(info.maxMessageSize ? CliSupport::formatBytes(info.maxMessageSize) : tr("any"))
                      << '\n'
                      << tr("Next size:        %1").arg(CliSupport::formatNext(info.nextSize)) << '\n'
                      << tr("Message count:    %1").arg(info.messageCount) << '\n'
                      << tr("Read timeout:     %1").arg(CliSupport::formatTimeout(info.readTimeout)) << '\n'
                      << tr("Queued bytes:     %1 of %2").arg(info.queuedBytes).arg(info.queueCapacity) << '\n'
                      << tr("Server pid:       %1").arg(info.pid) << '\n'
                      << tr("Created:          %1").arg(info.created.toString(Qt::ISODateWithMs)) << '\n';
}
