// mailslot-monitor: the desktop monitor.
#include "captureloader.h"
#include "mailslotregistry.h"
#include "mainwindow.h"
#include "signalwatcher.h"
#include "translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QSettings>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("mailslot-monitor"));
    QApplication::setApplicationDisplayName(QStringLiteral("Mailslot Monitor"));
    QApplication::setOrganizationName(QStringLiteral("MailslotMonitor"));
    QApplication::setApplicationVersion(QStringLiteral(MAILSLOT_VERSION));
    QIcon icon(QStringLiteral(":/icons/mailslot-monitor.svg")); // needs Qt's SVG icon engine...
    for (int size : {16, 22, 24, 32, 48, 64, 128, 256}) // ...so the rendered sizes come along
        icon.addFile(QStringLiteral(":/icons/%1x%1/mailslot-monitor.png").arg(size), QSize(size, size));
    QApplication::setWindowIcon(icon);
    // Lets Wayland compositors match the window to the installed desktop entry.
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.mailslotmonitor.MailslotMonitor"));

    // The saved language first, so that --help speaks it too; --lang overrides it for this run.
    const QString saved = QSettings().value(QStringLiteral("language"), QStringLiteral("system")).toString();
    Translations::install(saved);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Watch Win32 mailslots live, send test messages and read slot statistics."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption langOption(QStringLiteral("lang"),
                                        QApplication::translate("main", "Language of the window: en, es, it or system."),
                                        QApplication::translate("main", "language"));
    parser.addOption(langOption);
    parser.addPositionalArgument(QApplication::translate("main", "capture"),
                                 QApplication::translate("main", "pcap or pcapng files to open into the message stream."),
                                 QApplication::translate("main", "[capture...]"));
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
    QObject::connect(window.captureLoader(), &CaptureLoader::finished, &window, openNext);
    openNext();

    SignalWatcher signalWatcher;
    QObject::connect(&signalWatcher, &SignalWatcher::signalled, &window, &QWidget::close);
    QObject::connect(&app, &QCoreApplication::aboutToQuit, &registry, &MailslotRegistry::closeAll);
    return app.exec();
}
