// `mailslot serve NAME`: creates a mailslot and prints each message that arrives, until Ctrl+C
// (or --count messages); --hold creates it but never reads it.
#pragma once

#include "app/cli/clicommand.h"
#include "app/cli/servelines.h"
#include "core/slots/mailslotserver.h"

class MailslotRegistry;
#include "core/stream/streamrow.h"

#include <QCoreApplication>

class ServeCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(ServeCommand)

public:
    QString name() const override { return QStringLiteral("serve"); }
    QString description() const override;
    QList<Argument> arguments() const override;
    QList<QCommandLineOption> options() const override;
    int run(const QCommandLineParser &parser) override;

    // One message as serve prints it: "time #seq slot (size): preview".
    static QString textLine(const StreamRow &row);

private:
    // The slot's options, --count and --json; the usage error, or an empty string.
    QString readOptions(const QCommandLineParser &parser, MailslotServer::Options *options);
    // Serves until a signal, --count messages, or a failure; the exit status.
    int serve(MailslotRegistry *registry, MailslotServer *server, bool hold);
    // Prints each message that arrives (one line, or one JSON object); stops after --count, or
    // when the reader of standard output has gone.
    void printMessages(const StreamRowList &rows);

    qint64 m_count = -1; // messages still to print; -1: no limit
    bool m_json = false;
    bool m_header = false; // --header: the stream format's header line first
    bool m_journal = false; // --journal: each row into the systemd journal too
    int m_exitCode = Success;
    ServeLines m_textLines;
    mailslot::wire::JsonLineWriter m_lines; // a batch's text lines
};
