// The help of the `mailslot` tool's commands, in the tool's own words (and so in its own
// translations): the usage line, the description, the options and the arguments, laid out as
// QCommandLineParser would, for a terminal 80 columns wide.
#pragma once

#include "app/cli/clicommand.h"

#include <QCommandLineOption>
#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>

class CliHelp
{
    Q_DECLARE_TR_FUNCTIONS(CliHelp)

public:
    // "Usage: <synopsis>": the first line of every help, and the one line of a bare `mailslot`.
    static QString usage(const QString &synopsis);
    // -h, --help: the one option every command has.
    static QCommandLineOption helpOption();
    // A command's --help: "Usage: mailslot <command> [options] <arguments>", its description, its
    // options (--help first) and its arguments.
    static QString commandHelp(const CliCommand &command);

private:
    // Two columns, the second wrapped: "  name   description" (names nameWidth wide).
    static QString table(const QList<QPair<QString, QString>> &rows, qsizetype nameWidth);
    static QString optionSyntax(const QCommandLineOption &option);
};
