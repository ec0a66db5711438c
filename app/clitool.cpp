#include "clitool.h"

#include "mailslotinfo.h"
#include "mailslotname.h"
#include "mailslotregistry.h"
#include "mailslotserver.h"
#include "mailslotwriter.h"
#include "network/capturedecoder.h"
#include "network/datagramfields.h"
#include "network/networkbridgecontroller.h"
#include "network/networksender.h"
#include "netbiosdatagram.h"
#include "payloadtext.h"
#include "signalwatcher.h"
#include "win32error.h"

#include <QCommandLineParser>
#include <QFile>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>

#include <cstdio>

using namespace mailslot::platform;

namespace {


QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

// Bytes straight to standard output, after whatever out() holds (the fast path of the
// datagram listings: no UTF-16 round trip).
void writeOut(QByteArrayView bytes)
{
    out().flush();
    std::fwrite(bytes.data(), 1, std::size_t(bytes.size()), stdout);
}

// One datagram as a line of the listing: JSON or text.
void appendLine(mailslot::net::JsonLineWriter &lines, const ObservedDatagram &d, bool json)
{
    if (json)
        d.writeJson(lines);
    else
        lines.raw(d.toText().toUtf8());
    lines.newline();
}

QString jsonLine(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

// Parses a non-negative integer option; "forever"/"infinite" give 0xFFFFFFFF where allowed.
std::optional<quint64> parseNumber(const QString &text, quint64 max, bool allowForever)
{
    const QString t = text.trimmed().toLower();
    if (allowForever && (t == QLatin1String("forever") || t == QLatin1String("infinite") || t == QLatin1String("-1")))
        return 0xFFFFFFFFull;
    bool ok = false;
    const quint64 value = t.toULongLong(&ok, 10);
    if (!ok || value > max)
        return std::nullopt;
    return value;
}

QString formatTimeout(quint32 ms)
{
    return ms == MailslotInfo::kWaitForever ? CliTool::tr("forever") : CliTool::tr("%1 ms").arg(ms);
}

QString formatNext(quint32 next)
{
    return next == MailslotInfo::kNoMessage ? CliTool::tr("none") : QString::number(next);
}

// The options that say who we are on the network (send and bridge).
QList<QCommandLineOption> identityOptions()
{
    return {
        {QStringLiteral("name"), CliTool::tr("Our NetBIOS name (default: the host name, upper case)."), CliTool::tr("name")},
        {QStringLiteral("workgroup"), CliTool::tr("Our workgroup or domain (default: smb.conf's workgroup, else WORKGROUP)."),
         CliTool::tr("name")},
        {QStringLiteral("interface"), CliTool::tr("A network interface to use (repeatable; default: all)."),
         CliTool::tr("interface")},
        {QStringLiteral("port"), CliTool::tr("The NetBIOS datagram port (default 138)."), CliTool::tr("port"),
         QStringLiteral("138")},
    };
}

// Fills identity from --name/--workgroup (defaults from the system); false with *problem.
bool readIdentity(const QCommandLineParser &parser, NetworkIdentity *identity, QString *problem)
{
    *identity = NetworkIdentity::systemDefault();
    for (const char *option : {"name", "workgroup"}) {
        const QString key = QLatin1String(option);
        if (!parser.isSet(key))
            continue;
        const QString value = parser.value(key);
        QString why;
        if (!NetworkIdentity::isValidName(value, &why)) {
            *problem = QStringLiteral("--%1: %2").arg(key, why);
            return false;
        }
        if (key == QLatin1String("name"))
            identity->setNetbiosName(value);
        else
            identity->setWorkgroup(value);
    }
    return true;
}

// The --port option of send, bridge and decode: 1 to 65535.
std::optional<quint16> readPort(const QCommandLineParser &parser)
{
    const auto port = parseNumber(parser.value(QStringLiteral("port")), 65535, false);
    if (!port || *port == 0)
        return std::nullopt;
    return quint16(*port);
}

std::optional<mailslot::net::OemCodePage> readCodePage(const QCommandLineParser &parser)
{
    return mailslot::net::OemCodec::fromKey(parser.value(QStringLiteral("code-page")));
}

} // namespace

CliTool::CliTool(QStringList arguments) : m_arguments(std::move(arguments))
{
}

QString CliTool::generalHelp()
{
    return tr("Usage: mailslot <command> [options]\n"
              "\n"
              "Win32 mailslots on this computer, from the command line.\n"
              "\n"
              "Commands:\n"
              "  serve NAME    create a mailslot and print each message that arrives\n"
              "  send TARGET   write messages to a mailslot\n"
              "  list          list every mailslot of this user, with its figures\n"
              "  info NAME     show one mailslot's figures (GetMailslotInfo)\n"
              "  bridge        receive mailslot messages from the network (UDP 138) into local slots\n"
              "  decode FILE   print the mailslot datagrams of a pcap or pcapng capture file\n"
              "\n"
              "Names: \\\\.\\mailslot\\[path\\]name, or just [path\\]name for this computer;\n"
              "\\\\*\\mailslot\\name, \\\\DOMAIN\\mailslot\\name or \\\\HOST\\mailslot\\name on the network.\n"
              "Run 'mailslot <command> --help' for the options of a command.\n"
              "\n"
              "Options:\n"
              "  -h, --help     show this help\n"
              "  -v, --version  show the version\n");
}

void CliTool::reportError(const QString &subject, const MailslotError &error)
{
    err() << QStringLiteral("mailslot: %1: %2").arg(subject, error.toString()) << Qt::endl;
}

void CliTool::reportUsage(const QString &message)
{
    err() << QStringLiteral("mailslot: %1").arg(message) << Qt::endl
          << tr("Run 'mailslot --help' for usage.") << Qt::endl;
}

int CliTool::run()
{
    const QStringList args = m_arguments.mid(1);
    if (args.isEmpty()) {
        err() << generalHelp();
        return UsageError;
    }
    const QString command = args.first();
    if (command == QLatin1String("--help") || command == QLatin1String("-h") || command == QLatin1String("help")) {
        out() << generalHelp();
        return Success;
    }
    if (command == QLatin1String("--version") || command == QLatin1String("-v")) {
        out() << QStringLiteral("mailslot %1").arg(QCoreApplication::applicationVersion()) << Qt::endl;
        return Success;
    }

    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Win32 mailslots on this computer."));
    parser.addHelpOption();
    QStringList commandArgs = args;
    commandArgs.prepend(m_arguments.first() + QLatin1Char(' ') + command);
    commandArgs.removeAt(1);

    if (command == QLatin1String("serve")) {
        parser.addPositionalArgument(QStringLiteral("name"), tr("The mailslot to create, e.g. \\\\.\\mailslot\\demo."));
        parser.addOptions({
            {QStringLiteral("max-size"), tr("Largest message the slot accepts, in bytes (0 = any)."), tr("bytes"),
             QStringLiteral("0")},
            {QStringLiteral("timeout"), tr("The slot's read timeout in ms (0, N, or 'forever')."), tr("ms"),
             QStringLiteral("0")},
            {QStringLiteral("queue-size"), tr("Byte cap of the slot's queue (default 64 MiB)."), tr("bytes")},
            {QStringLiteral("json"), tr("Print one JSON object per message.")},
            {QStringLiteral("count"), tr("Exit after N messages."), tr("N")},
            {QStringLiteral("hold"), tr("Create the slot but never read it: messages stay queued.")},
        });
    } else if (command == QLatin1String("send")) {
        parser.addPositionalArgument(QStringLiteral("target"), tr("The mailslot to write to."));
        parser.addPositionalArgument(QStringLiteral("text"), tr("The message text (empty sends a zero-length message)."),
                                     QStringLiteral("[text]"));
        parser.addOptions({
            {QStringLiteral("hex"), tr("Send these bytes, written in hexadecimal."), tr("hex")},
            {QStringLiteral("file"), tr("Send the contents of this file as one message."), tr("path")},
            {QStringLiteral("encoding"), tr("Encoding of the text: utf-8, utf-16le, latin1, cp437 or cp850."),
             tr("encoding"), QStringLiteral("utf-8")},
            {QStringLiteral("repeat"), tr("Send the message N times."), tr("N"), QStringLiteral("1")},
            {QStringLiteral("timeout"), tr("How long each write may wait while the slot's queue is full, in ms."),
             tr("ms"), QString::number(MailslotWriter::kDefaultWriteTimeout)},
            {QStringLiteral("to"), tr("Network targets: send to this address instead of broadcasting or resolving."),
             tr("address")},
            {QStringLiteral("domain"), tr("Network targets: \\\\NAME is a domain (group), not a computer.")},
            {QStringLiteral("priority"), tr("Network targets: the mailslot priority field, 0 to 9."), tr("n"),
             QStringLiteral("0")},
        });
        parser.addOptions(identityOptions());
    } else if (command == QLatin1String("list")) {
        parser.addOption({QStringLiteral("json"), tr("Print a JSON array.")});
    } else if (command == QLatin1String("info")) {
        parser.addPositionalArgument(QStringLiteral("name"), tr("The mailslot to inspect."));
        parser.addOption({QStringLiteral("json"), tr("Print a JSON object.")});
    } else if (command == QLatin1String("bridge")) {
        parser.addOptions(identityOptions());
        parser.addOptions({
            {QStringLiteral("bind"), tr("The local address to listen on (default: every address)."), tr("address")},
            {QStringLiteral("json"), tr("Print one JSON object per datagram.")},
            {QStringLiteral("dedup"), tr("Suppress duplicates (same source, datagram id and payload within 2 s).")},
            {QStringLiteral("count"), tr("Exit after N datagrams."), tr("N")},
            {QStringLiteral("write"), tr("Also write what arrives to this pcapng file."), tr("file")},
            {QStringLiteral("observe"), tr("Only observe: deliver nothing into local slots.")},
            {QStringLiteral("code-page"), tr("OEM code page of messenger texts: cp437, cp850, latin1 or utf8."),
             tr("cp"), QStringLiteral("cp437")},
        });
    } else if (command == QLatin1String("decode")) {
        parser.addPositionalArgument(QStringLiteral("file"), tr("A pcap or pcapng capture file."));
        parser.addOptions({
            {QStringLiteral("json"), tr("Print one JSON object per datagram.")},
            {QStringLiteral("fields"),
             tr("Print only these fields, tab-separated, one line per datagram (like tshark -T fields), "
                "e.g. slot,hex. Fields: %1.")
                 .arg(DatagramFields::names().join(QStringLiteral(", "))),
             tr("list")},
            {QStringLiteral("port"), tr("The UDP port of the datagrams (default 138)."), tr("port"), QStringLiteral("138")},
            {QStringLiteral("code-page"), tr("OEM code page of messenger texts: cp437, cp850, latin1 or utf8."),
             tr("cp"), QStringLiteral("cp437")},
        });
    } else {
        reportUsage(tr("unknown command '%1'").arg(command));
        return UsageError;
    }

    if (!parser.parse(commandArgs)) {
        reportUsage(parser.errorText());
        return UsageError;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        // QCommandLineParser names the program by its path; a command's usage names the command.
        QString help = parser.helpText();
        const qsizetype usageEnd = help.indexOf(QLatin1Char('\n'));
        const qsizetype optionsAt = help.lastIndexOf(QLatin1String(" [options]"), usageEnd);
        if (optionsAt > 0) {
            const qsizetype programAt = help.lastIndexOf(QLatin1Char(' '), optionsAt - 1) + 1;
            help.replace(programAt, optionsAt - programAt, QStringLiteral("mailslot ") + command);
        }
        out() << help;
        return Success;
    }
    if (command == QLatin1String("serve"))
        return runServe(parser);
    if (command == QLatin1String("send"))
        return runSend(parser);
    if (command == QLatin1String("list"))
        return runList(parser);
    if (command == QLatin1String("bridge"))
        return runBridge(parser);
    if (command == QLatin1String("decode"))
        return runDecode(parser);
    return runInfo(parser);
}

int CliTool::runServe(QCommandLineParser &parser)
{
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1) {
        reportUsage(tr("serve takes exactly one mailslot name"));
        return UsageError;
    }
    MailslotServer::Options options;
    const auto maxSize = parseNumber(parser.value(QStringLiteral("max-size")), 0xFFFFFFFFull, false);
    if (!maxSize) {
        reportUsage(tr("--max-size: '%1' is not a size in bytes").arg(parser.value(QStringLiteral("max-size"))));
        return UsageError;
    }
    const auto timeout = parseNumber(parser.value(QStringLiteral("timeout")), 0xFFFFFFFFull, true);
    if (!timeout) {
        reportUsage(tr("--timeout: '%1' is not a time in ms").arg(parser.value(QStringLiteral("timeout"))));
        return UsageError;
    }
    options.slot.maxMessageSize = quint32(*maxSize);
    options.slot.readTimeout = quint32(*timeout);
    if (parser.isSet(QStringLiteral("queue-size"))) {
        const auto queue = parseNumber(parser.value(QStringLiteral("queue-size")), kMaxQueueCapacity, false);
        if (!queue || *queue < kMinQueueCapacity) {
            reportUsage(tr("--queue-size: '%1' is not a size between %2 and %3 bytes")
                            .arg(parser.value(QStringLiteral("queue-size")))
                            .arg(kMinQueueCapacity)
                            .arg(kMaxQueueCapacity));
            return UsageError;
        }
        options.slot.queueCapacity = *queue;
    }
    qint64 count = -1;
    if (parser.isSet(QStringLiteral("count"))) {
        const auto n = parseNumber(parser.value(QStringLiteral("count")), 0x7FFFFFFFFFFFull, false);
        if (!n || *n == 0) {
            reportUsage(tr("--count: '%1' is not a positive number").arg(parser.value(QStringLiteral("count"))));
            return UsageError;
        }
        count = qint64(*n);
    }
    options.hold = parser.isSet(QStringLiteral("hold"));
    const bool json = parser.isSet(QStringLiteral("json"));

    MailslotRegistry registry;
    MailslotError error;
    MailslotServer *server = registry.createSlot(positional.first(), options, &error);
    if (!server) {
        reportError(positional.first(), error);
        return Failure;
    }
    int exitCode = Success;
    SignalWatcher watcher;
    QObject::connect(&watcher, &SignalWatcher::signalled, qApp, [] { QCoreApplication::exit(Success); });
    QObject::connect(server, &MailslotServer::messagesReceived, qApp, [&](const MailslotMessageList &messages) {
        for (const MailslotMessage &m : messages) {
            if (count == 0)
                break;
            if (json)
                out() << jsonLine(m.toJson()) << '\n';
            else
                out() << QStringLiteral("%1 #%2 %3 (%4): %5")
                             .arg(m.timestamp.toString(Qt::ISODateWithMs), QString::number(m.sequence), m.slot,
                                  tr("%n byte(s)", nullptr, int(m.payload.size())), PayloadText::preview(m.payload))
                      << '\n';
            if (count > 0 && --count == 0)
                QCoreApplication::exit(Success);
        }
        out().flush();
    });
    QObject::connect(server, &MailslotServer::errorOccurred, qApp, [&](const MailslotError &e) {
        reportError(server->name(), e);
        exitCode = Failure;
        QCoreApplication::exit(Failure);
    });
    err() << tr("mailslot: serving %1%2 (Ctrl+C to stop)")
                 .arg(server->name(), options.hold ? tr(", holding messages") : QString())
          << Qt::endl;
    const int loop = QCoreApplication::exec();
    registry.closeAll();
    out().flush();
    return loop != Success ? loop : exitCode;
}

int CliTool::runSend(QCommandLineParser &parser)
{
    const QStringList positional = parser.positionalArguments();
    const bool hasHex = parser.isSet(QStringLiteral("hex"));
    const bool hasFile = parser.isSet(QStringLiteral("file"));
    if (positional.isEmpty() || positional.size() > 2) {
        reportUsage(tr("send takes a target and at most one text"));
        return UsageError;
    }
    if (int(hasHex) + int(hasFile) + int(positional.size() == 2) > 1) {
        reportUsage(tr("give the message once: as text, with --hex or with --file"));
        return UsageError;
    }
    if (!hasHex && !hasFile && positional.size() < 2) {
        reportUsage(tr("nothing to send: give a text (\"\" for an empty message), --hex or --file"));
        return UsageError;
    }
    const auto repeat = parseNumber(parser.value(QStringLiteral("repeat")), 0x7FFFFFFFull, false);
    if (!repeat || *repeat == 0) {
        reportUsage(tr("--repeat: '%1' is not a positive number").arg(parser.value(QStringLiteral("repeat"))));
        return UsageError;
    }
    const auto timeout = parseNumber(parser.value(QStringLiteral("timeout")), 0xFFFFFFFFull, true);
    if (!timeout) {
        reportUsage(tr("--timeout: '%1' is not a time in ms").arg(parser.value(QStringLiteral("timeout"))));
        return UsageError;
    }
    QByteArray payload;
    QString problem;
    if (hasHex) {
        const auto bytes = PayloadText::parseHex(parser.value(QStringLiteral("hex")), &problem);
        if (!bytes) {
            reportUsage(QStringLiteral("--hex: %1").arg(problem));
            return UsageError;
        }
        payload = *bytes;
    } else if (hasFile) {
        QFile file(parser.value(QStringLiteral("file")));
        if (!file.open(QIODevice::ReadOnly)) {
            err() << QStringLiteral("mailslot: %1: %2").arg(file.fileName(), file.errorString()) << Qt::endl;
            return Failure;
        }
        payload = file.readAll();
    } else {
        const auto encoding = PayloadText::encodingFromName(parser.value(QStringLiteral("encoding")));
        if (!encoding) {
            reportUsage(tr("--encoding: '%1' is not one of %2")
                            .arg(parser.value(QStringLiteral("encoding")),
                                 PayloadText::encodingNames().join(QStringLiteral(", "))));
            return UsageError;
        }
        const auto bytes = PayloadText::encode(positional.at(1), *encoding, &problem);
        if (!bytes) {
            reportUsage(QStringLiteral("--encoding: %1").arg(problem));
            return UsageError;
        }
        payload = *bytes;
    }

    const QString target = positional.first();
    MailslotError error;
    const MailslotName name = MailslotName::parse(target, &error);
    if (!name.isValid()) {
        reportError(target, error);
        return Failure;
    }
    if (!name.isLocal())
        return sendNetwork(parser, target, payload, *repeat);
    std::unique_ptr<MailslotWriter> writer = MailslotWriter::open(name.canonical(), &error);
    if (!writer) {
        reportError(name.canonical(), error);
        return Failure;
    }
    quint64 failed = 0;
    for (quint64 i = 0; i < *repeat; ++i) {
        if (const MailslotError e = writer->write(payload, quint32(*timeout))) {
            reportError(name.canonical(), e);
            ++failed;
            if (e.code() == kErrorFileNotFound)
                break; // the server is gone: the rest would fail the same way
        }
    }
    return failed ? Failure : Success;
}

int CliTool::runList(QCommandLineParser &parser)
{
    if (!parser.positionalArguments().isEmpty()) {
        reportUsage(tr("list takes no arguments"));
        return UsageError;
    }
    MailslotRegistry registry;
    MailslotError error;
    const QList<MailslotInfo> infos = registry.listAll(&error);
    if (error) {
        reportError(tr("list"), error);
        return Failure;
    }
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const MailslotInfo &info : infos)
            array.append(info.toJson());
        out() << QJsonDocument(array).toJson(QJsonDocument::Indented);
        return Success;
    }
    if (infos.isEmpty()) {
        err() << tr("No mailslots.") << Qt::endl;
        return Success;
    }
    out() << QStringLiteral("%1 %2 %3 %4 %5 %6  %7")
                 .arg(tr("MESSAGES"), 8)
                 .arg(tr("NEXT"), 10)
                 .arg(tr("MAX"), 10)
                 .arg(tr("TIMEOUT"), 10)
                 .arg(tr("PID"), 8)
                 .arg(tr("CREATED"), -24)
                 .arg(tr("NAME"))
          << '\n';
    for (const MailslotInfo &info : infos) {
        out() << QStringLiteral("%1 %2 %3 %4 %5 %6  %7")
                     .arg(info.messageCount, 8)
                     .arg(formatNext(info.nextSize), 10)
                     .arg(info.maxMessageSize ? QString::number(info.maxMessageSize) : tr("any"), 10)
                     .arg(formatTimeout(info.readTimeout), 10)
                     .arg(info.pid, 8)
                     .arg(info.created.toString(Qt::ISODateWithMs), -24)
                     .arg(info.name)
              << '\n';
    }
    return Success;
}

int CliTool::runInfo(QCommandLineParser &parser)
{
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1) {
        reportUsage(tr("info takes exactly one mailslot name"));
        return UsageError;
    }
    MailslotRegistry registry;
    MailslotError error;
    const MailslotInfo info = registry.query(positional.first(), &error);
    if (error) {
        reportError(positional.first(), error);
        return Failure;
    }
    if (parser.isSet(QStringLiteral("json"))) {
        out() << jsonLine(info.toJson()) << '\n';
        return Success;
    }
    out() << tr("Name:             %1").arg(info.name) << '\n'
          << tr("Max message size: %1").arg(info.maxMessageSize ? tr("%n byte(s)", nullptr, int(info.maxMessageSize))
                                                                : tr("any"))
          << '\n'
          << tr("Next size:        %1").arg(formatNext(info.nextSize)) << '\n'
          << tr("Message count:    %1").arg(info.messageCount) << '\n'
          << tr("Read timeout:     %1").arg(formatTimeout(info.readTimeout)) << '\n'
          << tr("Queued bytes:     %1 of %2").arg(info.queuedBytes).arg(info.queueCapacity) << '\n'
          << tr("Server pid:       %1").arg(info.pid) << '\n'
          << tr("Created:          %1").arg(info.created.toString(Qt::ISODateWithMs)) << '\n';
    return Success;
}

int CliTool::sendNetwork(QCommandLineParser &parser, const QString &target, const QByteArray &payload, quint64 repeat)
{
    NetworkSender::Options options;
    QString problem;
    if (!readIdentity(parser, &options.identity, &problem)) {
        reportUsage(problem);
        return UsageError;
    }
    const auto port = readPort(parser);
    if (!port) {
        reportUsage(tr("--port: '%1' is not a port number").arg(parser.value(QStringLiteral("port"))));
        return UsageError;
    }
    const auto priority = parseNumber(parser.value(QStringLiteral("priority")), 9, false);
    if (!priority) {
        reportUsage(tr("--priority: '%1' is not a number from 0 to 9").arg(parser.value(QStringLiteral("priority"))));
        return UsageError;
    }
    options.port = *port;
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
        reportError(canonical, error);
        return Failure;
    }
    QStringList where;
    for (const NetworkSender::Destination &d : std::as_const(report.destinations))
        where.append(d.interfaceName.isEmpty() ? d.address.toString()
                                               : QStringLiteral("%1 (%2)").arg(d.address.toString(), d.interfaceName));
    err() << tr("mailslot: sent %n datagram(s)", nullptr, int(report.datagramsSent))
          << QLatin1Char(' ')
          << tr("as %1 to %2 at %3 port %4, from port %5")
                 .arg(mailslot::net::NetbiosDatagram::messageTypeName(report.msgType),
                      report.destinationName.toDisplayString(), where.join(QStringLiteral(", ")))
                 .arg(options.port)
                 .arg(report.sourcePort)
          << Qt::endl;
    return Success;
}

int CliTool::runBridge(QCommandLineParser &parser)
{
    if (!parser.positionalArguments().isEmpty()) {
        reportUsage(tr("bridge takes no arguments"));
        return UsageError;
    }
    NetworkBridge::Options options;
    QString problem;
    if (!readIdentity(parser, &options.identity, &problem)) {
        reportUsage(problem);
        return UsageError;
    }
    const auto port = readPort(parser);
    if (!port) {
        reportUsage(tr("--port: '%1' is not a port number").arg(parser.value(QStringLiteral("port"))));
        return UsageError;
    }
    options.port = *port;
    if (parser.isSet(QStringLiteral("bind"))) {
        options.bindAddress = QHostAddress(parser.value(QStringLiteral("bind")));
        if (options.bindAddress.protocol() != QAbstractSocket::IPv4Protocol) {
            reportUsage(tr("--bind: '%1' is not an IPv4 address").arg(parser.value(QStringLiteral("bind"))));
            return UsageError;
        }
    }
    const auto codePage = readCodePage(parser);
    if (!codePage) {
        reportUsage(tr("--code-page: '%1' is not one of cp437, cp850, latin1, utf8")
                        .arg(parser.value(QStringLiteral("code-page"))));
        return UsageError;
    }
    qint64 count = -1;
    if (parser.isSet(QStringLiteral("count"))) {
        const auto n = parseNumber(parser.value(QStringLiteral("count")), 0x7FFFFFFFFFFFull, false);
        if (!n || *n == 0) {
            reportUsage(tr("--count: '%1' is not a positive number").arg(parser.value(QStringLiteral("count"))));
            return UsageError;
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
        err() << QStringLiteral("mailslot: %1").arg(problem) << Qt::endl;
        return Failure;
    }
    SignalWatcher watcher;
    QObject::connect(&watcher, &SignalWatcher::signalled, qApp, [] { QCoreApplication::exit(Success); });
    QObject::connect(&bridge, &NetworkBridgeController::datagramsObserved, qApp,
                     [&](const ObservedDatagramList &datagrams) {
                         mailslot::net::JsonLineWriter lines;
                         for (const ObservedDatagram &d : datagrams) {
                             if (count == 0)
                                 break;
                             appendLine(lines, d, json);
                             if (count > 0 && --count == 0)
                                 QCoreApplication::exit(Success);
                         }
                         writeOut(lines.view());
                         std::fflush(stdout);
                     });
    QObject::connect(&bridge, &NetworkBridgeController::errorOccurred, qApp,
                     [](const QString &message) { err() << QStringLiteral("mailslot: %1").arg(message) << Qt::endl; });
    const NetworkIdentity identity = bridge.identity();
    err() << tr("mailslot: bridge listening on UDP %1 port %2 as %3 in workgroup %4 (Ctrl+C to stop)")
                 .arg(options.bindAddress.toString())
                 .arg(bridge.localPort())
                 .arg(identity.netbiosName(), identity.workgroup())
          << Qt::endl;
    const int loop = QCoreApplication::exec();
    bridge.stop();
    out().flush();
    err() << QStringLiteral("mailslot: %1").arg(bridge.counters().toText()) << Qt::endl;
    return loop;
}

int CliTool::runDecode(QCommandLineParser &parser)
{
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1) {
        reportUsage(tr("decode takes exactly one capture file"));
        return UsageError;
    }
    const auto port = readPort(parser);
    if (!port) {
        reportUsage(tr("--port: '%1' is not a port number").arg(parser.value(QStringLiteral("port"))));
        return UsageError;
    }
    const auto codePage = readCodePage(parser);
    if (!codePage) {
        reportUsage(tr("--code-page: '%1' is not one of cp437, cp850, latin1, utf8")
                        .arg(parser.value(QStringLiteral("code-page"))));
        return UsageError;
    }
    const bool json = parser.isSet(QStringLiteral("json"));
    std::optional<DatagramFields> fields;
    if (parser.isSet(QStringLiteral("fields"))) {
        if (json) {
            reportUsage(tr("--json and --fields cannot be combined"));
            return UsageError;
        }
        QString problem;
        fields = DatagramFields::parse(parser.value(QStringLiteral("fields")), &problem);
        if (!fields) {
            reportUsage(tr("--fields: %1").arg(problem));
            return UsageError;
        }
    }
    CaptureDecoder decoder(*port, *codePage);
    if (fields)
        decoder.setDecoding(fields->needsDecoding());
    // Formatted on every processor, written in file order.
    out().flush();
    const bool ok = decoder.formatFile(
        positional.first(),
        [&fields, json](const ObservedDatagram &d, mailslot::net::JsonLineWriter &lines) {
            if (fields)
                fields->write(d, lines);
            else
                appendLine(lines, d, json);
        },
        [](QByteArrayView chunk) {
            return std::fwrite(chunk.data(), 1, std::size_t(chunk.size()), stdout) == std::size_t(chunk.size());
        });
    std::fflush(stdout);
    if (!ok) {
        err() << QStringLiteral("mailslot: %1").arg(decoder.errorString()) << Qt::endl;
        return Failure;
    }
    return Success;
}
