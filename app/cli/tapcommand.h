// `mailslot tap NAME|PATTERN`: watches a slot served by any process of this user (or every slot
// that matches a pattern, also those that appear later) and prints a copy of each message written
// to it, with the writer's pid, until Ctrl+C (or --count messages); --write keeps them as pcapng.
#pragma once

#include "app/cli/clicommand.h"
#include "core/stream/streamrow.h"

#include <QCoreApplication>

class TapSource;

class TapCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(TapCommand)

public:
    QString name() const override { return QStringLiteral("tap"); }
    QString description() const override;
    QList<Argument> arguments() const override;
    QList<QCommandLineOption> options() const override;
    int run(const QCommandLineParser &parser) override;

private:
    // Watches until a signal, --count messages, or a failure; the exit status.
    int watch(TapSource *source);
    void printMessages(const StreamRowList &rows);
    static QString textLine(const StreamRow &row);
    // Writes the kept rows to --write's file (or standard output for '-'); false on failure.
    bool writeCapture();
    // Says on standard error how many copies each slot's tap did not get.
    static void reportMissed(const TapSource *source);

    qint64 m_count = -1; // messages still to print; -1: no limit
    bool m_json = false;
    QString m_writePath;
    StreamRowList m_kept; // for --write
    int m_exitCode = Success;
};
