#include "app/cli/streamoutput.h"

#include "app/cli/clicommand.h"
#include "app/cli/clisupport.h"
#include "core/formats/rowjournal.h"
#include "core/platform/win32error.h"
#include "core/remote/streamformat.h"
#include "core/stream/streamhub.h"
#include "core/system/outputwatcher.h"

#include <QCommandLineParser>
#include <QTextStream>

#include <cstdio>

QCommandLineOption StreamOutput::headerOption()
{
    return {QStringLiteral("header"),
            tr("With --json: start with the stream format's header line (STREAM-FORMAT.md), as 'mailslot remote' "
               "reads it, and stop when the reader goes away.")};
}

bool StreamOutput::readHeader(const QCommandLineParser &parser, QString *problem)
{
    if (!parser.isSet(QStringLiteral("header")))
        return false;
    if (!parser.isSet(QStringLiteral("json")))
        *problem = tr("--header needs --json: the header starts a stream of JSON lines");
    return true;
}

void StreamOutput::begin(QObject *parent)
{
    const QByteArray header = StreamFormat::headerLine(StreamFormat::localHeader(QCoreApplication::arguments().mid(1)));
    CliSupport::writeOut(header + '\n');
    std::fflush(stdout);
    auto *watcher = new OutputWatcher(1, parent);
    QObject::connect(watcher, &OutputWatcher::readerGone, parent,
                     [] { QCoreApplication::exit(CliCommand::Success); });
}

QCommandLineOption StreamOutput::journalOption()
{
    return {QStringLiteral("journal"),
            tr("Also write each row to the systemd journal as a structured entry (MAILSLOT_SLOT=...; at most "
               "%1 a second, the rest counted and reported there).")
                .arg(RowJournal::Options().rate)};
}

RowJournal *StreamOutput::startJournal(StreamHub *hub, QObject *parent, QString *problem)
{
    RowJournal::Options options;
    options.socketPath = qEnvironmentVariable("MAILSLOT_JOURNAL_SOCKET", options.socketPath);
    auto *journal = new RowJournal(options, parent);
    if (!journal->isOpen()) {
        *problem = journal->error();
        delete journal;
        return nullptr;
    }
    QObject::connect(hub, &StreamHub::rowsArrived, journal, &RowJournal::write);
    return journal;
}

bool StreamOutput::start(StreamHub *hub, QObject *parent, bool header, bool journal)
{
    QString problem;
    if (journal && !startJournal(hub, parent, &problem)) {
        CliSupport::reportFailure(QStringLiteral("journal"), problem, mailslot::platform::kErrorPathNotFound);
        return false;
    }
    if (header)
        begin(parent);
    return true;
}
