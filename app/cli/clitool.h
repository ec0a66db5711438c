// The `mailslot` command-line tool: serve, send, list, info, bridge, decode (one CliCommand
// each), on the same core as the monitor. This is the dispatcher: the general help and version,
// finding the command, parsing its options and answering its --help.
// Exit codes: 0 success, 1 a failed operation, 2 a usage error.
#pragma once

#include "app/cli/clicommand.h"

#include <QCoreApplication>
#include <QStringList>

#include <memory>
#include <vector>

class QCommandLineParser;

class CliTool
{
    Q_DECLARE_TR_FUNCTIONS(CliTool)

public:
    explicit CliTool(QStringList arguments);
    ~CliTool();
    int run();

private:
    static QString generalHelp();
    CliCommand *findCommand(const QString &name) const;
    int runCommand(CliCommand &command, const QStringList &arguments) const;
    // "unknown option --frob", with the dashes as typed; empty when no option was unknown.
    static QString unknownOptions(const QCommandLineParser &parser, const QStringList &arguments);

    QStringList m_arguments;
    std::vector<std::unique_ptr<CliCommand>> m_commands;
};
