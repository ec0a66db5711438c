#include "ui/statistics/statisticsdock.h"

#include "ui/common/formlabels.h"
#include "ui/common/refreshthrottle.h"
#include "ui/common/seenrefresh.h"
#include "core/slots/mailslotregistry.h"
#include "ui/stream/messagemodel.h"
#include "ui/statistics/rategraph.h"
#include "ui/slots/slotmodel.h"

#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QVBoxLayout>

#include <limits>

StatisticsDock::StatisticsDock(MailslotRegistry *registry, MessageModel *messages, QWidget *parent)
    : QDockWidget(parent),
      m_registry(registry),
      m_messages(messages),
      m_slotGroup(new QGroupBox),
      m_slotForm(new QFormLayout(m_slotGroup)),
      m_totalsGroup(new QGroupBox),
      m_totalsForm(new QFormLayout(m_totalsGroup)),
      m_graph(new RateGraph)
{
    setObjectName(QStringLiteral("statisticsDock"));
    m_seen = new SeenRefresh(this, [this] {
        showInfoLabels();
        updateTotals();
        showRates();
    });
    // Short labels and one row per figure, so that everything shows at once in the narrow
    // column of the default layout, in every language; values wrap rather than being cut.
    for (QFormLayout *form : {m_slotForm, m_totalsForm})
        form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    // The name across the whole width (it is long and has no spaces).
    m_name = new QLabel;
    m_name->setObjectName(QStringLiteral("slotName"));
    m_name->setTextFormat(Qt::PlainText);
    m_name->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_name->setWordWrap(true);
    m_slotForm->addRow(m_name);
    m_maxSize = addField(m_slotForm, "maxMessageSize");
    m_nextSize = addField(m_slotForm, "nextSize");
    m_count = addField(m_slotForm, "messageCount");
    m_timeout = addField(m_slotForm, "readTimeout");
    m_queue = addField(m_slotForm, "queue");
    m_owner = addField(m_slotForm, "owner");
    m_slotTotal = addField(m_slotForm, "slotTotal");
    m_messageRateLabel = addField(m_slotForm, "rate");
    m_graph->setObjectName(QStringLiteral("rateGraph"));
    m_graph->setMinimumHeight(m_graph->sizeHint().height()); // never squeezed to a strip
    m_slotForm->addRow(m_graph);
    m_received = addField(m_totalsForm, "received");
    m_shown = addField(m_totalsForm, "shown");
    m_evicted = addField(m_totalsForm, "evicted");
    m_netReceived = addField(m_totalsForm, "networkReceived");
    m_netMalformed = addField(m_totalsForm, "networkMalformed");
    m_netDuplicates = addField(m_totalsForm, "networkDuplicates");
    m_netDropped = addField(m_totalsForm, "networkDropped");

    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->addWidget(m_slotGroup);
    layout->addWidget(m_totalsGroup);
    layout->addStretch();
    auto *scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    // The figures wrap to the dock's width: only vertical scrolling.
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
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
    m_totalsThrottle = new RefreshThrottle(RefreshThrottle::kReadableIntervalMs, [this] { updateTotals(); }, this);
    connect(m_messages, &MessageModel::flushed, m_totalsThrottle, &RefreshThrottle::request);

    retranslateUi();
}

QLabel *StatisticsDock::addField(QFormLayout *form, const char *objectName)
{
    auto *value = new QLabel;
    value->setObjectName(QLatin1String(objectName));
    value->setTextFormat(Qt::PlainText);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // A long value (a slot name, "forever (MAILSLOT_WAIT_FOREVER)") wraps in a narrow dock.
    value->setWordWrap(true);
    value->setMinimumWidth(value->fontMetrics().horizontalAdvance(QStringLiteral("0000000000")));
    auto *label = new QLabel;
    label->setWordWrap(true);
    form->addRow(label, value);
    return value;
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
    showRates();
}

void StatisticsDock::showInfo(const MailslotInfo &info, bool valid)
{
    m_info = info;
    m_valid = valid;
    if (m_seen->seen())
        showInfoLabels();
}

void StatisticsDock::showInfoLabels()
{
    const MailslotInfo &info = m_info;
    const QLocale locale;
    if (!m_valid) {
        // A wire name (\MAILSLOT\...) is a slot seen on the network, not one of this computer.
        const bool network = m_slot.startsWith(QLatin1Char('\\')) && !m_slot.startsWith(QLatin1String("\\\\"));
        m_name->setText(m_slot.isEmpty() ? tr("No slot selected")
                        : network        ? tr("%1 (seen on the network: GetMailslotInfo reads slots of this computer only)").arg(m_slot)
                                         : tr("%1 (gone)").arg(m_slot));
        for (QLabel *label : {m_maxSize, m_nextSize, m_count, m_timeout, m_queue, m_owner, m_slotTotal,
                              m_messageRateLabel})
            label->setText(QStringLiteral("\u2014"));
        return;
    }
    m_name->setText(info.name);
    m_maxSize->setText(info.maxMessageSize == 0 ? tr("any size") : bytesText(info.maxMessageSize));
    m_nextSize->setText(info.nextSize == MailslotInfo::kNoMessage ? tr("no message (MAILSLOT_NO_MESSAGE)")
                                                                   : bytesText(info.nextSize));
    m_count->setText(locale.toString(info.messageCount));
    m_timeout->setText(info.readTimeout == MailslotInfo::kWaitForever ? tr("forever (MAILSLOT_WAIT_FOREVER)")
                                                                       : SlotModel::timeoutText(info.readTimeout));
    // Compact sizes (the dock is narrow); the exact figures in the tooltip.
    m_queue->setText(tr("%1 of %2", "queue: bytes used of the capacity")
                         .arg(dataSizeText(info.queuedBytes), dataSizeText(info.queueCapacity)));
    m_queue->setToolTip(tr("%1 of %Ln byte(s)", nullptr, countOf(info.queueCapacity)).arg(locale.toString(info.queuedBytes)));
    m_owner->setText(info.pid == qint64(QCoreApplication::applicationPid()) ? tr("this monitor (process %1)").arg(info.pid)
                                                                           : tr("process %1").arg(info.pid));
    m_slotTotal->setText(tr("%Ln message(s), %1", nullptr, countOf(info.totalMessages)).arg(dataSizeText(info.totalBytes)));
}

int StatisticsDock::countOf(quint64 value)
{
    return int(qMin<quint64>(value, 0x7FFFFFFF));
}

QString StatisticsDock::bytesText(quint64 bytes)
{
    return tr("%Ln byte(s)", nullptr, countOf(bytes));
}

QString StatisticsDock::dataSizeText(quint64 bytes)
{
    // Below 1 KiB the exact count with its plural; above, compact (64.0 MiB, 1,5 KiB).
    if (bytes < 1024)
        return bytesText(bytes);
    return QLocale().formattedDataSize(qint64(qMin<quint64>(bytes, quint64(std::numeric_limits<qint64>::max()))), 1);
}

void StatisticsDock::showRates()
{
    if (!m_seen->seen())
        return;
    if (!m_valid)
        return; // the rate row shows the dash of a slot that is not there
    m_messageRateLabel->setText(tr("%1 messages/s, %2/s")
                                    .arg(QLocale().toString(m_messageRate, 'f', 1), dataSizeText(quint64(m_byteRate))));
}

void StatisticsDock::updateTotals()
{
    if (!m_seen->seen())
        return;
    const QLocale locale;
    m_received->setText(tr("%Ln message(s), %1", nullptr, countOf(m_messages->totalMessages()))
                            .arg(dataSizeText(m_messages->totalBytes())));
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
    m_totalsThrottle->request();
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
    m_totalsGroup->setTitle(tr("This monitor"));
    m_graph->setAccessibleName(tr("Messages per second, last two minutes"));
    m_name->setAccessibleName(tr("Selected slot"));
    // Short labels (the column is narrow); what each figure is, in its tooltip.
    const auto row = [](QFormLayout *form, QLabel *field, const QString &label, const QString &tip) {
        FormLabels::setText(form, field, label);
        if (auto *labelWidget = form->labelForField(field))
            labelWidget->setToolTip(tip);
        field->setToolTip(tip);
    };
    row(m_slotForm, m_maxSize, tr("Max size:"), tr("The largest message the slot accepts"));
    row(m_slotForm, m_nextSize, tr("Next size:"), tr("The size of the next message waiting"));
    row(m_slotForm, m_count, tr("Waiting:"), tr("Messages waiting in the slot"));
    row(m_slotForm, m_timeout, tr("Read timeout:"), tr("How long a read waits for a message"));
    row(m_slotForm, m_queue, tr("Queue:"), tr("Bytes queued, of the slot's queue capacity"));
    row(m_slotForm, m_owner, tr("Served by:"), tr("The process that serves the slot"));
    row(m_slotForm, m_slotTotal, tr("Written:"), tr("Messages written to the slot since it was created"));
    row(m_slotForm, m_messageRateLabel, tr("Rate:"), tr("Messages and bytes per second written to the slot"));
    row(m_totalsForm, m_received, tr("Received:"), tr("Messages this monitor received"));
    row(m_totalsForm, m_shown, tr("In the stream:"), tr("Rows in the message stream, of its capacity"));
    row(m_totalsForm, m_evicted, tr("Rows dropped:"), tr("Rows dropped from the stream by its capacity"));
    row(m_totalsForm, m_netReceived, tr("Network:"), tr("Network datagrams received"));
    row(m_totalsForm, m_netMalformed, tr("Malformed:"), tr("Malformed network datagrams"));
    row(m_totalsForm, m_netDuplicates, tr("Duplicates:"), tr("Duplicate network datagrams suppressed"));
    row(m_totalsForm, m_netDropped, tr("Dropped:"), tr("Network datagrams dropped"));
    showInfo(m_info, m_valid);
    updateTotals();
}
