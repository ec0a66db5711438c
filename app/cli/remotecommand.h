// `mailslot remote [user@]host -- <command...>`: runs a mailslot command on another host through
// the user's own ssh (RemoteSource) and prints its rows as the command would here (a text line,
// or a JSON object with --json), each with its host; reconnects with backoff when the
// connection is lost, until Ctrl+C.
#pragma once

#include "app/cli/clicommand.h"
#include "core/remote/remotesource.h"

#include <QCoreApplication>

class RemoteCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(RemoteCommand)

public:
    QString name() const override { return QStringLiteral("remote"); }
    QString description() const override;
    QList<Argument> arguments() const override;
    QList<QCommandLineOption> options() const override;
    int run(const QCommandLineParser &parser) override;

private:
    // --ssh, --json, --count and the positional words; the usage error, or an empty string.
    QString readOptions(const QCommandLineParser &parser, RemoteSource::Options *options);
    void printRows(const StreamRowList &rows);
    // Says what the source does now on standard error; ends the run when retrying cannot help.
    void showState(const RemoteSource &source, RemoteSource::RemoteState state);

    qint64 m_count = -1; // rows still to print; -1: no limit
    bool m_json = false;
    bool m_wasLive = false;
    int m_exitCode = Success;
};
