// The facade over mailslots that the GUI and the CLI share: the servers this process runs (each
// in its worker thread), every slot in the namespace, and sending to a mailslot name.
#pragma once

#include "core/slots/mailsloterror.h"
#include "core/slots/mailslotinfo.h"
#include "core/stream/streamrow.h"
#include "core/slots/mailslotserver.h"
#include "core/netio/networksender.h"

#include <QHash>
#include <QObject>

class MailslotRegistry : public QObject
{
    Q_OBJECT

public:
    explicit MailslotRegistry(QObject *parent = nullptr);
    ~MailslotRegistry() override;

    // Creates and serves a slot; the registry owns the server.
    MailslotServer *createSlot(const QString &name, const MailslotServer::Options &options, MailslotError *error);
    // Stops and closes a slot served here. False if this process does not serve it.
    bool closeSlot(const QString &name);
    void closeAll();
    MailslotServer *server(const QString &name) const;
    QList<MailslotServer *> servers() const;

    // Every slot in this user's namespace (served here or by other processes).
    QList<MailslotInfo> listAll(MailslotError *error = nullptr) const;
    // One slot's figures, from any process of this user.
    MailslotInfo query(const QString &name, MailslotError *error = nullptr) const;
    // Writes one message: to a local slot (opened and closed around the write), or, once the
    // network is enabled, to other computers (\\*\..., \\DOMAIN\..., \\HOST\...) through
    // NetworkSender. Network targets fail with ERROR_BAD_NETPATH while the network is off.
    // On Windows the system writes every form itself (CreateFile/WriteFile), network or not.
    MailslotError send(const QString &target, QByteArrayView payload, quint32 timeoutMs = 10000);
    // Sends to a network target `repeat` times; *report says where the datagrams went.
    MailslotError sendNetwork(const QString &target, QByteArrayView payload, quint64 repeat = 1,
                              NetworkSender::Report *report = nullptr);

    // Network sending is off until enabled (so that nothing is broadcast unasked).
    void enableNetwork(const NetworkSender::Options &options);
    void disableNetwork();
    bool isNetworkEnabled() const { return m_networkEnabled; }
    NetworkSender::Options networkOptions() const { return m_networkOptions; }

signals:
    void slotCreated(MailslotServer *server);
    void slotClosed(const QString &name);
    void messagesReceived(const StreamRowList &messages);
    void infoChanged(const MailslotInfo &info);
    void errorOccurred(const QString &slot, const MailslotError &error);

private:
    QHash<QString, MailslotServer *> m_servers;
    bool m_networkEnabled = false;
    NetworkSender::Options m_networkOptions;
};
