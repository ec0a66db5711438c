// Another host's stream of rows, read through the user's own ssh: runs
// `ssh -o BatchMode=yes [options] [user@]host -- mailslot <command> --json --header` (their keys,
// agent, ~/.ssh/config and known_hosts as they are; never a password prompt of ours), reads the
// stream format (STREAM-FORMAT.md) as it arrives and publishes its rows tagged with the host.
//
// States: connecting (ssh runs, no header yet), live (the header arrived), lost (ssh ended: why,
// in ssh's own words, see SshDiagnosis), reconnecting (a QTimer, 1 s doubling to 30 s; back to
// 1 s once live again). A remote command that ends with status 0 finishes the source. Nothing
// that arrived is dropped: a line cut between two reads waits for its end, and what ssh wrote
// before it ended is read before the source says it is lost.
#pragma once

#include "core/remote/remotelineparser.h"
#include "core/remote/sshdiagnosis.h"
#include "core/stream/streamsource.h"

#include <QProcess>
#include <QStringList>

class QTimer;

class RemoteSource : public StreamSource
{
    Q_OBJECT

public:
    enum class RemoteState { Connecting, Live, Lost, Reconnecting, Finished };
    Q_ENUM(RemoteState)

    struct Options
    {
        QString target;              // [user@]host, as ssh takes it
        QStringList command;         // the remote mailslot command: {"bridge"}, {"serve", "demo"}, ...
        QString sshProgram = QStringLiteral("ssh");
        QStringList sshArguments;    // before the target (e.g. {"-F", "config"}); usually none
        QString remoteProgram = QStringLiteral("mailslot");
        int firstRetryMs = 1000;
        int maxRetryMs = 30000;
    };

    explicit RemoteSource(Options options, QObject *parent = nullptr);
    ~RemoteSource() override;

    // "host: bridge"
    QString name() const override;
    // The host part of the target (without user@): what rows carry as their host.
    QString host() const { return m_host; }
    const Options &options() const { return m_options; }

    // Runs ssh (again, if it had ended); stop() ends it and any reconnecting.
    void start();
    void stop();

    RemoteState remoteState() const { return m_remoteState; }
    // Why the source was lost (kept while reconnecting; empty otherwise).
    QString lossText() const { return m_lossText; }
    // The cause of the latest loss (None before any).
    SshDiagnosis::Cause lossCause() const { return m_lossCause; }
    // The delay before the next attempt, while reconnecting.
    int retryDelayMs() const { return m_retryDelayMs; }
    // What is left of that delay (-1 when not reconnecting).
    int retryRemainingMs() const;
    // Lines that were not rows of the format, and the latest one's problem.
    quint64 badLines() const { return m_parser.badLines(); }
    QString lastBadLine() const { return m_parser.lastProblem(); }
    // The header of the current connection's stream, once live.
    std::optional<StreamFormat::Header> streamHeader() const { return m_parser.header(); }

    // The host of a target: "user@host" -> "host".
    static QString hostOf(const QString &target);
    // The ssh arguments of a run (the remote command's words quoted for the remote shell).
    static QStringList sshArguments(const Options &options);
    // One word for a POSIX shell: 'it'\''s'.
    static QString shellQuote(const QString &word);
    // "Connecting", "Live", ... (translated).
    static QString remoteStateText(RemoteState state);

signals:
    void remoteStateChanged(RemoteSource::RemoteState state);

private:
    void readOutput();
    void readError();
    void processFinished(int exitCode, QProcess::ExitStatus status);
    void processFailed(QProcess::ProcessError error);
    void lose(const QString &text, SshDiagnosis::Cause cause);
    void setRemoteState(RemoteState state);

    Options m_options;
    QString m_host;
    QProcess *m_process = nullptr;
    QTimer *m_retryTimer = nullptr;
    RemoteLineParser m_parser;
    QByteArray m_standardError;
    RemoteState m_remoteState = RemoteState::Connecting;
    QString m_lossText;
    SshDiagnosis::Cause m_lossCause = SshDiagnosis::Cause::None;
    int m_retryDelayMs = 0;
    int m_nextRetryMs = 0;
    bool m_stopped = false;
};
