#include "ui/network/networkcountersbox.h"

#include "ui/common/formlabels.h"
#include "ui/common/seenrefresh.h"

#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>

NetworkCountersBox::NetworkCountersBox(QWidget *parent)
    : QGroupBox(parent), m_form(new QFormLayout(this)), m_seen(new SeenRefresh(this, [this] { showCounters(); }))
{
    m_received = addCounter("received");
    m_delivered = addCounter("delivered");
    m_observed = addCounter("observed");
    m_malformed = addCounter("malformed");
    m_duplicates = addCounter("duplicates");
    m_dropped = addCounter("dropped");
    retranslateUi();
}

QLabel *NetworkCountersBox::addCounter(const char *objectName)
{
    auto *value = new QLabel;
    value->setObjectName(QLatin1String(objectName));
    value->setTextFormat(Qt::PlainText);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    value->setWordWrap(true); // "unknown to the kernel, 0 undeliverable" wraps in a narrow dock
    m_form->addRow(new QLabel, value);
    return value;
}

void NetworkCountersBox::setCounters(const BridgeCounters &counters)
{
    m_counters = counters;
    showCounters();
}

void NetworkCountersBox::showCounters()
{
    if (!m_seen->seen())
        return;
    const QLocale locale;
    const BridgeCounters &c = m_counters;
    m_received->setText(locale.toString(c.received));
    m_delivered->setText(locale.toString(c.delivered));
    m_observed->setText(locale.toString(c.observed));
    m_malformed->setText(locale.toString(c.malformed));
    m_duplicates->setText(locale.toString(c.duplicates));
    m_dropped->setText(tr("%1 by the kernel, %2 not deliverable")
                           .arg(c.kernelDropsKnown ? locale.toString(c.kernelDrops) : tr("unknown"),
                                locale.toString(c.deliveryFailures)));
}

void NetworkCountersBox::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QGroupBox::changeEvent(event);
}

void NetworkCountersBox::retranslateUi()
{
    setTitle(tr("Counters"));
    FormLabels::setText(m_form, m_received, tr("Received:"));
    FormLabels::setText(m_form, m_delivered, tr("Delivered:"));
    FormLabels::setText(m_form, m_observed, tr("Observed only:"));
    FormLabels::setText(m_form, m_malformed, tr("Malformed:"));
    FormLabels::setText(m_form, m_duplicates, tr("Duplicates suppressed:"));
    FormLabels::setText(m_form, m_dropped, tr("Dropped:"));
    showCounters();
}
