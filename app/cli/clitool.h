// The `mailslot` command-line tool: serve, send, list, info, bridge, decode. The same core as the monitor.
// The network commands are in CliNetworkCommands, the shared pieces in CliSupport.
// Exit codes: 0 success, 1 a failed operation, 2 a usage error.
#pragma once

#include "core/slots/mailsloterror.h"

#include <QCoreApplication>
#include <QStringList>

class QCommandLineParser;
class QTextStream;

class CliTool
{
    Q_DECLARE_TR_FUNCTIONS(CliTool)

public:
    enum ExitCode { Success = 0, Failure = 1, UsageError = 2 };

    explicit CliTool(QStringList arguments);
    int run();

private:
    int runServe(QCommandLineParser &parser);
    int runSend(QCommandLineParser &parser);
    int runList(QCommandLineParser &parser);
    int runInfo(QCommandLineParser &parser);

    static QString generalHelp();

    QStringList m_arguments;
};
