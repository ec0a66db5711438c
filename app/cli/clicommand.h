// One command of the `mailslot` tool (serve, send, list, info, bridge, decode): its name, its help
// (description, arguments, options) and what it does. CliTool finds the command, parses its
// arguments, answers --help and calls run().
#pragma once

#include <QCommandLineOption>
#include <QList>
#include <QString>

class QCommandLineParser;

class CliCommand
{
public:
    // The exit status of the tool: 0 success, 1 a failed operation, 2 a usage error.
    enum ExitCode { Success = 0, Failure = 1, UsageError = 2 };

    // A positional argument as the help shows it: its name, its form in the usage line
    // ("[text]" for an optional one) and what it is.
    struct Argument
    {
        QString name;
        QString syntax;
        QString description;
    };

    virtual ~CliCommand() = default;

    // The word that selects the command ("serve"); never translated.
    virtual QString name() const = 0;
    // What the command does, the second line of its --help.
    virtual QString description() const = 0;
    virtual QList<Argument> arguments() const { return {}; }
    virtual QList<QCommandLineOption> options() const { return {}; }
    // Runs the command on parsed arguments (--help already answered); returns the exit status.
    virtual int run(const QCommandLineParser &parser) = 0;

protected:
    // Reports a usage error of this command (one line pointing at its --help); returns UsageError.
    int usageError(const QString &message) const;
};
