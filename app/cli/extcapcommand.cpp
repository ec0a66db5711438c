#include "app/cli/extcapcommand.h"

#include "app/cli/clisupport.h"
#include "app/cli/extcapcapture.h"

#include <QCommandLineParser>
#include <QTextStream>

namespace {
const QString kInterfaces = QStringLiteral("extcap-interfaces");
const QString kInterface = QStringLiteral("extcap-interface");
const QString kDlts = QStringLiteral("extcap-dlts");
const QString kConfig = QStringLiteral("extcap-config");
const QString kFilter = QStringLiteral("extcap-capture-filter");
const QString kSlotFilter = QStringLiteral("filter");

// Braces end a field of an extcap sentence: none in our texts.
QString field(QString text)
{
    return text.replace(QLatin1Char('{'), QLatin1Char('(')).replace(QLatin1Char('}'), QLatin1Char(')'));
}
} // namespace

QString ExtcapCommand::description() const
{
    return tr("A Wireshark extcap: lets Wireshark and tshark capture local slots (mailslot-slots) and the UDP 138 "
              "datagrams received (mailslot-bridge). Wireshark runs it; installed as mailslot-extcap in "
              "Wireshark's extcap folder.");
}

QList<QCommandLineOption> ExtcapCommand::options() const
{
    return {
        {kInterfaces, tr("List the interfaces.")},
        {QStringLiteral("extcap-version"), tr("The version of Wireshark asking."), tr("version")},
        {kInterface, tr("The interface for the other requests."), tr("interface")},
        {kDlts, tr("List the interface's link type.")},
        {kConfig, tr("List the interface's settings.")},
        {QStringLiteral("capture"), tr("Capture into --fifo until stopped.")},
        {QStringLiteral("fifo"), tr("The fifo Wireshark reads."), tr("path")},
        {kFilter, tr("A slot name glob (app\\*); without --capture: only check it."), tr("glob")},
        {QStringLiteral("extcap-control-in"), tr("Ignored (no toolbar controls)."), tr("path")},
        {QStringLiteral("extcap-control-out"), tr("Ignored (no toolbar controls)."), tr("path")},
        {QStringLiteral("extcap-reload-option"), tr("Ignored."), tr("option")},
        {QStringLiteral("debug"), tr("Ignored.")},
        {QStringLiteral("debug-file"), tr("Ignored."), tr("path")},
        {QStringLiteral("slot"),
         tr("mailslot-slots: the slot to watch, or a pattern such as app\\* (default %1: every slot of this user).")
             .arg(kDefaultSlots),
         tr("name|pattern")},
        {kSlotFilter, tr("Only slots matching this glob (as --extcap-capture-filter)."), tr("glob")},
        {QStringLiteral("port"), tr("mailslot-bridge: the UDP port (default 138)."), tr("port"), QStringLiteral("138")},
        {QStringLiteral("interface"), tr("mailslot-bridge: a network interface (repeatable; default: all)."),
         tr("interface")},
    };
}

int ExtcapCommand::run(const QCommandLineParser &parser)
{
    if (!parser.positionalArguments().isEmpty())
        return usageError(tr("extcap takes no arguments"));
    if (parser.isSet(kInterfaces)) {
        printInterfaces();
        return Success;
    }
    const QString interface = parser.value(kInterface);
    if (interface != ExtcapCapture::kSlotsInterface && interface != ExtcapCapture::kBridgeInterface)
        return usageError(interface.isEmpty() ? tr("--extcap-interface is missing (or use --extcap-interfaces)")
                                              : tr("--extcap-interface: unknown interface '%1' (%2 or %3)")
                                                    .arg(interface, ExtcapCapture::kSlotsInterface,
                                                         ExtcapCapture::kBridgeInterface));
    if (parser.isSet(kDlts)) {
        printDlts();
        return Success;
    }
    if (parser.isSet(kConfig)) {
        printConfig(interface);
        return Success;
    }
    if (parser.isSet(QStringLiteral("capture")))
        return capture(parser, interface);
    if (parser.isSet(kFilter)) {
        // Wireshark checks a capture filter as it is typed: the problem on standard output.
        QString problem;
        if (ExtcapFilter::parse(parser.value(kFilter), &problem))
            return Success;
        CliSupport::out() << problem << Qt::endl;
        return Failure;
    }
    return usageError(tr("nothing to do: give --extcap-interfaces, --extcap-dlts, --extcap-config or --capture"));
}

void ExtcapCommand::printInterfaces() const
{
    QTextStream &out = CliSupport::out();
    out << QStringLiteral("extcap {version=%1}{display=%2}\n")
               .arg(QCoreApplication::applicationVersion(), field(tr("Mailslot Monitor")));
    out << QStringLiteral("interface {value=%1}{display=%2}\n")
               .arg(ExtcapCapture::kSlotsInterface, field(tr("Mailslots: messages written to a local slot")));
    out << QStringLiteral("interface {value=%1}{display=%2}\n")
               .arg(ExtcapCapture::kBridgeInterface, field(tr("Mailslots: datagrams received on UDP 138")));
    out.flush();
}

void ExtcapCommand::printDlts() const
{
    CliSupport::out() << QStringLiteral("dlt {number=%1}{name=RAW}{display=%2}\n")
                             .arg(kLinkType)
                             .arg(field(tr("Mailslot messages as NetBIOS datagrams (IPv4)")));
    CliSupport::out().flush();
}

QString ExtcapCommand::arg(int number, const QString &call, const QString &display, const QString &type,
                           const QString &extra)
{
    return QStringLiteral("arg {number=%1}{call=--%2}{display=%3}{type=%4}%5\n")
        .arg(number)
        .arg(call, field(display), type, extra);
}

void ExtcapCommand::printConfig(const QString &interface) const
{
    QTextStream &out = CliSupport::out();
    const QString filterTip = field(tr("Only messages to slots matching this glob, e.g. app/* (a / or a backslash "
                                       "between levels); the capture filter takes the same glob"));
    if (interface == ExtcapCapture::kSlotsInterface) {
        out << arg(0, QStringLiteral("slot"), tr("Slots to watch"), QStringLiteral("string"),
                   QStringLiteral("{default=%1}{tooltip=%2}")
                       .arg(kDefaultSlots, field(tr("A slot served by any process of this user, or a pattern (app/*; "
                                                    "* every slot): a copy of each message written to it is "
                                                    "captured, its reader still gets every message"))));
        out << arg(1, kSlotFilter, tr("Slot name filter"), QStringLiteral("string"),
                   QStringLiteral("{tooltip=%1}").arg(filterTip));
    } else {
        out << arg(0, QStringLiteral("port"), tr("UDP port"), QStringLiteral("unsigned"),
                   QStringLiteral("{range=1,65535}{default=138}{tooltip=%1}")
                       .arg(field(tr("The NetBIOS datagram port (binding 138 needs CAP_NET_BIND_SERVICE)"))));
        out << arg(1, QStringLiteral("interface"), tr("Network interface"), QStringLiteral("string"),
                   QStringLiteral("{tooltip=%1}").arg(field(tr("Only this network interface (default: every one)"))));
        out << arg(2, kSlotFilter, tr("Slot name filter"), QStringLiteral("string"),
                   QStringLiteral("{tooltip=%1}").arg(filterTip));
    }
    out.flush();
}

int ExtcapCommand::capture(const QCommandLineParser &parser, const QString &interface)
{
    ExtcapCapture::Options options;
    options.interface = interface;
    options.fifo = parser.value(QStringLiteral("fifo"));
    if (options.fifo.isEmpty())
        return usageError(tr("--capture needs --fifo"));
    QString problem;
    // The capture filter and the interface's own filter setting: the capture filter wins.
    const QString glob = parser.isSet(kFilter) ? parser.value(kFilter) : parser.value(kSlotFilter);
    const auto filter = ExtcapFilter::parse(glob, &problem);
    if (!filter)
        return usageError(problem);
    options.filter = *filter;
    const QString watched = parser.value(QStringLiteral("slot")).isEmpty() ? kDefaultSlots : parser.value(QStringLiteral("slot"));
    MailslotError error;
    options.watched = SlotPattern::parse(watched, &error);
    if (!options.watched.isValid())
        return usageError(tr("--slot %1: %2")
                              .arg(CliSupport::slotSubject(watched),
                                   error.detail().isEmpty() ? error.message() : error.detail()));
    const auto port = CliSupport::readPort(parser, &problem);
    if (!port)
        return usageError(problem);
    options.bridge.port = *port;
    options.bridge.interfaces = parser.values(QStringLiteral("interface"));
    options.bridge.interfaces.removeAll(QString()); // Wireshark passes an empty setting as ""
    return ExtcapCapture(std::move(options)).run();
}
