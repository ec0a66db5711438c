#include "core/remote/sshdiagnosis.h"

#include <QList>

SshDiagnosis::SshDiagnosis(int exitStatus, bool crashed, const QByteArray &standardError, const QString &host)
{
    const QString said = lastLines(standardError);
    const QString ssh = said.isEmpty() ? QString() : tr(" (ssh: %1)").arg(said);
    if (crashed) {
        m_cause = Cause::Crashed;
        m_text = tr("ssh to %1 ended abnormally").arg(host) + ssh;
    } else if (standardError.contains("Host key verification failed")
               || standardError.contains("REMOTE HOST IDENTIFICATION HAS CHANGED")) {
        m_cause = Cause::HostKey;
        m_text = tr("the host key of %1 is unknown or has changed: check it and add it to known_hosts "
                    "(for example by connecting once with ssh)")
                     .arg(host)
                 + ssh;
    } else if (standardError.contains("Permission denied")) {
        m_cause = Cause::KeyRefused;
        m_text = tr("%1 refused our key: passwords are not asked for, use a key that its authorized_keys "
                    "accepts (ssh-agent or IdentityFile in ~/.ssh/config)")
                     .arg(host)
                 + ssh;
    } else if (exitStatus == 127 || standardError.contains("command not found")) {
        m_cause = Cause::MissingMailslot;
        m_text = tr("mailslot is not installed on %1 (or not on the PATH of its non-interactive shell)").arg(host)
                 + ssh;
    } else if (exitStatus == 255) {
        m_cause = Cause::Connection;
        m_text = tr("ssh could not connect to %1 or lost the connection").arg(host) + ssh;
    } else if (exitStatus != 0) {
        m_cause = Cause::RemoteFailed;
        m_text = tr("mailslot on %1 ended with status %2").arg(host).arg(exitStatus) + ssh;
    } else {
        m_text = tr("mailslot on %1 ended").arg(host);
    }
}

bool SshDiagnosis::needsUser(Cause cause)
{
    return cause == Cause::MissingMailslot || cause == Cause::KeyRefused || cause == Cause::HostKey || cause == Cause::NoSsh;
}

QString SshDiagnosis::lastLines(const QByteArray &standardError, int lines)
{
    QStringList kept;
    const QList<QByteArray> all = standardError.split('\n');
    for (auto it = all.crbegin(); it != all.crend() && kept.size() < lines; ++it) {
        const QByteArray line = it->trimmed();
        if (!line.isEmpty())
            kept.prepend(QString::fromUtf8(line));
    }
    return kept.join(QStringLiteral("; "));
}
