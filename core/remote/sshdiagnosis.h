// What went wrong with an ssh run, for the user: ssh's own words (the last lines of its standard
// error) behind a sentence that names the usual causes: `mailslot` missing on the remote host
// (exit status 127, "command not found"), a refused key ("Permission denied"), an unknown or
// changed host key ("Host key verification failed"). Pure: exit status and text in, text out.
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

class SshDiagnosis
{
    Q_DECLARE_TR_FUNCTIONS(SshDiagnosis)

public:
    enum class Cause {
        None,             // the remote command ended with status 0
        MissingMailslot,  // no `mailslot` on the remote PATH
        KeyRefused,       // the server took none of our keys (or wanted a password: BatchMode)
        HostKey,          // the host key is unknown or has changed
        Connection,       // ssh could not reach or lost the host (status 255)
        RemoteFailed,     // the remote command failed (its own status and message)
        Crashed,          // ssh itself was killed by a signal
        NoSsh,            // the ssh program could not be run
    };

    // exitStatus: ssh's exit status (when crashed is false); standardError: all ssh wrote there.
    SshDiagnosis(int exitStatus, bool crashed, const QByteArray &standardError, const QString &host);

    Cause cause() const { return m_cause; }
    // Whether trying again cannot help until the user changes something (a key, a host key, an
    // installation), as opposed to a connection that may come back.
    static bool needsUser(Cause cause);
    // One paragraph for the status bar and standard error: the cause, then ssh's own text.
    QString text() const { return m_text; }
    // The last non-empty lines of a standard error output, joined by "; " (at most `lines`).
    static QString lastLines(const QByteArray &standardError, int lines = 2);

private:
    Cause m_cause = Cause::None;
    QString m_text;
};
