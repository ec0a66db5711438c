#include "app/cli/servecommand.h"

#include "core/formats/rowjson.h"
#include "core/stream/slotsource.h"
#include "core/stream/streamhub.h"

#include "app/cli/clisupport.h"
#include "app/cli/streamoutput.h"
#include "core/platform/win32error.h"
#include "core/slots/mailslotregistry.h"
#include "core/system/signalwatcher.h"
#include "core/text/payloadtext.h"

#include <QCommandLineParser>
#include <QTextStream>

#include <csignal>

using namespace mailslot::platform;

QString ServeCommand::description() const
{
    return tr("Creates a mailslot and prints each message that arrives, until Ctrl+C.");
}

QList<CliCommand::Argument> ServeCommand::arguments() const
{
    return {{tr("name"), tr("name"), tr("The mailslot to create, e.g. \\\\.\\mailslot\\demo.")}};
}

QList<QCommandLineOption> ServeCommand::options() const
{
    return {
        {QStringLiteral("max-size"), tr("Largest message the slot accepts, in bytes (0 = any)."), tr("bytes"),
         QStringLiteral("0")},
        {QStringLiteral("timeout"), tr("The slot's read timeout in ms (0, N, or 'forever')."), tr("ms"),
         QStringLiteral("0")},
        {QStringLiteral("queue-size"), tr("Byte cap of the slot's queue (default 64 MiB)."), tr("bytes")},
        {QStringLiteral("json"), tr("Print one JSON object per message.")},
        {QStringLiteral("count"), tr("Exit after N messages."), tr("N")},
        {QStringLiteral("hold"), tr("Create the slot but never read it: messages stay queued.")},
        StreamOutput::headerOption(),
        StreamOutput::journalOption(),
    };
}

QString ServeCommand::readOptions(const QCommandLineParser &parser, MailslotServer::Options *options)
{
    QString problem;
    const auto maxSize = CliSupport::readNumber(
        parser, {QStringLiteral("max-size"), 0, 0xFFFFFFFFull, false, tr("--max-size: '%1' is not a size in bytes")},
        &problem);
    const auto timeout = maxSize ? CliSupport::readTimeout(parser, &problem) : std::nullopt;
    if (!timeout)
        return problem;
    options->slot.maxMessageSize = quint32(*maxSize);
    options->slot.readTimeout = *timeout;
    if (parser.isSet(QStringLiteral("queue-size"))) {
        const QString invalid = tr("--queue-size: '%1' is not a size between %2 and %3 bytes")
                                    .arg(QStringLiteral("%1"), QString::number(kMinQueueCapacity),
                                         QString::number(kMaxQueueCapacity));
        const auto queue = CliSupport::readNumber(
            parser, {QStringLiteral("queue-size"), kMinQueueCapacity, kMaxQueueCapacity, false, invalid}, &problem);
        if (!queue)
            return problem;
        options->slot.queueCapacity = *queue;
    }
    const auto count = CliSupport::readCount(parser, &problem);
    if (!count)
        return problem;
    m_count = *count;
    options->hold = parser.isSet(QStringLiteral("hold"));
    // This thread only prints: it reads the slot itself, one thread wake-up per message, not two.
    options->readInThisThread = true;
    if (options->hold && m_count > 0)
        return tr("--count cannot be used with --hold: a held slot is never read");
    m_json = parser.isSet(QStringLiteral("json"));
    m_header = StreamOutput::readHeader(parser, &problem);
    m_journal = parser.isSet(QStringLiteral("journal"));
    return problem;
}

int ServeCommand::run(const QCommandLineParser &parser)
{
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return usageError(tr("serve takes exactly one mailslot name"));
    MailslotServer::Options options;
    if (const QString problem = readOptions(parser, &options); !problem.isEmpty())
        return usageError(problem);

#ifdef SIGPIPE
    // A reader that goes away (`mailslot serve x | head`) is then noticed as a failed write, so
    // that the slot is closed properly instead of the process dying by the signal.
    std::signal(SIGPIPE, SIG_IGN);
#endif
    MailslotRegistry registry;
    MailslotError error;
    MailslotServer *server = registry.createSlot(positional.first(), options, &error);
    if (!server) {
        CliSupport::reportError(CliSupport::slotSubject(positional.first()), error);
        return Failure;
    }
    const int status = serve(&registry, server, options.hold);
    registry.closeAll();
    CliSupport::out().flush();
    return status;
}

int ServeCommand::serve(MailslotRegistry *registry, MailslotServer *server, bool hold)
{
    SignalWatcher watcher;
    QObject::connect(&watcher, &SignalWatcher::signalled, qApp, [] { QCoreApplication::exit(Success); });
    // The rows come through the stream's hub, numbered in arrival order (as in the monitor).
    StreamHub hub;
    hub.addSource(new SlotSource(registry, hub.ledger()));
    QObject::connect(&hub, &StreamHub::rowsArrived, qApp, [this](const StreamRowList &rows) { printMessages(rows); });
    QObject::connect(server, &MailslotServer::errorOccurred, qApp, [this, server](const MailslotError &e) {
        CliSupport::reportError(server->name(), e);
        m_exitCode = Failure;
        QCoreApplication::exit(Failure);
    });
    if (!StreamOutput::start(&hub, &watcher, m_header, m_journal))
        return Failure;
    if (!m_header) // the header takes the place of the line on standard error
        CliSupport::err() << tr("mailslot: serving %1%2 (Ctrl+C to stop)")
                                 .arg(server->name(), hold ? tr(", holding messages") : QString())
                          << Qt::endl;
    const int loop = QCoreApplication::exec();
    return loop != Success ? loop : m_exitCode;
}

QString ServeCommand::textLine(const StreamRow &m)
{
    return QStringLiteral("%1 #%2 %3 (%4): %5")
        .arg(m.time().toString(Qt::ISODateWithMs), QString::number(m.sequence), m.slot,
             CliSupport::formatBytes(quint64(m.payload.size())), PayloadText::preview(m.payload));
}

void ServeCommand::printMessages(const StreamRowList &rows)
{
    m_lines.clear();
    for (const StreamRow &m : rows) {
        if (m_count == 0)
            break;
        if (m_json)
            CliSupport::out() << CliSupport::jsonLine(RowJson::object(m)) << '\n';
        else
            m_textLines.append(m, m_lines); // textLine(m), fast
        if (m_count > 0 && --m_count == 0)
            QCoreApplication::exit(Success);
    }
    if (m_lines.size() > 0)
        CliSupport::writeOut(m_lines.view());
    if (CliSupport::stopWhenOutputGone()) {
        // The reader went away (`mailslot serve x | head`): close the slot and stop.
        m_exitCode = Failure;
        m_count = 0;
    }
}
