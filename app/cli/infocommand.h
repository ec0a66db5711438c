// `mailslot info NAME`: one mailslot's figures, as GetMailslotInfo gives them, plus its queue,
// server pid and creation time (text, or --json).
#pragma once

#include "app/cli/clicommand.h"
#include "core/slots/mailslotinfo.h"

#include <QCoreApplication>

class InfoCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(InfoCommand)

public:
    QString name() const override { return QStringLiteral("info"); }
    QString description() const override;
    QList<Argument> arguments() const override;
    QList<QCommandLineOption> options() const override;
    int run(const QCommandLineParser &parser) override;

private:
    static void printText(const MailslotInfo &info);
};
