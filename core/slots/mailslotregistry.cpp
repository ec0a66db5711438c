#include "core/slots/mailslotregistry.h"

#include "core/slots/mailslotname.h"
#include "core/slots/mailslotwriter.h"
#include "core/platform/slotbackend.h"

using namespace mailslot::platform;

MailslotRegistry::MailslotRegistry(QObject *parent) : QObject(parent)
{
}

MailslotRegistry::~MailslotRegistry()
{
    closeAll();
}

MailslotServer *MailslotRegistry::createSlot(const QString &name, const MailslotServer::Options &options,
                                             MailslotError *error)
{
    MailslotServer *server = MailslotServer::create(name, options, error, this);
    if (!server)
        return nullptr;
    const QString canonical = server->name();
    m_servers.insert(canonical, server);
    connect(server, &MailslotServer::messagesReceived, this, &MailslotRegistry::messagesReceived);
    connect(server, &MailslotServer::infoChanged, this, &MailslotRegistry::infoChanged);
    connect(server, &MailslotServer::errorOccurred, this,
            [this, canonical](const MailslotError &e) { emit errorOccurred(canonical, e); });
    emit slotCreated(server);
    return server;
}

bool MailslotRegistry::closeSlot(const QString &name)
{
    const QString canonical = MailslotName::parse(name).canonical();
    MailslotServer *server = m_servers.take(canonical);
    if (!server)
        return false;
    server->stop();
    delete server;
    emit slotClosed(canonical);
    return true;
}

void MailslotRegistry::closeAll()
{
    const QStringList names = m_servers.keys();
    for (const QString &name : names)
        closeSlot(name);
}

MailslotServer *MailslotRegistry::server(const QString &name) const
{
    return m_servers.value(MailslotName::parse(name).canonical());
}

QList<MailslotServer *> MailslotRegistry::servers() const
{
    return m_servers.values();
}

QList<MailslotInfo> MailslotRegistry::listAll(MailslotError *error) const
{
    std::vector<SlotStatus> statuses;
    const SlotError e = createSystemBackend()->list(&statuses);
    if (error)
        *error = MailslotError::fromPlatform(e);
    QList<MailslotInfo> result;
    result.reserve(qsizetype(statuses.size()));
    for (const SlotStatus &status : statuses)
        result.append(MailslotInfo::fromStatus(status));
    return result;
}

MailslotInfo MailslotRegistry::query(const QString &text, MailslotError *error) const
{
    MailslotError local;
    MailslotError &err = error ? *error : local;
    const MailslotName name = MailslotName::parse(text, &err);
    if (!name.isValid())
        return {};
    if (!name.isLocal()) {
        err = MailslotError(kErrorInvalidName, MailslotName::tr("Only mailslots on this computer can be inspected."));
        return {};
    }
    SlotStatus status;
    err = MailslotError::fromPlatform(createSystemBackend()->query(name.canonical().toStdString(), &status));
    return err ? MailslotInfo{} : MailslotInfo::fromStatus(status);
}

MailslotError MailslotRegistry::send(const QString &target, QByteArrayView payload, quint32 timeoutMs)
{
    MailslotError error;
    const MailslotName name = MailslotName::parse(target, &error);
    if (!name.isValid())
        return error;
#ifndef Q_OS_WIN
    if (!name.isLocal())
        return sendNetwork(target, payload);
#endif
    // On Windows every name form goes through the system (CreateFile/WriteFile), remote ones too.
    std::unique_ptr<MailslotWriter> writer = MailslotWriter::open(target, &error);
    if (!writer)
        return error;
    return writer->write(payload, timeoutMs);
}

MailslotError MailslotRegistry::sendNetwork(const QString &target, QByteArrayView payload, quint64 repeat,
                                            NetworkSender::Report *report)
{
    MailslotError error;
    const MailslotName name = MailslotName::parse(target, &error);
    if (!name.isValid())
        return error;
    if (name.isLocal())
        return MailslotError(kErrorInvalidParameter, NetworkSender::tr("%1 is a mailslot on this computer.").arg(name.canonical()));
#ifdef Q_OS_WIN
    // Windows carries remote mailslot writes itself (the system owns UDP 138): each message is
    // one WriteFile on \\HOST\, \\DOMAIN\ or \\*\, and *report names no datagram route.
    if (report)
        *report = {};
    std::unique_ptr<MailslotWriter> writer = MailslotWriter::open(name.canonical(), &error);
    if (!writer)
        return error;
    for (quint64 i = 0; i < repeat; ++i) {
        if ((error = writer->write(payload, 0)))
            return error;
        if (report)
            ++report->datagramsSent;
    }
    return {};
#else
    if (!m_networkEnabled) {
        // The size rule holds whether or not the network is on.
        if (const MailslotError e = NetworkSender::checkSize(name, payload.size()))
            return e;
        return MailslotError(kErrorBadNetpath, NetworkSender::tr("Sending to other computers is not enabled."));
    }
    return NetworkSender(m_networkOptions).send(name, payload, repeat, report);
#endif
}

void MailslotRegistry::enableNetwork(const NetworkSender::Options &options)
{
    m_networkOptions = options;
    m_networkEnabled = true;
}

void MailslotRegistry::disableNetwork()
{
    m_networkEnabled = false;
}
