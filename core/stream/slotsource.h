// The slots this process serves (MailslotRegistry), as a source of stream rows: every message
// read from any of them, in the batches the servers' worker threads read.
#pragma once

#include "core/stream/streamsource.h"

#include <QPointer>

#include <memory>

class DeliveryLedger;
class MailslotRegistry;
class MailslotServer;

class SlotSource : public StreamSource
{
    Q_OBJECT

public:
    // The registry is not owned; it must outlive the source. The ledger learns which slots are
    // served here (so that the bridge's deliveries into them are one row, not two).
    SlotSource(MailslotRegistry *registry, std::shared_ptr<DeliveryLedger> ledger, QObject *parent = nullptr);
    ~SlotSource() override;

    QString name() const override;
    MailslotRegistry *registry() const { return m_registry; }

private:
    void slotCreated(MailslotServer *server);
    void slotClosed(const QString &slot);

    QPointer<MailslotRegistry> m_registry;
    std::shared_ptr<DeliveryLedger> m_ledger;
};
