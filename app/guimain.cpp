// mailslot-monitor: the desktop monitor.
#include "mailslotregistry.h"
#include "mainwindow.h"
#include "signalwatcher.h"
#include "translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QSettings>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("mailslot-monitor"));
    QApplication::setApplicationDisplayName(QStringLiteral("Mailslot Monitor"));
    QApplication::setOrganizationName(QStringLiteral("MailslotMonitor"));
    QApplication::setApplicationVersion(QStringLiteral(MAILSLOT_VERSION));

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

    SignalWatcher signalWatcher;
    QObject::connect(&signalWatcher, &SignalWatcher::signalled, &window, &QWidget::close);
    QObject::connect(&app, &QCoreApplication::aboutToQuit, &registry, &MailslotRegistry::closeAll);
    return app.exec();
}
