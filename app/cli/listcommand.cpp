#include "app/cli/listcommand.h"

#include "app/cli/clisupport.h"
#include "core/slots/mailslotregistry.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>

QString ListCommand::description() const
{
    return tr("Lists every mailslot of this user, with its figures (GetMailslotInfo), server pid and creation time.");
}

QList<QCommandLineOption> ListCommand::options() const
{
    return {{QStringLiteral("json"), tr("Print a JSON array.")}};
}

int ListCommand::run(const QCommandLineParser &parser)
{
    if (!parser.positionalArguments().isEmpty())
        return usageError(tr("list takes no arguments"));
    MailslotRegistry registry;
    MailslotError error;
    const QList<MailslotInfo> infos = registry.listAll(&error);
    if (error) {
        CliSupport::reportError(name(), error);
        return Failure;
    }
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const MailslotInfo &info : infos)
            array.append(info.toJson());
        CliSupport::out() << QJsonDocument(array).toJson(QJsonDocument::Indented);
        return Success;
    }
    if (infos.isEmpty()) {
        CliSupport::err() << tr("No mailslots.") << Qt::endl;
        return Success;
    }
    printTable(infos);
    return Success;
}

void ListCommand::printTable(const QList<MailslotInfo> &infos)
{
    CliSupport::out() << QStringLiteral("%1 %2 %3 %4 %5 %6  %7")
                             .arg(tr("MESSAGES"), 8)
                             .arg(tr("NEXT"), 10)
                             .arg(tr("MAX"), 10)
                             .arg(tr("TIMEOUT"), 10)
                             .arg(tr("PID"), 8)
                             .arg(tr("CREATED"), -24)
                             .arg(tr("NAME"))
                      << '\n';
    for (const MailslotInfo &info : infos) {
        CliSupport::out() << QStringLiteral("%1 %2 %3 %4 %5 %6  %7")
                                 .arg(info.messageCount, 8)
                                 .arg(CliSupport::formatNext(info.nextSize), 10)
                                 .arg(info.maxMessageSize ? QString::number(info.maxMessageSize) : tr("any"), 10)
                                 .arg(CliSupport::formatTimeout(info.readTimeout), 10)
                                 .arg(info.pid, 8)
                                 .arg(info.created.toString(Qt::ISODateWithMs), -24)
                                 .arg(info.name)
                          << '\n';
        if (info.error) // listed, but its figures could not be read: say why
            CliSupport::out() << QStringLiteral("%1 %2").arg(QString(), 8).arg(tr("no figures: %1").arg(info.error.toString()))
                              << '\n';
    }
}
