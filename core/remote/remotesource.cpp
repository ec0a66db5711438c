#include "core/remote/remotesource.h"

#include <QTimer>

namespace {
constexpr qsizetype kMaxStandardError = 16 * 1024; // ssh's last words are what matter
}

RemoteSource::RemoteSource(Options options, QObject *parent)
    : StreamSource(RowOrigin::Remote, parent), m_options(std::move(options)), m_host(hostOf(m_options.target)),
      m_retryTimer(new QTimer(this)), m_parser(m_host), m_nextRetryMs(m_options.firstRetryMs)
{
    m_retryTimer->setSingleShot(true);
    connect(m_retryTimer, &QTimer::timeout, this, &RemoteSource::start);
}

RemoteSource::~RemoteSource()
{
    stop();
}

QString RemoteSource::name() const
{
    return tr("%1: %2").arg(m_host, m_options.command.join(QLatin1Char(' ')));
}

int RemoteSource::retryRemainingMs() const
{
    return m_retryTimer->isActive() ? m_retryTimer->remainingTime() : -1;
}

QString RemoteSource::hostOf(const QString &target)
{
    return target.section(QLatin1Char('@'), -1);
}

QString RemoteSource::shellQuote(const QString &word)
{
    QString quoted = word;
    quoted.replace(QLatin1Char('\''), QStringLiteral("'\\''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

QStringList RemoteSource::sshArguments(const Options &options)
{
    QStringList words{options.remoteProgram};
    words += options.command;
    for (const QString &flag : {QStringLiteral("--json"), QStringLiteral("--header")}) {
        if (!options.command.contains(flag))
            words.append(flag);
    }
    QStringList remote;
    for (const QString &word : std::as_const(words))
        remote.append(shellQuote(word));
    // -T: no terminal (the stream is bytes); BatchMode: ssh never asks for a password here.
    return QStringList{QStringLiteral("-T"), QStringLiteral("-o"), QStringLiteral("BatchMode=yes")}
           + options.sshArguments + QStringList{QStringLiteral("--"), options.target, remote.join(QLatin1Char(' '))};
}

QString RemoteSource::remoteStateText(RemoteState state)
{
    switch (state) {
    case RemoteState::Connecting: return tr("Connecting");
    case RemoteState::Live: return tr("Live");
    case RemoteState::Lost: return tr("Lost");
    case RemoteState::Reconnecting: return tr("Reconnecting");
    case RemoteState::Finished: return tr("Finished");
    }
    return {};
}

void RemoteSource::start()
{
    m_stopped = false;
    m_retryTimer->stop();
    if (m_process)
        return;
    m_parser.restart();
    m_standardError.clear();
    m_process = new QProcess(this);
    connect(m_process, &QProcess::readyReadStandardOutput, this, &RemoteSource::readOutput);
    connect(m_process, &QProcess::readyReadStandardError, this, &RemoteSource::readError);
    connect(m_process, &QProcess::finished, this, &RemoteSource::processFinished);
    connect(m_process, &QProcess::errorOccurred, this, &RemoteSource::processFailed);
    setRemoteState(RemoteState::Connecting);
    m_process->start(m_options.sshProgram, sshArguments(m_options), QIODevice::ReadOnly);
}

void RemoteSource::stop()
{
    m_stopped = true;
    m_retryTimer->stop();
    if (!m_process)
        return;
    QProcess *process = std::exchange(m_process, nullptr);
    process->disconnect(this);
    process->kill();
    process->waitForFinished(5000); // reaps ssh (killed: at once)
    delete process;
}

void RemoteSource::readOutput()
{
    if (!m_process)
        return;
    StreamRowList rows = m_parser.feed(m_process->readAllStandardOutput());
    if (m_remoteState != RemoteState::Live && (m_parser.header() || !rows.isEmpty())) {
        m_nextRetryMs = m_options.firstRetryMs;
        m_lossText.clear();
        setRemoteState(RemoteState::Live);
    }
    publish(std::move(rows));
}

void RemoteSource::readError()
{
    if (!m_process)
        return;
    m_standardError += m_process->readAllStandardError();
    if (m_standardError.size() > kMaxStandardError)
        m_standardError = m_standardError.right(kMaxStandardError);
}

void RemoteSource::processFinished(int exitCode, QProcess::ExitStatus status)
{
    // What ssh wrote before it ended comes first.
    readOutput();
    readError();
    publish(m_parser.finish());
    const SshDiagnosis diagnosis(exitCode, status == QProcess::CrashExit, m_standardError, m_host);
    m_process->deleteLater();
    m_process = nullptr;
    if (diagnosis.cause() == SshDiagnosis::Cause::None) {
        m_lossText.clear();
        setRemoteState(RemoteState::Finished);
        return;
    }
    lose(diagnosis.text(), diagnosis.cause());
}

void RemoteSource::processFailed(QProcess::ProcessError error)
{
    if (error != QProcess::FailedToStart || !m_process)
        return;
    const QString text = tr("cannot run %1: %2").arg(m_options.sshProgram, m_process->errorString());
    m_process->deleteLater();
    m_process = nullptr;
    lose(text, SshDiagnosis::Cause::NoSsh);
}

void RemoteSource::lose(const QString &text, SshDiagnosis::Cause cause)
{
    m_lossText = text;
    m_lossCause = cause;
    m_retryDelayMs = m_nextRetryMs;
    m_nextRetryMs = std::min(m_nextRetryMs * 2, m_options.maxRetryMs);
    setRemoteState(RemoteState::Lost);
    if (m_stopped) // whoever heard of the loss stopped the source
        return;
    m_retryTimer->start(m_retryDelayMs);
    setRemoteState(RemoteState::Reconnecting);
}

void RemoteSource::setRemoteState(RemoteState state)
{
    if (state == m_remoteState && state != RemoteState::Reconnecting)
        return;
    m_remoteState = state;
    switch (state) {
    case RemoteState::Connecting: setState(State::Starting); break;
    case RemoteState::Live: setState(State::Live); break;
    case RemoteState::Lost:
    case RemoteState::Reconnecting: setState(State::Failed, m_lossText); break;
    case RemoteState::Finished: setState(State::Finished); break;
    }
    emit remoteStateChanged(state);
}
