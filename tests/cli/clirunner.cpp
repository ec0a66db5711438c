#include "clirunner.h"

#include <QDebug>
#include <QFile>
#include <QJsonDocument>

CliRunner::CliRunner() : m_tool(QStringLiteral(MAILSLOT_TEST_CLI))
{
    m_env = QProcessEnvironment::systemEnvironment();
    m_env.insert(QStringLiteral("MAILSLOT_RUNTIME_DIR"), m_dir.path() + QStringLiteral("/ns"));
    m_env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    m_env.remove(QStringLiteral("MAILSLOT_LANG"));
}

CliRunner::~CliRunner()
{
    stopServers();
}

bool CliRunner::isValid() const
{
    return QFile::exists(m_tool) && m_dir.isValid();
}

CliResult CliRunner::run(const QStringList &args, int timeoutMs) const
{
    QProcess p;
    p.setProcessEnvironment(m_env);
    p.start(m_tool, args);
    CliResult r;
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

QProcess *CliRunner::startServe(const QStringList &args)
{
    auto *p = new QProcess;
    m_servers.append(p);
    p->setProcessEnvironment(m_env);
    p->setReadChannel(QProcess::StandardError);
    p->start(m_tool, QStringList{QStringLiteral("serve")} + args);
    QByteArray err;
    while (!err.contains("serving") && p->waitForReadyRead(10000))
        err += p->readAllStandardError();
    p->setReadChannel(QProcess::StandardOutput);
    if (!err.contains("serving")) {
        qWarning() << "serve did not start:" << err << p->readAllStandardOutput();
        return nullptr;
    }
    return p;
}

void CliRunner::stopServers()
{
    for (QProcess *p : std::as_const(m_servers)) {
        if (p->state() != QProcess::NotRunning) {
            p->kill();
            p->waitForFinished(5000);
        }
        delete p;
    }
    m_servers.clear();
}

QList<QJsonObject> CliRunner::jsonLines(const QByteArray &text)
{
    QList<QJsonObject> objects;
    for (const QByteArray &line : text.split('\n')) {
        if (!line.trimmed().isEmpty())
            objects.append(QJsonDocument::fromJson(line).object());
    }
    return objects;
}

QString CliRunner::toolForOtherUsers()
{
    if (!m_shared.isValid())
        return {};
    QFile::setPermissions(m_shared.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
                                               | QFileDevice::ReadOther | QFileDevice::ExeOther);
    const QString tool = m_shared.path() + QStringLiteral("/mailslot");
    if (!QFile::exists(tool) && !QFile::copy(m_tool, tool))
        return {};
    return tool;
}
