#include "core/stream/slotsource.h"

#include "core/slots/mailslotregistry.h"
#include "core/stream/deliveryledger.h"

SlotSource::SlotSource(MailslotRegistry *registry, std::shared_ptr<DeliveryLedger> ledger, QObject *parent)
    : StreamSource(RowOrigin::LocalSlot, parent), m_registry(registry), m_ledger(std::move(ledger))
{
    connect(registry, &MailslotRegistry::messagesReceived, this, &SlotSource::publish);
    connect(registry, &MailslotRegistry::slotCreated, this, &SlotSource::slotCreated);
    connect(registry, &MailslotRegistry::slotClosed, this, &SlotSource::slotClosed);
    const QList<MailslotServer *> servers = registry->servers();
    for (MailslotServer *server : servers)
        slotCreated(server);
    setState(State::Live);
}

SlotSource::~SlotSource()
{
    if (!m_ledger || !m_registry)
        return;
    const QList<MailslotServer *> servers = m_registry->servers();
    for (MailslotServer *server : servers)
        m_ledger->setServed(server->name(), false);
}

QString SlotSource::name() const
{
    return tr("Local slots");
}

void SlotSource::slotCreated(MailslotServer *server)
{
    if (m_ledger)
        m_ledger->setServed(server->name(), true);
}

void SlotSource::slotClosed(const QString &slot)
{
    if (m_ledger)
        m_ledger->setServed(slot, false);
}
