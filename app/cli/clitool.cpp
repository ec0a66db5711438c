#include "app/cli/clitool.h"

#include "app/cli/bridgecommand.h"
#include "app/cli/clihelp.h"
#include "app/cli/clisupport.h"
#include "app/cli/decodecommand.h"
#include "app/cli/extcapcommand.h"
#include "app/cli/infocommand.h"
#include "app/cli/listcommand.h"
#include "app/cli/remotecommand.h"
#include "app/cli/sendcommand.h"
#include "app/cli/servecommand.h"
#include "app/cli/tapcommand.h"

#include <QCommandLineParser>
#include <QTextStream>

#include <algorithm>

namespace {
// QCommandLineParser's own messages that can still reach the user, in our catalogue too: Qt's
// catalogue (qt6-translations-l10n, only recommended by the package) is asked first when present.
[[maybe_unused]] constexpr const char *kParserMessages[] = {
    QT_TRANSLATE_NOOP("QCommandLineParser", "Missing value after '%1'."),
    QT_TRANSLATE_NOOP("QCommandLineParser", "Unexpected value after '%1'."),
};
} // namespace

CliTool::CliTool(QStringList arguments) : m_arguments(std::move(arguments))
{
    m_commands.push_back(std::make_unique<ServeCommand>());
    m_commands.push_back(std::make_unique<SendCommand>());
    m_commands.push_back(std::make_unique<ListCommand>());
    m_commands.push_back(std::make_unique<InfoCommand>());
    m_commands.push_back(std::make_unique<BridgeCommand>());
    m_commands.push_back(std::make_unique<DecodeCommand>());
    m_commands.push_back(std::make_unique<ExtcapCommand>());
    m_commands.push_back(std::make_unique<RemoteCommand>());
    m_commands.push_back(std::make_unique<TapCommand>());
}

CliTool::~CliTool() = default;

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
              "  remote HOST   run a mailslot command on another host over ssh (-- COMMAND) and print its rows\n"
              "  tap NAME      watch a mailslot served by any process: a copy of each message\n"
              "  extcap        the capture interface that Wireshark runs (see the README)\n"
              "\n"
              "Names: \\\\.\\mailslot\\[path\\]name, or just [path\\]name for this computer;\n"
              "\\\\*\\mailslot\\name, \\\\DOMAIN\\mailslot\\name or \\\\HOST\\mailslot\\name on the network.\n"
              "Run 'mailslot <command> --help' for the options of a command.\n"
              "\n"
              "Options:\n"
              "  -h, --help     show this help\n"
              "  -v, --version  show the version\n");
}

CliCommand *CliTool::findCommand(const QString &name) const
{
    const auto it = std::find_if(m_commands.begin(), m_commands.end(),
                                 [&name](const std::unique_ptr<CliCommand> &c) { return c->name() == name; });
    return it == m_commands.end() ? nullptr : it->get();
}

int CliTool::run()
{
    const QStringList args = m_arguments.mid(1);
    if (args.isEmpty()) {
        CliSupport::reportUsage(CliHelp::usage(tr("mailslot <command> [options]")));
        return CliCommand::UsageError;
    }
    const QString first = args.first();
    if (first == QLatin1String("--help") || first == QLatin1String("-h") || first == QLatin1String("help")) {
        CliSupport::out() << generalHelp();
        return CliCommand::Success;
    }
    if (first == QLatin1String("--version") || first == QLatin1String("-v")) {
        CliSupport::out() << QStringLiteral("mailslot %1").arg(QCoreApplication::applicationVersion()) << Qt::endl;
        return CliCommand::Success;
    }
    if (CliCommand *command = findCommand(first))
        return runCommand(*command, args.mid(1));
    if (first.startsWith(QLatin1Char('-')))
        CliSupport::reportUsage(tr("unknown option(s) %1", nullptr, 1).arg(first.section(QLatin1Char('='), 0, 0)));
    else
        CliSupport::reportUsage(tr("unknown command '%1'").arg(first));
    return CliCommand::UsageError;
}

int CliTool::runCommand(CliCommand &command, const QStringList &arguments) const
{
    QCommandLineParser parser;
    parser.addOption(CliHelp::helpOption());
    parser.addOptions(command.options());
    if (!parser.parse(QStringList{m_arguments.first()} + arguments)) {
        const QString unknown = unknownOptions(parser, arguments);
        CliSupport::reportUsage(unknown.isEmpty() ? parser.errorText() : unknown, command.name());
        return CliCommand::UsageError;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        CliSupport::out() << CliHelp::commandHelp(command);
        return CliCommand::Success;
    }
    return command.run(parser);
}

QString CliTool::unknownOptions(const QCommandLineParser &parser, const QStringList &arguments)
{
    QStringList shown;
    for (const QString &name : parser.unknownOptionNames()) {
        // QCommandLineParser drops the dashes, and splits "-xy" into x and y.
        QString typed = QStringLiteral("--") + name;
        const bool typedLong = std::any_of(arguments.begin(), arguments.end(), [&typed](const QString &a) {
            return a == typed || a.startsWith(typed + QLatin1Char('='));
        });
        if (!typedLong) {
            const auto group = std::find_if(arguments.begin(), arguments.end(), [&name](const QString &a) {
                return a.startsWith(QLatin1Char('-')) && !a.startsWith(QLatin1String("--")) && a.mid(1).contains(name);
            });
            typed = group != arguments.end() ? group->section(QLatin1Char('='), 0, 0) : QStringLiteral("-") + name;
        }
        if (!shown.contains(typed))
            shown.append(typed);
    }
    if (shown.isEmpty())
        return {};
    return tr("unknown option(s) %1", nullptr, int(shown.size())).arg(shown.join(QStringLiteral(", ")));
}
