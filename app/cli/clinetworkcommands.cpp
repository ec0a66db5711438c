#include "app/cli/clinetworkcommands.h"

#include "app/cli/clisupport.h"
#include "app/cli/clitool.h"
#include "core/slots/mailslotname.h"
#include "core/slots/mailslotregistry.h"
#include "core/capture/capturedecoder.h"
#include "core/formats/datagramfields.h"
#include "core/netio/networkbridgecontroller.h"
#include "core/netio/networksender.h"
#include "core/wire/netbiosdatagram.h"
#include "core/system/signalwatcher.h"

#include <QCommandLineParser>
#include <QHostAddress>
#include <QTextStream>

#include <cstdio>

bool CliNetworkCommands::readWhoAndWhere(const QCommandLineParser &parser, NetworkIdentity *identity, quint16 *port)
{
    QString problem;
    if (!CliSupport::readIdentity(parser, identity, &problem)) {
        CliSupport::reportUsage(problem);
        return false;
    }
    const auto value = CliSupport::readPort(parser);
    if (!value)
        return false;
    *port = *value;
    return true;
}

int CliNetworkCommands::send(QCommandLineParser &parser, const QString &target, const QByteArray &payload, quint64 repeat)
{
    NetworkSender::Options options;
    quint16 port = 0;
    if (!readWhoAndWhere(parser, &options.identity, &port))
        return CliTool::UsageError;
    const auto priority = CliSupport::parseNumber(parser.value(QStringLiteral("priority")), 9, false);
    if (!priority) {
        CliSupport::reportUsage(tr("--priority: '%1' is not a number from 0 to 9").arg(parser.value(QStringLiteral("priority"))));
        return CliTool::UsageError;
    }
    options.port = port;
    options.priority = quint16(*priority);
    options.interfaces = parser.values(QStringLiteral("interface"));
    options.to = parser.value(QStringLiteral("to"));
    options.domain = parser.isSet(QStringLiteral("domain"));

    MailslotRegistry registry;
    registry.enableNetwork(options);
    NetworkSender::Report report;
    const MailslotError error = registry.sendNetwork(target, payload, repeat, &report);
    const QString canonical = MailslotName::parse(target).canonical();
    if (error) {
        CliSupport::reportError(canonical, error);
        return CliTool::Failure;
    }
    QStringList where;
    for (const NetworkSender::Destination &d : std::as_const(report.destinations))
        where.append(d.interfaceName.isEmpty() ? d.address.toString()
                                               : QStringLiteral("%1 (%2)").arg(d.address.toString(), d.interfaceName));
    CliSupport::err() << tr("mailslot: sent %n datagram(s)", nullptr, int(report.datagramsSent))
          << QLatin1Char(' ')
          << tr("as %1 to %2 at %3 port %4, from port %5")
                 .arg(mailslot::wire::NetbiosDatagram::messageTypeName(report.msgType),
                      report.destinationName.toDisplayString(), where.join(QStringLiteral(", ")))
                 .arg(options.port)
                 .arg(report.sourcePort)
          << Qt::endl;
    return CliTool::Success;
}

int CliNetworkCommands::bridge(QCommandLineParser &parser)
{
    if (!parser.positionalArguments().isEmpty()) {
        CliSupport::reportUsage(tr("bridge takes no arguments"));
        return CliTool::UsageError;
    }
    if (!NetworkBridgeController::isAvailable()) {
        CliSupport::err() << QStringLiteral("mailslot: %1").arg(NetworkBridgeController::unavailableText()) << Qt::endl;
        return CliTool::Failure;
    }
    NetworkBridge::Options options;
    if (!readWhoAndWhere(parser, &options.identity, &options.port))
        return CliTool::UsageError;
    QString problem;
    if (parser.isSet(QStringLiteral("bind"))) {
        options.bindAddress = QHostAddress(parser.value(QStringLiteral("bind")));
        if (options.bindAddress.protocol() != QAbstractSocket::IPv4Protocol) {
            CliSupport::reportUsage(tr("--bind: '%1' is not an IPv4 address").arg(parser.value(QStringLiteral("bind"))));
            return CliTool::UsageError;
        }
    }
    const auto codePage = CliSupport::readCodePage(parser);
    if (!codePage)
        return CliTool::UsageError;
    qint64 count = -1;
    if (parser.isSet(QStringLiteral("count"))) {
        const auto n = CliSupport::parseNumber(parser.value(QStringLiteral("count")), 0x7FFFFFFFFFFFull, false);
        if (!n || *n == 0) {
            CliSupport::reportUsage(tr("--count: '%1' is not a positive number").arg(parser.value(QStringLiteral("count"))));
            return CliTool::UsageError;
        }
        count = qint64(*n);
    }
    options.codePage = *codePage;
    options.interfaces = parser.values(QStringLiteral("interface"));
    options.deduplicate = parser.isSet(QStringLiteral("dedup"));
    options.deliver = !parser.isSet(QStringLiteral("observe"));
    options.captureFile = parser.value(QStringLiteral("write"));
    const bool json = parser.isSet(QStringLiteral("json"));

    NetworkBridgeController bridge;
    if (!bridge.start(options, &problem)) {
        CliSupport::err() << QStringLiteral("mailslot: %1").arg(problem) << Qt::endl;
        return CliTool::Failure;
    }
    SignalWatcher watcher;
    QObject::connect(&watcher, &SignalWatcher::signalled, qApp, [] { QCoreApplication::exit(CliTool::Success); });
    QObject::connect(&bridge, &NetworkBridgeController::datagramsObserved, qApp,
                     [&](const ObservedDatagramList &datagrams) {
                         mailslot::wire::JsonLineWriter lines;
                         for (const ObservedDatagram &d : datagrams) {
                             if (count == 0)
                                 break;
                             CliSupport::appendLine(lines, d, json);
                             if (count > 0 && --count == 0)
                                 QCoreApplication::exit(CliTool::Success);
                         }
                         CliSupport::writeOut(lines.view());
                         std::fflush(stdout);
                     });
    QObject::connect(&bridge, &NetworkBridgeController::errorOccurred, qApp,
                     [](const QString &message) { CliSupport::err() << QStringLiteral("mailslot: %1").arg(message) << Qt::endl; });
    const NetworkIdentity identity = bridge.identity();
    CliSupport::err() << tr("mailslot: bridge listening on UDP %1 port %2 as %3 in workgroup %4 (Ctrl+C to stop)")
                 .arg(options.bindAddress.toString())
                 .arg(bridge.localPort())
                 .arg(identity.netbiosName(), identity.workgroup())
          << Qt::endl;
    const int loop = QCoreApplication::exec();
    bridge.stop();
    CliSupport::out().flush();
    CliSupport::err() << QStringLiteral("mailslot: %1").arg(bridge.counters().toText()) << Qt::endl;
    return loop;
}

int CliNetworkCommands::decode(QCommandLineParser &parser)
{
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1) {
        CliSupport::reportUsage(tr("decode takes exactly one capture file"));
        return CliTool::UsageError;
    }
    const auto port = CliSupport::readPort(parser);
    if (!port)
        return CliTool::UsageError;
    const auto codePage = CliSupport::readCodePage(parser);
    if (!codePage)
        return CliTool::UsageError;
    const bool json = parser.isSet(QStringLiteral("json"));
    std::optional<DatagramFields> fields;
    if (parser.isSet(QStringLiteral("fields"))) {
        if (json) {
            CliSupport::reportUsage(tr("--json and --fields cannot be combined"));
            return CliTool::UsageError;
        }
        QString problem;
        fields = DatagramFields::parse(parser.value(QStringLiteral("fields")), &problem);
        if (!fields) {
            CliSupport::reportUsage(tr("--fields: %1").arg(problem));
            return CliTool::UsageError;
        }
    }
    CaptureDecoder decoder(*port, *codePage);
    if (fields)
        decoder.setDecoding(fields->needsDecoding());
    // Formatted on every processor, written in file order.
    CliSupport::out().flush();
    const bool ok = decoder.formatFile(
        positional.first(),
        [&fields, json](const ObservedDatagram &d, mailslot::wire::JsonLineWriter &lines) {
            if (fields)
                fields->write(d, lines);
            else
                CliSupport::appendLine(lines, d, json);
        },
        [](QByteArrayView chunk) {
            return std::fwrite(chunk.data(), 1, std::size_t(chunk.size()), stdout) == std::size_t(chunk.size());
        });
    std::fflush(stdout);
    if (!ok) {
        CliSupport::err() << QStringLiteral("mailslot: %1").arg(decoder.errorString()) << Qt::endl;
        return CliTool::Failure;
    }
    return CliTool::Success;
}
