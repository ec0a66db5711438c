#include "app/cli/clicommand.h"

#include "app/cli/clisupport.h"

int CliCommand::usageError(const QString &message) const
{
    CliSupport::reportUsage(message, name());
    return UsageError;
}
