// The `mailslot` command-line tool: serve, send, list, info, bridge, decode. The same core as the monitor.
// Exit codes: 0 success, 1 a failed operation, 2 a usage error.
#pragma once

#include "mailsloterror.h"

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
    int runBridge(QCommandLineParser &parser);
    int runDecode(QCommandLineParser &parser);
    // Sends to \\*\..., \\DOMAIN\... or \\HOST\... (the network options of `send`).
    int sendNetwork(QCommandLineParser &parser, const QString &target, const QByteArray &payload, quint64 repeat);

    // "mailslot: <subject>: <message> (<ERROR_NAME>)" on stderr.
    static void reportError(const QString &subject, const MailslotError &error);
    static void reportUsage(const QString &message);
    static QString generalHelp();

    QStringList m_arguments;
};
