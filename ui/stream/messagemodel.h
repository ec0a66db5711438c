// The message stream: a ring buffer of the last capacity() rows as a table model.
//
// Rows arrive in batches (append), already numbered by the StreamHub, and are queued; a short
// single-shot timer flushes the queue into the table with at most one beginRemoveRows (the oldest
// rows that no longer fit) and one beginInsertRows per flush. A flush run by the event loop keeps
// to a frame budget: it inserts at most flushBudgetRows() rows, a figure that adapts (measured with
// QElapsedTimer) so that a flush, with the views and proxies it drives, takes about kFrameBudgetMs;
// the rest waits for the next turn of the event loop. Queued rows that the capacity pushes out
// before a flush never reach the view (counted by totalNotDrawn()). Cell strings are built in
// data(), only for the rows a view asks for. While paused, rows keep arriving and counting but stay
// queued (bounded by the capacity) until resume.
//
// Rows are typed (StreamRow): a network or capture row keeps its parsed datagram, which the
// detail pane and the exports use. They live in a RowRing (chunks shared with its snapshots):
// snapshot() hands every row to a worker thread (an export, a search) without copying one.
#pragma once

#include "core/stream/rowring.h"
#include "core/stream/streamrow.h"

#include <QAbstractTableModel>
#include <QTimer>

#include <deque>

class ColoringRules;
class TimeFormat;

class MessageModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    // HostColumn: the host a remote row came from (empty for this host's rows); hidden until a
    // remote source is added (RemoteSourcesMenu).
    enum Column { SequenceColumn, TimeColumn, SlotColumn, SourceColumn, SizeColumn, PreviewColumn, DecodedColumn, HostColumn, ColumnCount };
    enum Role { SortRole = Qt::UserRole + 1 };

    static constexpr int kDefaultCapacity = 100000;
    static constexpr int kMinCapacity = 100;
    static constexpr int kMaxCapacity = 10000000;
    static constexpr int kFlushIntervalMs = 50;
    // The time a flush run by the event loop aims at (model, proxies and views together), and the
    // bounds of the rows it inserts: never more than kMaxFlushRows in one turn of the event loop.
    static constexpr int kFrameBudgetMs = 4;
    static constexpr int kMinFlushRows = 1024;
    static constexpr int kMaxFlushRows = 8192;
    static constexpr int kPreviewChars = 200;

    explicit MessageModel(QObject *parent = nullptr);
    ~MessageModel() override;

    int capacity() const { return m_capacity; }
    void setCapacity(int capacity);

    bool isPaused() const { return m_paused; }
    void setPaused(bool paused);
    // Messages that arrived since pause (they are shown on resume, up to the capacity).
    quint64 newWhilePaused() const { return m_newWhilePaused; }

    // Counters since start (Clear does not reset them). Received: live rows (local slots and the
    // network); rows read from capture files are counted apart.
    quint64 totalMessages() const { return m_totalMessages; }
    quint64 totalCaptured() const { return m_totalCaptured; }
    quint64 totalBytes() const { return m_totalBytes; }
    // Messages that reached the table, and those pushed out by the capacity (from the table, or
    // from the queue before they were shown, when more than the capacity arrived in one interval).
    quint64 totalShown() const { return m_totalShown; }
    quint64 totalEvicted() const { return m_totalEvicted; }
    // Of the evicted, those pushed out of the queue before they reached the table: input outran
    // the display, and the view shows the newest rows instead.
    quint64 totalNotDrawn() const { return m_totalNotDrawn; }
    // The rows the next flush run by the event loop may insert (adapts to the frame budget).
    int flushBudgetRows() const { return m_flushRows; }
    // Rows waiting for a flush.
    int pendingRows() const { return int(m_pending.size()); }

    // The row at a table row (0 <= row < rowCount()).
    const StreamRow &row(int row) const { return m_ring.at(row); }
    // The table's rows now, oldest first (queued rows not included: flush() first), for a worker
    // thread: no row is copied, and what the model does afterwards does not change them.
    RowRing::Snapshot snapshot() const { return m_ring.snapshot(); }

    // Queues rows (numbered by the hub); they reach the table at the next flush.
    void append(const StreamRowList &rows);
    // Network rows received since start (Clear does not reset them).
    quint64 totalNetwork() const { return m_totalNetwork; }
    // Moves every queued message into the table now (unless paused), whatever the budget: for
    // callers that need every row (exports, tests).
    void flush();
    // Empties the table and the queue.
    void clear();
    // After a language change: headers and translated cells.
    void retranslate();
    // Presentation, asked for in data() (not owned; null: none): the rows' colors and the Time
    // column's text. refreshPresentation(): they changed, every cell is asked again.
    void setColoringRules(const ColoringRules *rules) { m_coloring = rules; }
    void setTimeFormat(const TimeFormat *format) { m_timeFormat = format; }
    void refreshPresentation();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "local", or "192.0.2.7 HOST<00>" for a network sender (":port" after the address when the
    // port is not 138).
    static QString sourceText(const StreamRow &row);
    // A network row's source in full: address and port, NetBIOS names, delivery.
    static QString sourceToolTip(const StreamRow &row);
    static QString timeText(const QDateTime &timestamp);

signals:
    // Emitted just before rows are added or evicted by a flush, and after.
    void aboutToFlush();
    void flushed(int inserted);
    void pausedChanged(bool paused);
    // Throttled (at most once per flush interval) while paused.
    void newWhilePausedChanged(quint64 count);

private:
    using Entry = StreamRow;

    void enqueue(Entry &&entry);
    void trimPending();
    void scheduleFlush();
    void onTimer();
    void flushChunk(int maxRows);
    void adaptBudget(qint64 elapsedNs, int inserted);
    void evictFront(int count);

    int m_capacity = kDefaultCapacity;
    // The table's rows (growing towards the capacity never moves a row; a snapshot shares them).
    RowRing m_ring;
    std::deque<Entry> m_pending;
    QTimer m_timer;
    bool m_paused = false;
    quint64 m_newWhilePaused = 0;
    quint64 m_reportedWhilePaused = 0;
    quint64 m_totalMessages = 0;
    quint64 m_totalCaptured = 0;
    quint64 m_totalBytes = 0;
    quint64 m_totalShown = 0;
    quint64 m_totalEvicted = 0;
    quint64 m_totalNotDrawn = 0;
    int m_flushRows = 1024;
    quint64 m_totalNetwork = 0;
    const ColoringRules *m_coloring = nullptr;
    const TimeFormat *m_timeFormat = nullptr;
};
