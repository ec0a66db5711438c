// The `mailslot` command-line tool.
#include "app/cli/clitool.h"
#include "core/text/translations.h"

#include <QCoreApplication>

#ifdef Q_OS_WIN
#include <fcntl.h>
#include <io.h>
#endif

int main(int argc, char *argv[])
{
#ifdef Q_OS_WIN
    // Both outputs carry bytes as they are (JSON lines, a capture written to "-"), with the same
    // line ends as on Linux: no text-mode translation of "\n" into "\r\n".
    _setmode(_fileno(stdout), _O_BINARY);
    _setmode(_fileno(stderr), _O_BINARY);
#endif
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("mailslot"));
    QCoreApplication::setOrganizationName(QStringLiteral("MailslotMonitor"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MAILSLOT_VERSION));
    Translations::install(qEnvironmentVariable("MAILSLOT_LANG"));
    CliTool tool(QCoreApplication::arguments());
    return tool.run();
}
