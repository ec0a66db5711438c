// mailslot-monitor: the desktop monitor.
#include "core/slots/mailslotregistry.h"
#include "ui/window/mainwindow.h"
#include "core/system/signalwatcher.h"
#include "core/text/translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QSettings>

namespace {

void setIdentity()
{
    QCoreApplication::setApplicationName(QStringLiteral("mailslot-monitor"));
    QCoreApplication::setOrganizationName(QStringLiteral("MailslotMonitor"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MAILSLOT_VERSION));
}

// The saved language; --lang overrides it for one run.
QString savedLanguage()
{
    return QSettings().value(QStringLiteral("language"), QStringLiteral("system")).toString();
}

QCommandLineOption addOptions(QCommandLineParser &parser)
{
    parser.setApplicationDescription(QCoreApplication::translate("main", "Watch Win32 mailslots live, send test messages and read slot statistics."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption langOption(QStringLiteral("lang"),
                                        QCoreApplication::translate("main", "Language of the window: en, es, it or system."),
                                        QCoreApplication::translate("main", "language"));
    parser.addOption(langOption);
    parser.addPositionalArgument(QCoreApplication::translate("main", "capture"),
                                 QCoreApplication::translate("main", "pcap or pcapng files to open into the message stream."),
                                 QCoreApplication::translate("main", "[capture...]"));
    return langOption;
}

// --help and --version need no display: they are answered before the QApplication, which
// cannot start without one (a package check, a terminal over ssh).
bool wantsInformationOnly(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArrayView arg(argv[i]);
        if (arg == "--")
            break;
        if (arg == "-h" || arg == "--help" || arg == "-?" || arg == "--help-all" || arg == "-v" || arg == "--version")
            return true;
    }
    return false;
}

} // namespace

int main(int argc, char *argv[])
{
    setIdentity();
    if (wantsInformationOnly(argc, argv)) {
        QCoreApplication app(argc, argv);
        Translations::install(savedLanguage());
        QCommandLineParser parser;
        addOptions(parser);
        parser.process(app); // prints the help or the version and exits
        return 0;
    }

    QApplication app(argc, argv);
    QApplication::setApplicationDisplayName(QStringLiteral("Mailslot Monitor"));
    QIcon icon(QStringLiteral(":/icons/mailslot-monitor.svg")); // needs Qt's SVG icon engine...
    for (int size : {16, 22, 24, 32, 48, 64, 128, 256}) // ...so the rendered sizes come along
        icon.addFile(QStringLiteral(":/icons/%1x%1/mailslot-monitor.png").arg(size), QSize(size, size));
    QApplication::setWindowIcon(icon);
    // Lets Wayland compositors match the window to the installed desktop entry.
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.mailslotmonitor.MailslotMonitor"));

    // The saved language first, so that messages about the options speak it too.
    const QString saved = savedLanguage();
    Translations::install(saved);

    QCommandLineParser parser;
    const QCommandLineOption langOption = addOptions(parser);
    parser.process(app);

    const bool override = parser.isSet(langOption);
    const QString language = override ? parser.value(langOption) : saved;
    if (override && !Translations::available().contains(language) && language != QLatin1String("system")) {
        qWarning("%s", qPrintable(QApplication::translate("main", "Unknown language '%1'; use en, es, it or system.").arg(language)));
        return 2;
    }
    Translations::install(language);

    MailslotRegistry registry;
    MainWindow window(&registry);
    window.setLanguage(language, !override);
    window.startDefaultSlot();
    window.show();
    // Capture files named on the command line, one after the other.
    QStringList captures = parser.positionalArguments();
    const auto openNext = [&window, &captures] {
        if (!captures.isEmpty() && window.openCapture(captures.constFirst()))
            captures.removeFirst();
    };
    QObject::connect(&window, &MainWindow::captureDone, &window, openNext);
    openNext();

    SignalWatcher signalWatcher;
    QObject::connect(&signalWatcher, &SignalWatcher::signalled, &window, &QWidget::close);
    QObject::connect(&app, &QCoreApplication::aboutToQuit, &registry, &MailslotRegistry::closeAll);
    return app.exec();
}
