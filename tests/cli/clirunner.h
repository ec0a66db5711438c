// Runs the built `mailslot` tool for the CLI tests: in a private slot namespace, in English,
// with its exit status and both outputs; and `mailslot serve` in the background.
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStringList>
#include <QTemporaryDir>

struct CliResult
{
    int exitCode = -1; // -1: it crashed or did not finish in time
    QByteArray out;
    QByteArray err;
};

class CliRunner
{
public:
    // The tool, a fresh namespace (MAILSLOT_RUNTIME_DIR) and LC_ALL=C.UTF-8, MAILSLOT_LANG unset.
    CliRunner();
    ~CliRunner();

    bool isValid() const;
    QString tool() const { return m_tool; }
    QTemporaryDir &dir() { return m_dir; }
    QProcessEnvironment &environment() { return m_env; }

    CliResult run(const QStringList &args, int timeoutMs = 20000) const;
    // Starts `mailslot serve ...` and waits until it says it serves; nullptr if it does not.
    // The process is stopped by stopServers() (call it in cleanup()).
    QProcess *startServe(const QStringList &args);
    void stopServers();
    // The objects of a JSON-lines output.
    static QList<QJsonObject> jsonLines(const QByteArray &text);
    // A copy of the tool that another user (uid 65534) can run: in a world-readable folder of
    // /tmp that lives as long as this runner. Empty if it cannot be made.
    QString toolForOtherUsers();

private:
    QString m_tool;
    QTemporaryDir m_dir;
    QTemporaryDir m_shared{QStringLiteral("/tmp/mailslot-cli-XXXXXX")};
    QProcessEnvironment m_env;
    QList<QProcess *> m_servers;
};
