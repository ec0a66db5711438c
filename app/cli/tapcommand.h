// `mailslot tap NAME|PATTERN`: watches a slot served by any process of this user (or every slot
// that matches a pattern, also those that appear later) and prints a copy of each message written
// to it, with the writer's pid, until Ctrl+C (or --count messages); --write streams them into a
// pcapng file as they arrive (a valid file at every batch's end), --journal into the systemd
// journal (StreamOutput, rate-limited).
#pragma once

#include "app/cli/clicommand.h"
#include "core/formats/pcapngrowwriter.h"
#include "core/stream/streamrow.h"

#include <QCoreApplication>
#include <QFile>

#include <memory>

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
    // Opens --write's file (or standard output for '-') and writes the pcapng header; false
    // (said on standard error) on failure.
    bool openCapture();
    // Writes rows to the capture and flushes them; false (said) on failure.
    bool writeCapture(const StreamRowList &rows);
    // Says on standard error how many copies each slot's tap did not get.
    static void reportMissed(const TapSource *source);

    qint64 m_count = -1; // messages still to print; -1: no limit
    bool m_json = false;
    QString m_writePath;
    bool m_journal = false;
    QFile m_captureFile; // --write
    std::unique_ptr<PcapngRowWriter> m_capture;
    int m_exitCode = Success;
};
