// Statistics: GetMailslotInfo of the selected slot (max message size, next size, message count,
// read timeout, plus the namespace's queue figures), refreshed live from the registry's signals
// and every second; its messages/s and bytes/s with a rate graph; and the monitor's totals,
// with the network bridge's (datagrams, malformed, duplicates suppressed, dropped).
#pragma once

#include "core/netio/bridgecounters.h"
#include "core/slots/mailslotinfo.h"

#include <QDockWidget>
#include <QElapsedTimer>
#include <QTimer>

class MailslotRegistry;
class MessageModel;
class QFormLayout;
class QGroupBox;
class QLabel;
class RateGraph;
class RefreshThrottle;
class SeenRefresh;

class StatisticsDock : public QDockWidget
{
    Q_OBJECT

public:
    static constexpr int kSampleIntervalMs = 1000;

    StatisticsDock(MailslotRegistry *registry, MessageModel *messages, QWidget *parent = nullptr);

    QString slotName() const { return m_slot; }
    void setSlotName(const QString &canonicalName);

    // Takes a sample now (the timer does it every second).
    void sample();
    MailslotInfo lastInfo() const { return m_info; }
    double messagesPerSecond() const { return m_messageRate; }
    double bytesPerSecond() const { return m_byteRate; }
    // The network bridge's counters (shown in the totals; "none" while it never ran).
    void setNetworkCounters(const BridgeCounters &counters);

protected:
    void changeEvent(QEvent *event) override;

private:
    // The count of a %Ln plural (the figures never reach 2^31 in practice).
    static int countOf(quint64 value);
    // "16 bytes", "1 byte", in the user's locale.
    static QString bytesText(quint64 bytes);
    // bytesText() below 1 KiB, else a compact size ("64.0 MiB").
    static QString dataSizeText(quint64 bytes);
    void showInfo(const MailslotInfo &info, bool valid);
    void showInfoLabels();
    void updateTotals();
    void showRates();
    void retranslateUi();
    QLabel *addField(QFormLayout *form, const char *objectName);

    MailslotRegistry *m_registry;
    MessageModel *m_messages;
    QString m_slot;
    MailslotInfo m_info;
    bool m_valid = false;
    QTimer m_timer;
    // The totals follow the stream's flushes at most about ten times a second.
    RefreshThrottle *m_totalsThrottle;
    QElapsedTimer m_clock;
    qint64 m_lastSampleMs = -1;
    quint64 m_lastMessages = 0;
    quint64 m_lastBytes = 0;
    double m_messageRate = 0;
    double m_byteRate = 0;

    QGroupBox *m_slotGroup;
    QFormLayout *m_slotForm;
    QGroupBox *m_totalsGroup;
    QFormLayout *m_totalsForm;
    RateGraph *m_graph;
    QLabel *m_name;
    QLabel *m_maxSize;
    QLabel *m_nextSize;
    QLabel *m_count;
    QLabel *m_timeout;
    QLabel *m_queue;
    QLabel *m_owner;
    QLabel *m_slotTotal;
    QLabel *m_messageRateLabel;
    QLabel *m_received;
    QLabel *m_shown;
    QLabel *m_evicted;
    QLabel *m_netReceived;
    QLabel *m_netMalformed;
    QLabel *m_netDuplicates;
    QLabel *m_netDropped;
    BridgeCounters m_counters;
    bool m_haveCounters = false;
    // Labels are set while the dock is seen; hidden, it catches up as it shows.
    SeenRefresh *m_seen = nullptr;
};
