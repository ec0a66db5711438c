#include "app/cli/remotecommand.h"

#include "app/cli/clisupport.h"
#include "app/cli/servecommand.h"
#include "core/formats/rowjson.h"
#include "core/platform/win32error.h"
#include "core/stream/streamhub.h"
#include "core/system/signalwatcher.h"

#include <QCommandLineParser>
#include <QJsonObject>
#include <QTextStream>

using namespace mailslot::platform;

QString RemoteCommand::description() const
{
    return tr("Runs a mailslot command on another host through your own ssh (your keys, agent and ~/.ssh/config) "
              "and prints what it sees, each row with its host, until Ctrl+C; reconnects when the connection is "
              "lost.");
}

QList<CliCommand::Argument> RemoteCommand::arguments() const
{
    return {
        {tr("host"), tr("[user@]host"), tr("The host, as ssh takes it.")},
        {tr("command"), tr("-- command..."), tr("The mailslot command to run there, e.g. -- bridge, or -- serve demo.")},
    };
}

QList<QCommandLineOption> RemoteCommand::options() const
{
    return {
        {QStringLiteral("ssh"), tr("The ssh program to run (default: ssh)."), tr("program"), QStringLiteral("ssh")},
        {QStringLiteral("json"), tr("Print one JSON object per row, with its host.")},
        {QStringLiteral("count"), tr("Exit after N rows."), tr("N")},
    };
}

QString RemoteCommand::readOptions(const QCommandLineParser &parser, RemoteSource::Options *options)
{
    const QStringList positional = parser.positionalArguments();
    if (positional.size() < 2)
        return tr("remote takes a host and a mailslot command: mailslot remote HOST -- bridge");
    if (positional.first().isEmpty() || positional.first().startsWith(QLatin1Char('-')))
        return tr("'%1' is not a host").arg(positional.first());
    QString problem;
    const auto count = CliSupport::readCount(parser, &problem);
    if (!count)
        return problem;
    m_count = *count;
    m_json = parser.isSet(QStringLiteral("json"));
    options->target = positional.first();
    options->command = positional.mid(1);
    options->sshProgram = parser.value(QStringLiteral("ssh"));
    return {};
}

int RemoteCommand::run(const QCommandLineParser &parser)
{
    RemoteSource::Options options;
    if (const QString problem = readOptions(parser, &options); !problem.isEmpty())
        return usageError(problem);
    SignalWatcher watcher;
    QObject::connect(&watcher, &SignalWatcher::signalled, qApp, [] { QCoreApplication::exit(Success); });
    StreamHub hub;
    auto *source = new RemoteSource(options);
    hub.addSource(source);
    QObject::connect(&hub, &StreamHub::rowsArrived, qApp, [this](const StreamRowList &rows) { printRows(rows); });
    QObject::connect(source, &RemoteSource::remoteStateChanged, qApp,
                     [this, source](RemoteSource::RemoteState state) { showState(*source, state); });
    source->start();
    const int loop = QCoreApplication::exec();
    source->stop();
    CliSupport::out().flush();
    if (source->badLines() > 0)
        CliSupport::err() << tr("mailslot: %1: %n line(s) were not rows of the stream format (the latest: %2)", nullptr,
                                int(source->badLines()))
                                 .arg(source->host(), source->lastBadLine())
                          << Qt::endl;
    return loop != Success ? loop : m_exitCode;
}

void RemoteCommand::showState(const RemoteSource &source, RemoteSource::RemoteState state)
{
    const QString host = source.host();
    switch (state) {
    case RemoteSource::RemoteState::Connecting:
        break;
    case RemoteSource::RemoteState::Live:
        m_wasLive = true;
        CliSupport::err() << tr("mailslot: %1: live (%2)").arg(host, source.name()) << Qt::endl;
        break;
    case RemoteSource::RemoteState::Lost:
        if (!m_wasLive && SshDiagnosis::needsUser(source.lossCause())) {
            // Trying again cannot help until the user changes something: say why and stop.
            CliSupport::reportFailure(host, source.lossText(), kErrorBadNetpath);
            m_exitCode = Failure;
            QCoreApplication::exit(Failure);
            break;
        }
        CliSupport::err() << tr("mailslot: %1: lost: %2").arg(host, source.lossText()) << Qt::endl;
        break;
    case RemoteSource::RemoteState::Reconnecting:
        if (m_exitCode == Failure)
            break;
        CliSupport::err() << tr("mailslot: %1: reconnecting in %n second(s)", nullptr, (source.retryDelayMs() + 999) / 1000)
                                 .arg(host)
                          << Qt::endl;
        break;
    case RemoteSource::RemoteState::Finished:
        CliSupport::err() << tr("mailslot: %1: the remote command ended").arg(host) << Qt::endl;
        QCoreApplication::exit(Success);
        break;
    }
}

void RemoteCommand::printRows(const StreamRowList &rows)
{
    for (const StreamRow &row : rows) {
        if (m_count == 0)
            break;
        if (m_json) {
            QJsonObject object = RowJson::object(row);
            object.insert(QStringLiteral("host"), row.host());
            CliSupport::out() << CliSupport::jsonLine(object) << '\n';
        } else {
            const QString line = row.datagram ? row.datagram->toText() : ServeCommand::textLine(row);
            CliSupport::out() << row.host() << QStringLiteral(": ") << line << '\n';
        }
        if (m_count > 0 && --m_count == 0)
            QCoreApplication::exit(Success);
    }
    CliSupport::out().flush();
}
