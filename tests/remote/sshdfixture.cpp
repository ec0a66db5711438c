#include "sshdfixture.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTcpServer>

#include <csignal>
#include <pwd.h>
#include <sys/types.h>
#include <unistd.h>

namespace {
constexpr const char *kSshd = "/usr/sbin/sshd";

QString userName()
{
    const passwd *entry = ::getpwuid(::getuid());
    return entry ? QString::fromLocal8Bit(entry->pw_name) : QString();
}

// The parent pid and command name of a process, from /proc/<pid>/stat.
bool readStat(qint64 pid, qint64 *parent, QByteArray *name)
{
    QFile file(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray stat = file.readAll();
    const qsizetype open = stat.indexOf('(');
    const qsizetype close = stat.lastIndexOf(')');
    if (open < 0 || close < open)
        return false;
    *name = stat.mid(open + 1, close - open - 1);
    *parent = stat.mid(close + 2).split(' ').value(1).toLongLong();
    return true;
}
} // namespace

SshdFixture::~SshdFixture()
{
    if (m_sshd.state() != QProcess::NotRunning) {
        dropConnections();
        m_sshd.kill();
        m_sshd.waitForFinished(5000);
    }
}

bool SshdFixture::run(const QString &program, const QStringList &arguments, QString *reason) const
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(30000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        *reason = QStringLiteral("%1 failed: %2").arg(program, QString::fromLocal8Bit(process.readAllStandardError()));
        return false;
    }
    return true;
}

bool SshdFixture::writeFile(const QString &name, const QByteArray &content, QString *reason) const
{
    QFile file(m_dir.filePath(name));
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(content) != content.size()) {
        *reason = QStringLiteral("cannot write %1").arg(file.fileName());
        return false;
    }
    return true;
}

bool SshdFixture::start(const QString &mailslotDir, const QString &runtimeDir, QString *reason)
{
    if (!QFile::exists(QLatin1String(kSshd))) {
        *reason = QStringLiteral("%1 is not installed (tools/apt-ensure.sh openssh-server)").arg(QLatin1String(kSshd));
        return false;
    }
    if (!m_dir.isValid()) {
        *reason = QStringLiteral("no temporary folder");
        return false;
    }
    // sshd run as root wants its privilege separation folder (systemd makes it for the service).
    if (::getuid() == 0 && !QDir().mkpath(QStringLiteral("/run/sshd"))) {
        *reason = QStringLiteral("cannot create /run/sshd");
        return false;
    }
    for (const QString &key : {QStringLiteral("host_key"), QStringLiteral("user_key"), QStringLiteral("other_key"),
                              QStringLiteral("stranger_key")}) {
        if (!run(QStringLiteral("ssh-keygen"),
                 {QStringLiteral("-q"), QStringLiteral("-t"), QStringLiteral("ed25519"), QStringLiteral("-N"), QString(),
                  QStringLiteral("-C"), key, QStringLiteral("-f"), m_dir.filePath(key)},
                 reason))
            return false;
    }
    quint16 port = 0;
    {
        QTcpServer probe;
        if (!probe.listen(QHostAddress::LocalHost, 0)) {
            *reason = QStringLiteral("no free port on 127.0.0.1");
            return false;
        }
        port = probe.serverPort();
    }
    if (!writeConfiguration(mailslotDir, runtimeDir, port, reason))
        return false;
    m_sshd.start(QLatin1String(kSshd), {QStringLiteral("-D"), QStringLiteral("-e"), QStringLiteral("-f"),
                                        m_dir.filePath(QStringLiteral("sshd_config"))});
    return waitUntilListening(reason);
}

bool SshdFixture::writeConfiguration(const QString &mailslotDir, const QString &runtimeDir, quint16 port,
                                     QString *reason)
{
    const QString dir = m_dir.path();
    // The forced commands: the client's command with the build's mailslot first in PATH, or
    // with no mailslot at all.
    // A sanitizer build's options reach the remote mailslot too (sshd passes no environment).
    QByteArray sanitizers;
    for (const char *name : {"ASAN_OPTIONS", "UBSAN_OPTIONS", "TSAN_OPTIONS"}) {
        if (qEnvironmentVariableIsSet(name))
            sanitizers += QByteArray(name) + "='" + qgetenv(name) + "'\nexport " + name + "\n";
    }
    const QByteArray wrapper = QStringLiteral("#!/bin/sh\nPATH='%1':/usr/bin:/bin\nMAILSLOT_RUNTIME_DIR='%2'\n"
                                              "export PATH MAILSLOT_RUNTIME_DIR\n%3exec /bin/sh -c \"$SSH_ORIGINAL_COMMAND\"\n")
                                   .arg(mailslotDir, runtimeDir, QString::fromUtf8(sanitizers))
                                   .toUtf8();
    const QByteArray bare = QByteArrayLiteral("#!/bin/sh\nPATH=/usr/bin:/bin\nexport PATH\n"
                                              "exec /bin/sh -c \"$SSH_ORIGINAL_COMMAND\"\n");
    QFile userKey(m_dir.filePath(QStringLiteral("user_key.pub")));
    QFile otherKey(m_dir.filePath(QStringLiteral("other_key.pub")));
    QFile hostKey(m_dir.filePath(QStringLiteral("host_key.pub")));
    if (!userKey.open(QIODevice::ReadOnly) || !otherKey.open(QIODevice::ReadOnly) || !hostKey.open(QIODevice::ReadOnly)) {
        *reason = QStringLiteral("cannot read the generated keys");
        return false;
    }
    const QByteArray authorized = "command=\"" + m_dir.filePath(QStringLiteral("with-mailslot")).toUtf8() + "\" "
                                  + userKey.readAll() + "command=\"" + m_dir.filePath(QStringLiteral("without-mailslot")).toUtf8()
                                  + "\" " + otherKey.readAll();
    const QByteArray sshd = QStringLiteral("Port %1\nListenAddress 127.0.0.1\nHostKey %2/host_key\nPidFile %2/sshd.pid\n"
                                           "AuthorizedKeysFile %2/authorized_keys\nPermitRootLogin prohibit-password\n"
                                           "AllowUsers %3\nPubkeyAuthentication yes\nPasswordAuthentication no\n"
                                           "KbdInteractiveAuthentication no\nUsePAM no\nStrictModes no\n"
                                           "PermitUserEnvironment no\nX11Forwarding no\nPrintMotd no\n")
                                .arg(port)
                                .arg(dir, userName())
                                .toUtf8();
    const QString hostEntry = QStringLiteral("Host %1\n  HostName 127.0.0.1\n  Port %2\n  User %3\n  IdentityFile %4/%5\n"
                                             "  IdentitiesOnly yes\n  UserKnownHostsFile %4/%6\n  GlobalKnownHostsFile /dev/null\n"
                                             "  StrictHostKeyChecking yes\n  BatchMode yes\n  ControlMaster no\n");
    QString client;
    client += hostEntry.arg(QStringLiteral("remote-test")).arg(port).arg(userName(), dir, QStringLiteral("user_key"), QStringLiteral("known_hosts"));
    client += hostEntry.arg(QStringLiteral("remote-test-missing")).arg(port).arg(userName(), dir, QStringLiteral("other_key"), QStringLiteral("known_hosts"));
    client += hostEntry.arg(QStringLiteral("remote-test-refused")).arg(port).arg(userName(), dir, QStringLiteral("stranger_key"), QStringLiteral("known_hosts"));
    client += hostEntry.arg(QStringLiteral("remote-test-unknown")).arg(port).arg(userName(), dir, QStringLiteral("user_key"), QStringLiteral("no_known_hosts"));
    const QByteArray knownHosts = QStringLiteral("[127.0.0.1]:%1 ").arg(port).toUtf8() + hostKey.readAll();
    const QByteArray sshWrapper = "#!/bin/sh\nexec ssh -F '" + m_dir.filePath(QStringLiteral("ssh_config")).toUtf8() + "' \"$@\"\n";
    if (!writeFile(QStringLiteral("with-mailslot"), wrapper, reason) || !writeFile(QStringLiteral("without-mailslot"), bare, reason)
        || !writeFile(QStringLiteral("authorized_keys"), authorized, reason) || !writeFile(QStringLiteral("sshd_config"), sshd, reason)
        || !writeFile(QStringLiteral("ssh_config"), client.toUtf8(), reason) || !writeFile(QStringLiteral("known_hosts"), knownHosts, reason)
        || !writeFile(QStringLiteral("no_known_hosts"), {}, reason) || !writeFile(QStringLiteral("ssh"), sshWrapper, reason))
        return false;
    const auto executable = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;
    for (const QString &script : {QStringLiteral("with-mailslot"), QStringLiteral("without-mailslot"), QStringLiteral("ssh")})
        QFile::setPermissions(m_dir.filePath(script), executable);
    return true;
}

bool SshdFixture::waitUntilListening(QString *reason)
{
    QByteArray said;
    QElapsedTimer elapsed;
    elapsed.start();
    while (!said.contains("Server listening on 127.0.0.1") && elapsed.elapsed() < 20000) {
        if (m_sshd.state() == QProcess::NotRunning && !m_sshd.bytesAvailable())
            break;
        m_sshd.waitForReadyRead(1000); // sshd's own line says it listens
        said += m_sshd.readAllStandardError() + m_sshd.readAllStandardOutput();
    }
    if (said.contains("Server listening on 127.0.0.1"))
        return true;
    *reason = QStringLiteral("sshd did not start: %1").arg(QString::fromLocal8Bit(said.trimmed()));
    return false;
}

QStringList SshdFixture::sshArguments() const
{
    return {QStringLiteral("-F"), m_dir.filePath(QStringLiteral("ssh_config"))};
}

int SshdFixture::dropConnections() const
{
    // Every sshd process below the listener (the per-connection monitor and its child).
    const qint64 listener = serverPid();
    QList<qint64> victims;
    const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs);
    for (const QString &entry : entries) {
        bool ok = false;
        const qint64 pid = entry.toLongLong(&ok);
        qint64 parent = 0;
        QByteArray name;
        if (!ok || !readStat(pid, &parent, &name) || !name.startsWith("sshd"))
            continue;
        for (qint64 up = parent; up > 1;) {
            if (up == listener) {
                victims.append(pid);
                break;
            }
            QByteArray upName;
            if (!readStat(up, &up, &upName))
                break;
        }
    }
    for (qint64 pid : std::as_const(victims))
        ::kill(pid_t(pid), SIGKILL);
    return int(victims.size());
}
