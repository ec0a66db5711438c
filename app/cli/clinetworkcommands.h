// The network commands of the `mailslot` tool: sending to other computers (`send` with a
// \\*, \\DOMAIN or \\HOST target), `bridge` and `decode`. Its messages are in the tool's
// translation context (CliTool).
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

class NetworkIdentity;
class QCommandLineParser;

class CliNetworkCommands
{
    Q_DECLARE_TR_FUNCTIONS(CliTool)

public:
    // Sends to \\*\..., \\DOMAIN\... or \\HOST\... (the network options of `send`).
    static int send(QCommandLineParser &parser, const QString &target, const QByteArray &payload, quint64 repeat);
    static int bridge(QCommandLineParser &parser);
    static int decode(QCommandLineParser &parser);

private:
    // --name, --workgroup and --port; false after reporting a usage error.
    static bool readWhoAndWhere(const QCommandLineParser &parser, NetworkIdentity *identity, quint16 *port);
};
