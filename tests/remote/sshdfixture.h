// A real OpenSSH server for the tests, on 127.0.0.1 at a free port, with a host key and user keys
// generated in a temporary folder, and an ssh configuration that uses only those files (the
// user's ~/.ssh is never read or written). Host aliases of the configuration:
//   remote-test          our key; `mailslot` is the build's own (its folder first in PATH)
//   remote-test-missing  a second key, whose forced command has no `mailslot` on its PATH
//   remote-test-refused  a key the server does not know
//   remote-test-unknown  our key, but an empty known_hosts (the host key is unknown)
// The remote commands run with the test's MAILSLOT_RUNTIME_DIR, so that the test reaches the
// slots they serve.
#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

class SshdFixture
{
public:
    ~SshdFixture();

    // Starts sshd; false and *reason when it cannot run here (the test skips then).
    bool start(const QString &mailslotDir, const QString &runtimeDir, QString *reason);
    // The ssh arguments that select the generated configuration: {"-F", path}.
    QStringList sshArguments() const;
    // A script that runs ssh with that configuration (for `mailslot remote --ssh`).
    QString sshWrapper() const { return m_dir.filePath(QStringLiteral("ssh")); }
    qint64 serverPid() const { return m_sshd.processId(); }
    // Kills the server's per-connection processes (SIGKILL): every connection drops at once.
    int dropConnections() const;

private:
    bool run(const QString &program, const QStringList &arguments, QString *reason) const;
    bool writeFile(const QString &name, const QByteArray &content, QString *reason) const;
    bool writeConfiguration(const QString &mailslotDir, const QString &runtimeDir, quint16 port, QString *reason);
    bool waitUntilListening(QString *reason);

    QTemporaryDir m_dir;
    QProcess m_sshd;
};
