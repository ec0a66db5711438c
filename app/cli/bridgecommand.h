// `mailslot bridge`: listens on UDP 138 (beside nmbd), delivers mailslot messages from the
// network into the local slots of the same name, and prints each datagram, until Ctrl+C (or
// --count datagrams).
#pragma once

#include "app/cli/clicommand.h"
#include "core/netio/networkbridge.h"
#include "core/stream/streamrow.h"

#include <QCoreApplication>

class BridgeSource;
class StreamHub;

class BridgeCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(BridgeCommand)

public:
    QString name() const override { return QStringLiteral("bridge"); }
    QString description() const override;
    QList<QCommandLineOption> options() const override;
    int run(const QCommandLineParser &parser) override;

private:
    // The bridge's options, --count and --json; the usage error, or an empty string.
    QString readOptions(const QCommandLineParser &parser, NetworkBridge::Options *options);
    // The bridge says in words why it could not start; the Win32 code of the error line.
    static quint32 startErrorCode(const NetworkBridge::Options &options);
    // "every interface", or "interface lo".
    static QString interfacesText(const QStringList &interfaces);
    // Runs the started bridge until a signal or --count datagrams; the exit status.
    int serve(StreamHub &hub, BridgeSource &bridge, const NetworkBridge::Options &options);
    // Prints each datagram that arrives (one line, or one JSON object); stops after --count.
    void printDatagrams(const StreamRowList &rows);

    qint64 m_count = -1; // datagrams still to print; -1: no limit
    bool m_json = false;
    bool m_header = false; // --header: the stream format's header line first
    bool m_journal = false; // --journal: each row into the systemd journal too
};
