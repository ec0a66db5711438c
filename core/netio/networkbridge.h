// The network bridge's worker: listens on UDP 138 (beside nmbd, with address reuse), parses each
// datagram, delivers mailslot writes addressed to this machine's names or its workgroup into the
// local slot of that name (if one exists), and reports every datagram in batches: as datagrams
// (datagramsObserved) and as finished stream rows (rowsReady), each form built only while it is
// wanted. It lives in a worker thread (see NetworkBridgeController); every member is called in
// that thread, except the setters of what is reported.
//
// Rows are built here, not in the receiver's thread, and at most kMaxRowBatchesInFlight batches
// are out at once: the receiver says when it took one (rowsTaken). Meanwhile the rows wait here,
// each read's appended to the waiting ones; beyond Options::maxPendingRows the oldest are
// dropped, and the next batch says how many (rowsNotShown). Counting and delivery into local
// slots never wait for the receiver.
#pragma once

#include "core/netio/bridgecounters.h"
#include "core/netio/datagramreceiver.h"
#include "core/netio/duplicatefilter.h"
#include "core/netio/networkidentity.h"
#include "core/netio/unservedslotcache.h"
#include "core/platform/slotbackend.h"
#include "core/stream/observeddatagram.h"
#include "core/stream/streamrow.h"
#include "core/wire/oemcodec.h"

#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QHostAddress>
#include <QObject>
#include <QSet>
#include <QStringList>

#include <atomic>
#include <deque>
#include <memory>

class DeliveryLedger;
class MailslotWriter;
class QSocketNotifier;
class QTimer;

namespace mailslot::wire {
class PcapngWriter;
}

class NetworkBridge : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        NetworkIdentity identity;                       // empty parts: NetworkIdentity::systemDefault()
        QStringList interfaces;                         // empty: every interface
        QHostAddress bindAddress = QHostAddress::AnyIPv4;
        quint16 port = 138;
        bool deduplicate = false;
        qint64 duplicateWindowMs = DuplicateFilter::kDefaultWindowMs;
        bool deliver = true;                            // false: observe only
        QString captureFile;                            // also write what arrives as pcapng
        mailslot::wire::OemCodePage codePage = mailslot::wire::OemCodePage::Cp437;
        int receiveBufferBytes = 8 * 1024 * 1024;       // asked for; the kernel may cap it
        int maxBatch = 256;                             // datagrams per readiness notification
        // Rows kept while kMaxRowBatchesInFlight batches are out (the ring's default size: the
        // oldest beyond it would not be drawn anyway); beyond it the oldest go, counted.
        int maxPendingRows = 100000;
        // A flood's rows go out in batches at least this far apart (a full batch at once, and a
        // row after a quiet spell too): each batch wakes the receiver's thread, and this one when it
        // is taken, while a window shows new rows only every few frames. 0: each read's rows at once.
        int rowsIntervalMs = 10;
        // Deliveries into slots served by this process are noted here first (see DeliveryLedger).
        std::shared_ptr<DeliveryLedger> ledger;
    };

    explicit NetworkBridge(const Options &options, QObject *parent = nullptr);
    ~NetworkBridge() override;

    // Binds the socket and starts listening; false and *error when it cannot (with a hint on
    // how to get the right to bind a port below 1024).
    bool start(QString *error);
    // Reads what is already queued, reports it, and closes the socket.
    void stop();
    bool isListening() const;
    quint16 localPort() const;
    NetworkIdentity identity() const { return m_options.identity; }
    const BridgeCounters &counters() const { return m_counters; }

    // The delivery decision for one parsed datagram (also used by tests): counts and delivers.
    void handle(ObservedDatagram &datagram, const mailslot::wire::ParsedDatagram &parsed);

    // Whether datagramsObserved is emitted (true at first); any thread may set it. Off, every
    // datagram is still counted and delivered.
    void setReportsDatagrams(bool on) { m_reportDatagrams.store(on, std::memory_order_relaxed); }
    bool reportsDatagrams() const { return m_reportDatagrams.load(std::memory_order_relaxed); }
    // Whether rowsReady is emitted (false at first); any thread may set it. Off, no row is built
    // and the rows still waiting are sent.
    void setReportsRows(bool on) { m_reportRows.store(on, std::memory_order_relaxed); }
    bool reportsRows() const { return m_reportRows.load(std::memory_order_relaxed); }
    // The receiver took a batch of rows: the next may come (the rows waiting, if any, at once).
    void rowsTaken();
    // Rows waiting for a batch to be taken (tests).
    qsizetype pendingRows() const { return m_pendingCount; }

    // Row batches out at once, and the most rows in one (a receiver's turn that takes a batch
    // stays short: the hub and the views work per row).
    static constexpr int kMaxRowBatchesInFlight = 2;
    static constexpr qsizetype kMaxRowsPerBatch = 1024;

    // countersChanged comes at most this often (the first change at once, the rest batched).
    static constexpr int kCountersIntervalMs = 100;

signals:
    void datagramsObserved(const ObservedDatagramList &datagrams);
    // Rows (RowOrigin::Network, slot names shared within the batch), in arrival order;
    // rowsNotShown: the rows dropped just before these because too many were waiting.
    void rowsReady(const StreamRowList &rows, quint64 rowsNotShown);
    void countersChanged(const BridgeCounters &counters);
    void errorOccurred(const QString &message);

private:
    void readBatch();
    void reportCounters();
    void queueRows(StreamRowList rows);
    // The oldest waiting rows, up to kMaxRowsPerBatch (m_pendingRows is not empty).
    StreamRowList takePendingRows();
    // Emits waiting rows while fewer than kMaxRowBatchesInFlight are out (all: whatever is out).
    void sendRows(bool all);
    bool deliver(ObservedDatagram &datagram, const mailslot::wire::ParsedDatagram &parsed);
    std::shared_ptr<MailslotWriter> writerFor(const QString &local);
    // The local slot a wire name stands for; empty when it is no valid local name.
    QString localNameFor(const QByteArray &wireName);
    // The name a row of a datagram for this wire name shows (MailslotName::localFromWire), made once.
    QString rowSlotFor(const QByteArray &wireName);
    // memo's value for wireName, made by make() the first time; at most kMaxRememberedNames kept.
    static QString remembered(QHash<QByteArray, QString> &memo, const QByteArray &wireName,
                              QString (*make)(const QByteArray &));
    const mailslot::platform::MessageOrigin &originOf(const ObservedDatagram &datagram, const mailslot::wire::ParsedDatagram &parsed);
    void writeCapture(const ObservedDatagram &datagram);

    Options m_options;
    int m_fd = -1;                  // the bound socket, read with m_receiver
    quint16 m_localPort = 0;
    QSocketNotifier *m_notifier = nullptr;
    QTimer *m_countersTimer = nullptr; // countersChanged at most once per kCountersIntervalMs
    bool m_countersPending = false;
    std::unique_ptr<DatagramReceiver> m_receiver;
    QSet<int> m_interfaceIndexes;
    DuplicateFilter m_duplicates;
    BridgeCounters m_counters;
    QHash<QString, std::shared_ptr<MailslotWriter>> m_writers;
    static constexpr qsizetype kMaxRememberedNames = 4096;
    QHash<QByteArray, QString> m_localNames; // wire slot name -> local name ("" when invalid)
    QHash<QByteArray, QString> m_rowSlots;   // wire slot name -> the slot its rows show
    qsizetype m_lastRowBatch = 0;            // rows of the last read's batch: the next one's room
    QTimer *m_rowsTimer = nullptr;           // the next batch of rows, Options::rowsIntervalMs after the last
    QElapsedTimer m_sinceRowsSent;           // since the last batch of rows went out
    mailslot::platform::MessageOrigin m_origin; // the last sender's, reused while it stays the same
    quint32 m_originIp = 0;
    bool m_originIpKnown = false;
    mailslot::wire::NetbiosName m_originName;
    bool m_originNameKnown = false;
    UnservedSlotCache m_unserved;   // names no slot here serves (kept right by a directory watch)
    bool m_unservedSynced = false;  // m_unserved has seen the directory's changes since the last read
    std::atomic<bool> m_reportDatagrams{true};
    std::atomic<bool> m_reportRows{false};
    std::deque<StreamRowList> m_pendingRows; // built, waiting for a batch to be taken (reads' batches, in order)
    qsizetype m_pendingCount = 0;            // their rows
    int m_rowBatchesInFlight = 0;
    quint64 m_rowsNotShown = 0;         // dropped from m_pendingRows since the last batch
    QFile m_captureFile;
    std::unique_ptr<mailslot::wire::PcapngWriter> m_capture;
};
