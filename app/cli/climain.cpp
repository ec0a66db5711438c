// The `mailslot` command-line tool.
#include "app/cli/clitool.h"
#include "core/text/translations.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("mailslot"));
    QCoreApplication::setOrganizationName(QStringLiteral("MailslotMonitor"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MAILSLOT_VERSION));
    Translations::install(qEnvironmentVariable("MAILSLOT_LANG"));
    CliTool tool(QCoreApplication::arguments());
    return tool.run();
}
