#include "app/cli/clitool.h"

#include "app/cli/clinetworkcommands.h"
#include "app/cli/clisupport.h"
#include "core/slots/mailslotinfo.h"
#include "core/slots/mailslotname.h"
#include "core/slots/mailslotregistry.h"
#include "core/slots/mailslotserver.h"
#include "core/slots/mailslotwriter.h"
#include "core/formats/datagramfields.h"
#include "core/text/payloadtext.h"
#include "core/system/signalwatcher.h"
#include "core/platform/win32error.h"

#include <QCommandLineParser>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>

#include <csignal>

using namespace mailslot::platform;

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

int CliTool::run()
{
    const QStringList args = m_arguments.mid(1);
    if (args.isEmpty()) {
        CliSupport::err() << generalHelp();
        return UsageError;
    }
    const QString command = args.first();
    if (command == QLatin1String("--help") || command == QLatin1String("-h") || command == QLatin1String("help")) {
        CliSupport::out() << generalHelp();
        return Success;
    }
    if (command == QLatin1String("--version") || command == QLatin1String("-v")) {
        CliSupport::out() << QStringLiteral("mailslot %1").arg(QCoreApplication::applicationVersion()) << Qt::endl;
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
            {QStringLiteral("repeat"), tr("Send the message N times (stops at the first failed write)."), tr("N"), QStringLiteral("1")},
            {QStringLiteral("timeout"), tr("How long each write may wait while the slot's queue is full, in ms."),
             tr("ms"), QString::number(MailslotWriter::kDefaultWriteTimeout)},
            {QStringLiteral("to"), tr("Network targets: send to this address instead of broadcasting or resolving."),
             tr("address")},
            {QStringLiteral("domain"), tr("Network targets: \\\\NAME is a domain (group), not a computer.")},
            {QStringLiteral("priority"), tr("Network targets: the mailslot priority field, 0 to 9."), tr("n"),
             QStringLiteral("0")},
        });
        parser.addOptions(CliSupport::identityOptions());
    } else if (command == QLatin1String("list")) {
        parser.addOption({QStringLiteral("json"), tr("Print a JSON array.")});
    } else if (command == QLatin1String("info")) {
        parser.addPositionalArgument(QStringLiteral("name"), tr("The mailslot to inspect."));
        parser.addOption({QStringLiteral("json"), tr("Print a JSON object.")});
    } else if (command == QLatin1String("bridge")) {
        parser.addOptions(CliSupport::identityOptions());
        parser.addOptions({
            {QStringLiteral("bind"), tr("The local address to listen on (default: every address)."), tr("address")},
            {QStringLiteral("json"), tr("Print one JSON object per datagram.")},
            {QStringLiteral("dedup"), tr("Suppress duplicates (same source, datagram id and payload within 2 s).")},
            {QStringLiteral("count"), tr("Exit after N datagrams."), tr("N")},
            {QStringLiteral("write"), tr("Also write what arrives to this pcapng file."), tr("file")},
            {QStringLiteral("observe"), tr("Only observe: deliver nothing into local slots.")},
            CliSupport::codePageOption(),
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
            CliSupport::codePageOption(),
        });
    } else {
        CliSupport::reportUsage(tr("unknown command '%1'").arg(command));
        return UsageError;
    }

    if (!parser.parse(commandArgs)) {
        CliSupport::reportUsage(parser.errorText());
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
        CliSupport::out() << help;
        return Success;
    }
    if (command == QLatin1String("serve"))
        return runServe(parser);
    if (command == QLatin1String("send"))
        return runSend(parser);
    if (command == QLatin1String("list"))
        return runList(parser);
    if (command == QLatin1String("bridge"))
        return CliNetworkCommands::bridge(parser);
    if (command == QLatin1String("decode"))
        return CliNetworkCommands::decode(parser);
    return runInfo(parser);
}

int CliTool::runServe(QCommandLineParser &parser)
{
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1) {
        CliSupport::reportUsage(tr("serve takes exactly one mailslot name"));
        return UsageError;
    }
    MailslotServer::Options options;
    const auto maxSize = CliSupport::parseNumber(parser.value(QStringLiteral("max-size")), 0xFFFFFFFFull, false);
    if (!maxSize) {
        CliSupport::reportUsage(tr("--max-size: '%1' is not a size in bytes").arg(parser.value(QStringLiteral("max-size"))));
        return UsageError;
    }
    const auto timeout = CliSupport::parseNumber(parser.value(QStringLiteral("timeout")), 0xFFFFFFFFull, true);
    if (!timeout) {
        CliSupport::reportUsage(tr("--timeout: '%1' is not a time in ms").arg(parser.value(QStringLiteral("timeout"))));
        return UsageError;
    }
    options.slot.maxMessageSize = quint32(*maxSize);
    options.slot.readTimeout = quint32(*timeout);
    if (parser.isSet(QStringLiteral("queue-size"))) {
        const auto queue = CliSupport::parseNumber(parser.value(QStringLiteral("queue-size")), kMaxQueueCapacity, false);
        if (!queue || *queue < kMinQueueCapacity) {
            CliSupport::reportUsage(tr("--queue-size: '%1' is not a size between %2 and %3 bytes")
                            .arg(parser.value(QStringLiteral("queue-size")))
                            .arg(kMinQueueCapacity)
                            .arg(kMaxQueueCapacity));
            return UsageError;
        }
        options.slot.queueCapacity = *queue;
    }
    qint64 count = -1;
    if (parser.isSet(QStringLiteral("count"))) {
        const auto n = CliSupport::parseNumber(parser.value(QStringLiteral("count")), 0x7FFFFFFFFFFFull, false);
        if (!n || *n == 0) {
            CliSupport::reportUsage(tr("--count: '%1' is not a positive number").arg(parser.value(QStringLiteral("count"))));
            return UsageError;
        }
        count = qint64(*n);
    }
    options.hold = parser.isSet(QStringLiteral("hold"));
    if (options.hold && count > 0) {
        CliSupport::reportUsage(tr("--count cannot be used with --hold: a held slot is never read"));
        return UsageError;
    }
    const bool json = parser.isSet(QStringLiteral("json"));

#ifdef SIGPIPE
    // A reader that goes away (`mailslot serve x | head`) is then noticed as a failed write, so
    // that the slot is closed properly instead of the process dying by the signal.
    std::signal(SIGPIPE, SIG_IGN);
#endif
    MailslotRegistry registry;
    MailslotError error;
    MailslotServer *server = registry.createSlot(positional.first(), options, &error);
    if (!server) {
        CliSupport::reportError(positional.first(), error);
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
                CliSupport::out() << CliSupport::jsonLine(m.toJson()) << '\n';
            else
                CliSupport::out() << QStringLiteral("%1 #%2 %3 (%4): %5")
                             .arg(m.timestamp.toString(Qt::ISODateWithMs), QString::number(m.sequence), m.slot,
                                  CliSupport::formatBytes(quint64(m.payload.size())), PayloadText::preview(m.payload))
                      << '\n';
            if (count > 0 && --count == 0)
                QCoreApplication::exit(Success);
        }
        if (!CliSupport::outputAlive()) {
            // The reader went away (`mailslot serve x | head`): close the slot and stop.
            CliSupport::reportError(tr("standard output"), MailslotError(kErrorBrokenPipe));
            exitCode = Failure;
            count = 0;
            QCoreApplication::exit(Failure);
        }
    });
    QObject::connect(server, &MailslotServer::errorOccurred, qApp, [&](const MailslotError &e) {
        CliSupport::reportError(server->name(), e);
        exitCode = Failure;
        QCoreApplication::exit(Failure);
    });
    CliSupport::err() << tr("mailslot: serving %1%2 (Ctrl+C to stop)")
                 .arg(server->name(), options.hold ? tr(", holding messages") : QString())
          << Qt::endl;
    const int loop = QCoreApplication::exec();
    registry.closeAll();
    CliSupport::out().flush();
    return loop != Success ? loop : exitCode;
}

int CliTool::runSend(QCommandLineParser &parser)
{
    const QStringList positional = parser.positionalArguments();
    const bool hasHex = parser.isSet(QStringLiteral("hex"));
    const bool hasFile = parser.isSet(QStringLiteral("file"));
    if (positional.isEmpty() || positional.size() > 2) {
        CliSupport::reportUsage(tr("send takes a target and at most one text"));
        return UsageError;
    }
    if (int(hasHex) + int(hasFile) + int(positional.size() == 2) > 1) {
        CliSupport::reportUsage(tr("give the message once: as text, with --hex or with --file"));
        return UsageError;
    }
    if (!hasHex && !hasFile && positional.size() < 2) {
        CliSupport::reportUsage(tr("nothing to send: give a text (\"\" for an empty message), --hex or --file"));
        return UsageError;
    }
    const auto repeat = CliSupport::parseNumber(parser.value(QStringLiteral("repeat")), 0x7FFFFFFFull, false);
    if (!repeat || *repeat == 0) {
        CliSupport::reportUsage(tr("--repeat: '%1' is not a positive number").arg(parser.value(QStringLiteral("repeat"))));
        return UsageError;
    }
    const auto timeout = CliSupport::parseNumber(parser.value(QStringLiteral("timeout")), 0xFFFFFFFFull, true);
    if (!timeout) {
        CliSupport::reportUsage(tr("--timeout: '%1' is not a time in ms").arg(parser.value(QStringLiteral("timeout"))));
        return UsageError;
    }
    QByteArray payload;
    QString problem;
    if (hasHex) {
        const auto bytes = PayloadText::parseHex(parser.value(QStringLiteral("hex")), &problem);
        if (!bytes) {
            CliSupport::reportUsage(QStringLiteral("--hex: %1").arg(problem));
            return UsageError;
        }
        payload = *bytes;
    } else if (hasFile) {
        QFile file(parser.value(QStringLiteral("file")));
        if (!file.open(QIODevice::ReadOnly)) {
            CliSupport::reportFileError(file);
            return Failure;
        }
        payload = file.readAll();
    } else {
        const auto encoding = PayloadText::encodingFromName(parser.value(QStringLiteral("encoding")));
        if (!encoding) {
            CliSupport::reportUsage(tr("--encoding: '%1' is not one of %2")
                            .arg(parser.value(QStringLiteral("encoding")),
                                 PayloadText::encodingNames().join(QStringLiteral(", "))));
            return UsageError;
        }
        const auto bytes = PayloadText::encode(positional.at(1), *encoding, &problem);
        if (!bytes) {
            CliSupport::reportUsage(QStringLiteral("--encoding: %1").arg(problem));
            return UsageError;
        }
        payload = *bytes;
    }

    const QString target = positional.first();
    MailslotError error;
    const MailslotName name = MailslotName::parse(target, &error);
    if (!name.isValid()) {
        CliSupport::reportError(target, error);
        return Failure;
    }
#ifndef Q_OS_WIN
    if (!name.isLocal())
        return CliNetworkCommands::send(parser, target, payload, *repeat);
#else
    // The system carries writes to \\HOST\, \\DOMAIN\ and \\*\ (CreateFile/WriteFile): the
    // options of our own datagram sender do not apply, and are refused rather than ignored.
    for (const char *option : {"to", "domain", "priority", "name", "workgroup", "interface", "port"}) {
        if (parser.isSet(QLatin1String(option))) {
            CliSupport::reportUsage(tr("--%1 is not used on Windows: Windows itself sends mailslot messages to other "
                                       "computers.")
                                        .arg(QLatin1String(option)));
            return UsageError;
        }
    }
#endif
    std::unique_ptr<MailslotWriter> writer = MailslotWriter::open(name.canonical(), &error);
    if (!writer) {
        CliSupport::reportError(name.canonical(), error);
        return Failure;
    }
    for (quint64 i = 0; i < *repeat; ++i) {
        if (const MailslotError e = writer->write(payload, quint32(*timeout))) {
            // Stop at the first failed write: one error line, and what was sent stays in order.
            CliSupport::reportError(name.canonical(), e);
            return Failure;
        }
    }
    return Success;
}

int CliTool::runList(QCommandLineParser &parser)
{
    if (!parser.positionalArguments().isEmpty()) {
        CliSupport::reportUsage(tr("list takes no arguments"));
        return UsageError;
    }
    MailslotRegistry registry;
    MailslotError error;
    const QList<MailslotInfo> infos = registry.listAll(&error);
    if (error) {
        CliSupport::reportError(tr("list"), error);
        return Failure;
    }
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const MailslotInfo &info : infos)
            array.append(info.toJson());
        CliSupport::out() << QJsonDocument(array).toJson(QJsonDocument::Indented);
        return Success;
    }
    if (infos.isEmpty()) {
        CliSupport::err() << tr("No mailslots.") << Qt::endl;
        return Success;
    }
    CliSupport::out() << QStringLiteral("%1 %2 %3 %4 %5 %6  %7")
                 .arg(tr("MESSAGES"), 8)
                 .arg(tr("NEXT"), 10)
                 .arg(tr("MAX"), 10)
                 .arg(tr("TIMEOUT"), 10)
                 .arg(tr("PID"), 8)
                 .arg(tr("CREATED"), -24)
                 .arg(tr("NAME"))
          << '\n';
    for (const MailslotInfo &info : infos) {
        CliSupport::out() << QStringLiteral("%1 %2 %3 %4 %5 %6  %7")
                     .arg(info.messageCount, 8)
                     .arg(CliSupport::formatNext(info.nextSize), 10)
                     .arg(info.maxMessageSize ? QString::number(info.maxMessageSize) : tr("any"), 10)
                     .arg(CliSupport::formatTimeout(info.readTimeout), 10)
                     .arg(info.pid, 8)
                     .arg(info.created.toString(Qt::ISODateWithMs), -24)
                     .arg(info.name)
              << '\n';
        if (info.error) // listed, but its figures could not be read: say why
            CliSupport::out() << QStringLiteral("%1 %2").arg(QString(), 8).arg(tr("no figures: %1").arg(info.error.toString()))
                              << '\n';
    }
    return Success;
}

int CliTool::runInfo(QCommandLineParser &parser)
{
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1) {
        CliSupport::reportUsage(tr("info takes exactly one mailslot name"));
        return UsageError;
    }
    MailslotRegistry registry;
    MailslotError error;
    const MailslotInfo info = registry.query(positional.first(), &error);
    if (error) {
        CliSupport::reportError(positional.first(), error);
        return Failure;
    }
    if (parser.isSet(QStringLiteral("json"))) {
        CliSupport::out() << CliSupport::jsonLine(info.toJson()) << '\n';
        return Success;
    }
    CliSupport::out() << tr("Name:             %1").arg(info.name) << '\n'
          << tr("Max message size: %1").arg(info.maxMessageSize ? CliSupport::formatBytes(info.maxMessageSize)
                                                                : tr("any"))
          << '\n'
          << tr("Next size:        %1").arg(CliSupport::formatNext(info.nextSize)) << '\n'
          << tr("Message count:    %1").arg(info.messageCount) << '\n'
          << tr("Read timeout:     %1").arg(CliSupport::formatTimeout(info.readTimeout)) << '\n'
          << tr("Queued bytes:     %1 of %2").arg(info.queuedBytes).arg(info.queueCapacity) << '\n'
          << tr("Server pid:       %1").arg(info.pid) << '\n'
          << tr("Created:          %1").arg(info.created.toString(Qt::ISODateWithMs)) << '\n';
    return Success;
}

