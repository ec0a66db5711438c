#include "app/cli/tapcommand.h"

#include "app/cli/clisupport.h"
#include "app/cli/streamoutput.h"
#include "core/formats/rowjson.h"
#include "core/platform/win32error.h"
#include "core/stream/streamhub.h"
#include "core/stream/tapsource.h"
#include "core/system/signalwatcher.h"
#include "core/text/payloadtext.h"

#include <QCommandLineParser>
#include <QTextStream>

#include <cstdio>

#include <csignal>

using namespace mailslot::platform;

QString TapCommand::description() const
{
    return tr("Watches a mailslot served by any process of this user and prints a copy of each message written "
              "to it, with the writer's pid, until Ctrl+C. The slot's reader still gets every message.");
}

QList<CliCommand::Argument> TapCommand::arguments() const
{
    return {{tr("name"), tr("name|pattern"),
             tr("The mailslot to watch, or a pattern such as \\\\.\\mailslot\\app\\* ('*' any characters, "
                "'?' one). A slot that is not there yet is watched from when it appears.")}};
}

QList<QCommandLineOption> TapCommand::options() const
{
    return {
        {QStringLiteral("json"), tr("Print one JSON object per message.")},
        {QStringLiteral("count"), tr("Exit after N messages."), tr("N")},
        {QStringLiteral("write"),
         tr("Also write the messages to this pcapng file as they arrive ('-': standard output)."), tr("file")},
        StreamOutput::headerOption(),
        StreamOutput::journalOption(),
    };
}

int TapCommand::run(const QCommandLineParser &parser)
{
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return usageError(tr("tap takes exactly one mailslot name or pattern"));
    QString problem;
    const auto count = CliSupport::readCount(parser, &problem);
    if (!count)
        return usageError(problem);
    m_count = *count;
    m_json = parser.isSet(QStringLiteral("json"));
    m_writePath = parser.value(QStringLiteral("write"));
    m_journal = parser.isSet(QStringLiteral("journal"));
    const bool header = StreamOutput::readHeader(parser, &problem);
    if (!problem.isEmpty())
        return usageError(problem);
    if (m_writePath == QLatin1String("-") && m_json)
        return usageError(tr("--write - takes standard output: it cannot be used with --json"));
    MailslotError error;
    const SlotPattern pattern = SlotPattern::parse(positional.first(), &error);
    if (!pattern.isValid()) {
        CliSupport::reportError(CliSupport::slotSubject(positional.first()), error);
        return Failure;
    }
#ifdef SIGPIPE
    std::signal(SIGPIPE, SIG_IGN);
#endif
    if (!m_writePath.isEmpty() && !openCapture())
        return Failure;
    StreamHub hub;
    QObject outputs; // the journal's and the header's watcher's parent
    if (!StreamOutput::start(&hub, &outputs, header, m_journal))
        return Failure;
    auto *source = new TapSource(pattern);
    hub.addSource(source);
    QObject::connect(&hub, &StreamHub::rowsArrived, qApp, [this](const StreamRowList &rows) { printMessages(rows); });
    const int status = watch(source);
    reportMissed(source);
    CliSupport::out().flush();
    m_captureFile.close();
    return status;
}

int TapCommand::watch(TapSource *source)
{
    SignalWatcher watcher;
    QObject::connect(&watcher, &SignalWatcher::signalled, qApp, [] { QCoreApplication::exit(Success); });
    QObject::connect(source, &TapSource::errorOccurred, qApp, [this, source](const MailslotError &e) {
        CliSupport::reportError(source->pattern().canonical(), e);
        m_exitCode = Failure;
        QCoreApplication::exit(Failure);
    });
    QObject::connect(source, &TapSource::slotAttached, qApp, [](const QString &slot, qint64 pid) {
        CliSupport::err() << tr("mailslot: %1: watching (served by pid %2)").arg(slot).arg(pid) << Qt::endl;
    });
    QObject::connect(source, &TapSource::slotDetached, qApp, [](const QString &slot, quint64 missed) {
        CliSupport::err() << tr("mailslot: %1: closed by its server").arg(slot) << Qt::endl;
        if (missed > 0)
            CliSupport::err() << tr("mailslot: %1: %n message(s) not seen by this tap", nullptr, int(missed)).arg(slot)
                              << Qt::endl;
    });
    CliSupport::err() << tr("mailslot: watching %1 (Ctrl+C to stop)").arg(source->pattern().canonical()) << Qt::endl;
    const int loop = QCoreApplication::exec();
    return loop != Success ? loop : m_exitCode;
}

QString TapCommand::textLine(const StreamRow &row)
{
    QString line = QStringLiteral("%1 #%2 %3 (%4) pid %5")
                       .arg(row.time().toString(Qt::ISODateWithMs), QString::number(row.sequence), row.slot,
                            CliSupport::formatBytes(quint64(row.payload.size())),
                            QString::number(row.sender() ? row.sender()->pid : 0));
    if (const RowSender *sender = row.sender().get(); sender && sender->origin)
        line += tr(" from %1:%2 %3").arg(sender->origin->address).arg(sender->origin->port)
                    .arg(sender->origin->netbiosName);
    return line + QStringLiteral(": ") + PayloadText::preview(row.payload);
}

void TapCommand::printMessages(const StreamRowList &rows)
{
    StreamRowList taken;
    for (const StreamRow &row : rows) {
        if (m_count == 0)
            break;
        taken.append(row);
        if (m_writePath != QLatin1String("-"))
            CliSupport::out() << (m_json ? CliSupport::jsonLine(RowJson::object(row)) : textLine(row)) << '\n';
        if (m_count > 0 && --m_count == 0)
            QCoreApplication::exit(Success);
    }
    if (m_capture && !writeCapture(taken)) {
        m_exitCode = Failure;
        m_count = 0;
        QCoreApplication::exit(Failure);
        return;
    }
    if (CliSupport::stopWhenOutputGone()) {
        m_exitCode = Failure;
        m_count = 0;
    }
}

bool TapCommand::openCapture()
{
    const bool toOutput = m_writePath == QLatin1String("-");
    if (!toOutput)
        m_captureFile.setFileName(m_writePath);
    if (!(toOutput ? m_captureFile.open(stdout, QIODevice::WriteOnly) : m_captureFile.open(QIODevice::WriteOnly))) {
        CliSupport::reportFailure(m_writePath, m_captureFile.errorString(), kErrorPathNotFound);
        return false;
    }
    // Local messages as the NetBIOS datagrams Windows would send for them (CAPTURE-FORMAT.md).
    m_capture = std::make_unique<PcapngRowWriter>(&m_captureFile, NetworkIdentity{});
    return writeCapture({});
}

bool TapCommand::writeCapture(const StreamRowList &rows)
{
    // The header first, then whole frames, each batch flushed: the file is a valid capture after
    // every batch (for Ctrl+C, SIGTERM, or a reader of the file while tap still runs).
    bool ok = m_capture->writeHeader();
    for (qsizetype i = 0; ok && i < rows.size(); ++i)
        ok = m_capture->write(rows.at(i)) != PcapngRowWriter::Outcome::Failed;
    if (ok && m_captureFile.flush())
        return true;
    CliSupport::reportFailure(m_writePath, ok ? m_captureFile.errorString() : m_capture->errorString(),
                              kErrorGenFailure);
    return false;
}

void TapCommand::reportMissed(const TapSource *source)
{
    // The slots still watched (a slot that closed had its line when it did).
    for (const QString &slot : source->watchedSlots()) {
        if (const quint64 missed = source->missed(slot); missed > 0)
            CliSupport::err() << tr("mailslot: %1: %n message(s) not seen by this tap", nullptr, int(missed)).arg(slot)
                              << Qt::endl;
    }
}
