// `mailslot list`: every mailslot of this user, with its figures (a table, or --json).
#pragma once

#include "app/cli/clicommand.h"
#include "core/slots/mailslotinfo.h"

#include <QCoreApplication>

class ListCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(ListCommand)

public:
    QString name() const override { return QStringLiteral("list"); }
    QString description() const override;
    QList<QCommandLineOption> options() const override;
    int run(const QCommandLineParser &parser) override;

private:
    static void printTable(const QList<MailslotInfo> &infos);
};
