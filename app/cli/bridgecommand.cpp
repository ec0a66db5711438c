#include "app/cli/bridgecommand.h"

#include "app/cli/clisupport.h"
#include "app/cli/streamoutput.h"
#include "core/stream/bridgesource.h"
#include "core/stream/streamhub.h"
#include "core/platform/win32error.h"
#include "core/system/signalwatcher.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QNetworkInterface>
#include <QTextStream>
#include <QUdpSocket>

#include <cstdio>

using namespace mailslot::platform;

QString BridgeCommand::description() const
{
    return tr("Receives mailslot messages from the network (UDP 138, beside nmbd), delivers them into the local "
              "slots of the same name and prints each datagram, until Ctrl+C.");
}

QList<QCommandLineOption> BridgeCommand::options() const
{
    return CliSupport::identityOptions() + QList<QCommandLineOption>{
        {QStringLiteral("bind"), tr("The local address to listen on (default: every address)."), tr("address")},
        {QStringLiteral("json"), tr("Print one JSON object per datagram.")},
        {QStringLiteral("dedup"), tr("Suppress duplicates (same source, datagram id and payload within 2 s).")},
        {QStringLiteral("count"), tr("Exit after N datagrams."), tr("N")},
        {QStringLiteral("write"), tr("Also write what arrives to this pcapng file."), tr("file")},
        {QStringLiteral("observe"), tr("Only observe: deliver nothing into local slots.")},
        CliSupport::codePageOption(),
        StreamOutput::headerOption(),
        StreamOutput::journalOption(),
    };
}

QString BridgeCommand::readOptions(const QCommandLineParser &parser, NetworkBridge::Options *options)
{
    QString problem;
    if (!CliSupport::readIdentity(parser, &options->identity, &problem))
        return problem;
    const auto port = CliSupport::readPort(parser, &problem);
    const auto codePage = port ? CliSupport::readCodePage(parser, &problem) : std::nullopt;
    const auto count = codePage ? CliSupport::readCount(parser, &problem) : std::nullopt;
    if (!count)
        return problem;
    if (parser.isSet(QStringLiteral("bind"))) {
        options->bindAddress = QHostAddress(parser.value(QStringLiteral("bind")));
        if (options->bindAddress.protocol() != QAbstractSocket::IPv4Protocol)
            return tr("--bind: '%1' is not an IPv4 address").arg(parser.value(QStringLiteral("bind")));
    }
    options->port = *port;
    options->codePage = *codePage;
    options->interfaces = parser.values(QStringLiteral("interface"));
    options->deduplicate = parser.isSet(QStringLiteral("dedup"));
    options->deliver = !parser.isSet(QStringLiteral("observe"));
    options->captureFile = parser.value(QStringLiteral("write"));
    m_count = *count;
    m_json = parser.isSet(QStringLiteral("json"));
    m_header = StreamOutput::readHeader(parser, &problem);
    m_journal = parser.isSet(QStringLiteral("journal"));
    return problem;
}

quint32 BridgeCommand::startErrorCode(const NetworkBridge::Options &options)
{
    // What the bridge does before it listens: find the interfaces, open the capture file.
    for (const QString &name : options.interfaces) {
        if (!QNetworkInterface::interfaceFromName(name).isValid())
            return kErrorBadNetpath; // as `send --interface` says
    }
    const QFileInfo capture(options.captureFile);
    if (!options.captureFile.isEmpty() && !capture.isWritable())
        return QFileInfo(capture.absolutePath()).isDir() ? kErrorAccessDenied : kErrorPathNotFound;
    // Then it binds: the same bind again says why it failed.
    QUdpSocket probe;
    if (probe.bind(options.bindAddress, options.port, QUdpSocket::ShareAddress | QUdpSocket::ReuseAddressHint))
        return kErrorGenFailure;
    switch (probe.error()) {
    case QAbstractSocket::SocketAccessError:
        return kErrorAccessDenied;
    case QAbstractSocket::AddressInUseError:
        return kErrorAlreadyExists;
    case QAbstractSocket::SocketAddressNotAvailableError:
        return kErrorBadNetpath;
    default:
        return kErrorGenFailure;
    }
}

QString BridgeCommand::interfacesText(const QStringList &interfaces)
{
    if (interfaces.isEmpty())
        return tr("every interface");
    return tr("interface(s) %1", nullptr, int(interfaces.size())).arg(interfaces.join(QStringLiteral(", ")));
}

int BridgeCommand::run(const QCommandLineParser &parser)
{
    if (!parser.positionalArguments().isEmpty())
        return usageError(tr("bridge takes no arguments"));
    if (!BridgeSource::isAvailable()) {
        CliSupport::reportFailure(name(), BridgeSource::unavailableText(), kErrorNotSupported);
        return Failure;
    }
    NetworkBridge::Options options;
    if (const QString problem = readOptions(parser, &options); !problem.isEmpty())
        return usageError(problem);
    // The datagrams come through the stream's hub, as in the monitor (no slot is served here, so
    // there are no local copies of deliveries to merge: no ledger).
    StreamHub hub;
    auto *bridge = new BridgeSource(nullptr);
    hub.addSource(bridge);
    if (QString problem; !bridge->start(options, &problem)) {
        CliSupport::reportFailure(name(), problem, startErrorCode(options));
        return Failure;
    }
    return serve(hub, *bridge, options);
}

int BridgeCommand::serve(StreamHub &hub, BridgeSource &bridge, const NetworkBridge::Options &options)
{
    SignalWatcher watcher;
    QObject::connect(&watcher, &SignalWatcher::signalled, qApp, [] { QCoreApplication::exit(Success); });
    QObject::connect(&hub, &StreamHub::rowsArrived, qApp, [this](const StreamRowList &rows) { printDatagrams(rows); });
    QObject::connect(&bridge, &BridgeSource::errorOccurred, qApp, [this](const QString &message) {
        CliSupport::reportFailure(name(), message, kErrorGenFailure);
    });
    const NetworkIdentity identity = bridge.identity();
    if (!StreamOutput::start(&hub, &watcher, m_header, m_journal))
        return Failure;
    if (!m_header) // the header takes the place of the line on standard error
        CliSupport::err() << tr("mailslot: bridge listening on UDP %1 port %2 on %3 as %4 in workgroup %5 (Ctrl+C "
                                "to stop)")
                                 .arg(options.bindAddress.toString())
                                 .arg(bridge.localPort())
                                 .arg(interfacesText(options.interfaces), identity.netbiosName(), identity.workgroup())
                          << Qt::endl;
    const int loop = QCoreApplication::exec();
    bridge.stop();
    CliSupport::out().flush();
    CliSupport::err() << QStringLiteral("mailslot: %1").arg(bridge.bridgeCounters().toText()) << Qt::endl;
    return loop;
}

void BridgeCommand::printDatagrams(const StreamRowList &rows)
{
    mailslot::wire::JsonLineWriter lines;
    for (const StreamRow &row : rows) {
        if (m_count == 0)
            break;
        CliSupport::appendLine(lines, *row.datagram, m_json);
        if (m_count > 0 && --m_count == 0)
            QCoreApplication::exit(Success);
    }
    CliSupport::writeOut(lines.view());
    std::fflush(stdout);
}
