#include "statisticsdock.h"

#include "formlabels.h"
#include "mailslotregistry.h"
#include "messagemodel.h"
#include "rategraph.h"
#include "slotmodel.h"

#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QVBoxLayout>

StatisticsDock::StatisticsDock(MailslotRegistry *registry, MessageModel *messages, QWidget *parent)
    : QDockWidget(parent),
      m_registry(registry),
      m_messages(messages),
      m_slotGroup(new QGroupBox),
      m_slotForm(new QFormLayout(m_slotGroup)),
      m_rateGroup(new QGroupBox),
      m_rateForm(new QFormLayout(m_rateGroup)),
      m_totalsGroup(new QGroupBox),
      m_totalsForm(new QFormLayout(m_totalsGroup)),
      m_graph(new RateGraph)
{
    setObjectName(QStringLiteral("statisticsDock"));
    m_name = addField(m_slotForm, "slotName");
    m_maxSize = addField(m_slotForm, "maxMessageSize");
    m_nextSize = addField(m_slotForm, "nextSize");
    m_count = addField(m_slotForm, "messageCount");
    m_timeout = addField(m_slotForm, "readTimeout");
    m_queue = addField(m_slotForm, "queue");
    m_owner = addField(m_slotForm, "owner");
    m_slotTotal = addField(m_slotForm, "slotTotal");
    m_messageRateLabel = addField(m_rateForm, "messageRate");
    m_byteRateLabel = addField(m_rateForm, "byteRate");
    m_rateForm->addRow(m_graph);
    m_received = addField(m_totalsForm, "received");
    m_bytes = addField(m_totalsForm, "bytes");
    m_shown = addField(m_totalsForm, "shown");
    m_evicted = addField(m_totalsForm, "evicted");
    m_netReceived = addField(m_totalsForm, "networkReceived");
    m_netMalformed = addField(m_totalsForm, "networkMalformed");
    m_netDuplicates = addField(m_totalsForm, "networkDuplicates");
    m_netDropped = addField(m_totalsForm, "networkDropped");

    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->addWidget(m_slotGroup);
    layout->addWidget(m_rateGroup);
    layout->addWidget(m_totalsGroup);
    layout->addStretch();
    auto *scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    setWidget(scroll);

    m_clock.start();
    m_timer.setInterval(kSampleIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &StatisticsDock::sample);
    m_timer.start();
    connect(m_registry, &MailslotRegistry::infoChanged, this, [this](const MailslotInfo &info) {
        if (info.name == m_slot)
            showInfo(info, true);
    });
    connect(m_messages, &MessageModel::flushed, this, &StatisticsDock::updateTotals);

    retranslateUi();
}

QLabel *StatisticsDock::addField(QFormLayout *form, const char *objectName)
{
    auto *value = new QLabel;
    value->setObjectName(QLatin1String(objectName));
    value->setTextFormat(Qt::PlainText);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(new QLabel, value);
    return value;
}

QString StatisticsDock::fieldText(const QString &objectName) const
{
    const auto *label = findChild<QLabel *>(objectName);
    return label ? label->text() : QString();
}

void StatisticsDock::setSlotName(const QString &canonicalName)
{
    if (canonicalName == m_slot)
        return;
    m_slot = canonicalName;
    m_graph->clear();
    m_lastSampleMs = -1;
    m_messageRate = m_byteRate = 0;
    sample();
}

void StatisticsDock::sample()
{
    updateTotals();
    if (m_slot.isEmpty()) {
        showInfo({}, false);
        return;
    }
    MailslotError error;
    const MailslotInfo info = m_registry->query(m_slot, &error);
    showInfo(info, !error);
    if (error) {
        m_lastSampleMs = -1;
        return;
    }
    const qint64 now = m_clock.elapsed();
    if (m_lastSampleMs >= 0 && now > m_lastSampleMs) {
        const double seconds = double(now - m_lastSampleMs) / 1000.0;
        m_messageRate = double(info.totalMessages - qMin(info.totalMessages, m_lastMessages)) / seconds;
        m_byteRate = double(info.totalBytes - qMin(info.totalBytes, m_lastBytes)) / seconds;
        m_graph->addSample(m_messageRate);
    }
    m_lastSampleMs = now;
    m_lastMessages = info.totalMessages;
    m_lastBytes = info.totalBytes;
    const QLocale locale;
    m_messageRateLabel->setText(tr("%1 messages/s").arg(locale.toString(m_messageRate, 'f', 1)));
    m_byteRateLabel->setText(tr("%1 bytes/s").arg(locale.toString(m_byteRate, 'f', 0)));
}

void StatisticsDock::showInfo(const MailslotInfo &info, bool valid)
{
    m_info = info;
    m_valid = valid;
    const QLocale locale;
    if (!valid) {
        // A wire name (\MAILSLOT\...) is a slot seen on the network, not one of this computer.
        const bool network = m_slot.startsWith(QLatin1Char('\\')) && !m_slot.startsWith(QLatin1String("\\\\"));
        m_name->setText(m_slot.isEmpty() ? tr("No slot selected")
                        : network        ? tr("%1 (seen on the network: GetMailslotInfo reads slots of this computer only)").arg(m_slot)
                                         : tr("%1 (gone)").arg(m_slot));
        m_name->setWordWrap(network);
        for (QLabel *label : {m_maxSize, m_nextSize, m_count, m_timeout, m_queue, m_owner, m_slotTotal,
                              m_messageRateLabel, m_byteRateLabel})
            label->setText(QStringLiteral("\u2014"));
        return;
    }
    m_name->setWordWrap(false);
    m_name->setText(info.name);
    m_maxSize->setText(info.maxMessageSize == 0 ? tr("any size") : tr("%1 bytes").arg(locale.toString(info.maxMessageSize)));
    m_nextSize->setText(info.nextSize == MailslotInfo::kNoMessage ? tr("no message (MAILSLOT_NO_MESSAGE)")
                                                                   : tr("%1 bytes").arg(locale.toString(info.nextSize)));
    m_count->setText(locale.toString(info.messageCount));
    m_timeout->setText(info.readTimeout == MailslotInfo::kWaitForever ? tr("forever (MAILSLOT_WAIT_FOREVER)")
                                                                       : SlotModel::timeoutText(info.readTimeout));
    m_queue->setText(tr("%1 of %2 bytes").arg(locale.toString(info.queuedBytes), locale.toString(info.queueCapacity)));
    m_owner->setText(info.pid == qint64(QCoreApplication::applicationPid()) ? tr("this monitor (process %1)").arg(info.pid)
                                                                           : tr("process %1").arg(info.pid));
    m_slotTotal->setText(tr("%1 messages, %2 bytes").arg(locale.toString(info.totalMessages), locale.toString(info.totalBytes)));
}

void StatisticsDock::updateTotals()
{
    const QLocale locale;
    m_received->setText(locale.toString(m_messages->totalMessages()));
    m_bytes->setText(locale.toString(m_messages->totalBytes()));
    m_shown->setText(tr("%1 of at most %2").arg(locale.toString(m_messages->rowCount()), locale.toString(m_messages->capacity())));
    m_evicted->setText(locale.toString(m_messages->totalEvicted()));
    if (!m_haveCounters) {
        for (QLabel *label : {m_netReceived, m_netMalformed, m_netDuplicates, m_netDropped})
            label->setText(tr("none (the network is off)"));
        return;
    }
    const BridgeCounters &c = m_counters;
    m_netReceived->setText(tr("%1 (%2 delivered)").arg(locale.toString(c.received), locale.toString(c.delivered)));
    m_netMalformed->setText(locale.toString(c.malformed));
    m_netDuplicates->setText(locale.toString(c.duplicates));
    const quint64 dropped = c.kernelDrops + c.deliveryFailures;
    m_netDropped->setText(c.kernelDropsKnown ? locale.toString(dropped)
                                             : tr("%1 (kernel drops not reported)").arg(locale.toString(dropped)));
}

void StatisticsDock::setNetworkCounters(const BridgeCounters &counters)
{
    m_counters = counters;
    m_haveCounters = true;
    updateTotals();
}

void StatisticsDock::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDockWidget::changeEvent(event);
}

void StatisticsDock::retranslateUi()
{
    setWindowTitle(tr("Statistics"));
    m_slotGroup->setTitle(tr("Selected slot (GetMailslotInfo)"));
    m_rateGroup->setTitle(tr("Rate"));
    m_totalsGroup->setTitle(tr("This monitor"));
    m_graph->setAccessibleName(tr("Messages per second, last two minutes"));
    FormLabels::setText(m_slotForm, m_name, tr("Slot:"));
    FormLabels::setText(m_slotForm, m_maxSize, tr("Max message size:"));
    FormLabels::setText(m_slotForm, m_nextSize, tr("Next message size:"));
    FormLabels::setText(m_slotForm, m_count, tr("Messages waiting:"));
    FormLabels::setText(m_slotForm, m_timeout, tr("Read timeout:"));
    FormLabels::setText(m_slotForm, m_queue, tr("Queue:"));
    FormLabels::setText(m_slotForm, m_owner, tr("Served by:"));
    FormLabels::setText(m_slotForm, m_slotTotal, tr("Written since created:"));
    FormLabels::setText(m_rateForm, m_messageRateLabel, tr("Messages:"));
    FormLabels::setText(m_rateForm, m_byteRateLabel, tr("Bytes:"));
    FormLabels::setText(m_totalsForm, m_received, tr("Messages received:"));
    FormLabels::setText(m_totalsForm, m_bytes, tr("Bytes received:"));
    FormLabels::setText(m_totalsForm, m_shown, tr("Rows in the stream:"));
    FormLabels::setText(m_totalsForm, m_evicted, tr("Rows dropped by the capacity:"));
    FormLabels::setText(m_totalsForm, m_netReceived, tr("Network datagrams:"));
    FormLabels::setText(m_totalsForm, m_netMalformed, tr("Malformed:"));
    FormLabels::setText(m_totalsForm, m_netDuplicates, tr("Duplicates suppressed:"));
    FormLabels::setText(m_totalsForm, m_netDropped, tr("Dropped:"));
    showInfo(m_info, m_valid);
    updateTotals();
}
