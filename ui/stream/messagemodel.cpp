#include "ui/stream/messagemodel.h"

#include "core/text/decodedsummary.h"
#include "core/text/payloadtext.h"
#include "ui/common/plaintooltip.h"
#include "ui/stream/coloringrules.h"
#include "ui/stream/timeformat.h"

#include <QElapsedTimer>
#include <QLocale>

#include <algorithm>

MessageModel::MessageModel(QObject *parent) : QAbstractTableModel(parent)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(kFlushIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &MessageModel::onTimer);
}

MessageModel::~MessageModel() = default;

void MessageModel::setCapacity(int capacity)
{
    capacity = qBound(kMinCapacity, capacity, kMaxCapacity);
    if (capacity == m_capacity)
        return;
    if (m_ring.count() > capacity)
        evictFront(int(m_ring.count()) - capacity);
    m_capacity = capacity;
    while (m_pending.size() > std::size_t(m_capacity)) {
        m_pending.pop_front();
        ++m_totalEvicted;
        ++m_totalNotDrawn;
    }
}

void MessageModel::setPaused(bool paused)
{
    if (paused == m_paused)
        return;
    m_paused = paused;
    m_newWhilePaused = 0;
    m_reportedWhilePaused = 0;
    emit pausedChanged(paused);
    emit newWhilePausedChanged(0);
    if (!paused) {
        // What was queued while paused: a budget's worth now, the rest at the next turns.
        flushChunk(m_flushRows);
        if (!m_pending.empty())
            m_timer.start(0);
    }
}

void MessageModel::enqueue(Entry &&entry)
{
    if (entry.origin == RowOrigin::Capture) {
        ++m_totalCaptured;
    } else {
        m_totalBytes += quint64(entry.payload.size());
        ++m_totalMessages;
        if (entry.origin == RowOrigin::Network)
            ++m_totalNetwork;
    }
    if (m_paused)
        ++m_newWhilePaused;
    m_pending.push_back(std::move(entry));
}

void MessageModel::trimPending()
{
    // Older queued messages would be evicted by this flush anyway: drop them now.
    while (m_pending.size() > std::size_t(m_capacity)) {
        m_pending.pop_front();
        ++m_totalEvicted;
        ++m_totalNotDrawn;
    }
    scheduleFlush();
}

void MessageModel::append(const StreamRowList &rows)
{
    if (rows.isEmpty())
        return;
    for (const StreamRow &row : rows)
        enqueue(StreamRow(row));
    trimPending();
}

void MessageModel::scheduleFlush()
{
    if (!m_timer.isActive())
        m_timer.start(kFlushIntervalMs);
}

void MessageModel::onTimer()
{
    if (m_paused) {
        if (m_newWhilePaused != m_reportedWhilePaused) {
            m_reportedWhilePaused = m_newWhilePaused;
            emit newWhilePausedChanged(m_newWhilePaused);
        }
        return;
    }
    QElapsedTimer clock;
    clock.start();
    const int before = int(m_pending.size());
    flushChunk(m_flushRows);
    adaptBudget(clock.nsecsElapsed(), before - int(m_pending.size()));
    if (!m_pending.empty())
        m_timer.start(0); // the rest after the event loop had its turn
}

void MessageModel::adaptBudget(qint64 elapsedNs, int inserted)
{
    // Rows per flush so that the next one takes about the frame budget: fewer at once when this
    // one took longer, more (at most twice as many) when it took less, within the bounds.
    if (inserted < m_flushRows && elapsedNs <= qint64(kFrameBudgetMs) * 1000000)
        return; // a partial flush says little about the rate
    const double perRowNs = double(std::max<qint64>(elapsedNs, 1)) / double(std::max(inserted, 1));
    const double fits = double(kFrameBudgetMs) * 1e6 / perRowNs;
    const double next = std::min(fits, double(m_flushRows) * 2.0);
    m_flushRows = int(std::clamp(next, double(kMinFlushRows), double(kMaxFlushRows)));
}

void MessageModel::evictFront(int count)
{
    if (count <= 0)
        return;
    beginRemoveRows({}, 0, count - 1);
    m_ring.evictFront(count);
    m_totalEvicted += quint64(count);
    endRemoveRows();
}

void MessageModel::flush()
{
    if (m_paused)
        return; // the timer keeps reporting the count while paused
    m_timer.stop();
    while (!m_pending.empty())
        flushChunk(m_capacity);
}

void MessageModel::flushChunk(int maxRows)
{
    m_timer.setInterval(kFlushIntervalMs);
    if (m_paused || m_pending.empty())
        return;
    const int incoming = int(std::min<std::size_t>(m_pending.size(), std::size_t(maxRows))); // <= capacity
    emit aboutToFlush();
    const int count = int(m_ring.count());
    evictFront(count + incoming - m_capacity);
    const int first = int(m_ring.count());
    beginInsertRows({}, first, first + incoming - 1);
    for (int i = 0; i < incoming; ++i) {
        m_ring.append(std::move(m_pending.front()));
        m_pending.pop_front();
    }
    m_totalShown += quint64(incoming);
    endInsertRows();
    emit flushed(incoming);
}

void MessageModel::clear()
{
    beginResetModel();
    m_ring.clear();
    m_pending.clear();
    m_newWhilePaused = 0;
    m_reportedWhilePaused = 0;
    endResetModel();
    emit newWhilePausedChanged(0);
}

int MessageModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_ring.count());
}

int MessageModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString MessageModel::sourceText(const StreamRow &row)
{
    const ObservedDatagram *d = row.datagram.get();
    const RowSender *sender = row.sender().get();
    if (!d && sender && sender->origin) // delivered by the bridge: where it came from
        return sender->origin->address + QLatin1Char(' ') + sender->origin->netbiosName;
    if (!d && sender && sender->pid) // a watched slot: the writer
        return tr("pid %1", "message source: the process that wrote it").arg(sender->pid);
    if (!d)
        return tr("local", "message source: this computer");
    QString text = d->sourceAddress();
    if (d->sourcePort && d->sourcePort != 138)
        text += QLatin1Char(':') + QString::number(d->sourcePort);
    const mailslot::wire::NetbiosName sourceName = d->parsed().sourceName;
    if (!sourceName.isNull())
        text += QLatin1Char(' ') + sourceName.toDisplayString();
    return text;
}

QString MessageModel::sourceToolTip(const StreamRow &row)
{
    const ObservedDatagram &d = *row.datagram;
    QString text = tr("%1 port %2").arg(d.sourceAddress()).arg(d.sourcePort);
    const mailslot::wire::ParsedDatagram parsed = d.parsed();
    if (!parsed.sourceName.isNull())
        text += QLatin1Char('\n') + tr("NetBIOS name: %1").arg(parsed.sourceName.toDisplayString());
    if (!parsed.destinationName.isNull())
        text += QLatin1Char('\n') + tr("To: %1").arg(parsed.destinationName.toDisplayString());
    if (d.delivered)
        text += QLatin1Char('\n') + tr("Delivered into the local slot");
    return text;
}

QString MessageModel::timeText(const QDateTime &timestamp)
{
    return timestamp.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz"));
}

QVariant MessageModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const StreamRow &m = row(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case SequenceColumn: return QString::number(m.sequence);
        case TimeColumn: return m_timeFormat ? m_timeFormat->text(*this, index.row()) : timeText(m.time());
        case SlotColumn: return m.slot;
        case SourceColumn: return sourceText(m);
        case SizeColumn: return QLocale().toString(m.payload.size());
        case PreviewColumn: return PayloadText::preview(m.payload, kPreviewChars);
        case DecodedColumn: return DecodedSummary::forRow(m);
        case HostColumn: return m.host();
        }
        break;
    case SortRole:
        switch (index.column()) {
        case SequenceColumn: return m.sequence;
        case TimeColumn: return m.timeNs;
        case SlotColumn: return m.slot;
        case SourceColumn: return sourceText(m);
        case SizeColumn: return m.payload.size();
        case PreviewColumn: return PayloadText::preview(m.payload, kPreviewChars);
        case DecodedColumn: return DecodedSummary::forRow(m);
        case HostColumn: return m.host();
        }
        break;
    case Qt::BackgroundRole:
    case Qt::ForegroundRole:
        return m_coloring ? m_coloring->data(m, role) : QVariant();
    case Qt::ToolTipRole:
        if (index.column() == TimeColumn)
            return timeText(m.time()); // the Time column may show only the time of day, or seconds
        if (index.column() == DecodedColumn) {
            const QString summary = DecodedSummary::forRow(m);
            if (!summary.isEmpty())
                return PlainToolTip::fromText(summary);
        }
        if (index.column() == SlotColumn)
            return PlainToolTip::fromText(m.slot); // the whole name (the cell may show only its end)
        if (index.column() == SourceColumn && m.isNetwork())
            return PlainToolTip::fromText(sourceToolTip(m));
        if (index.column() == PreviewColumn) {
            // A tooltip would take markup as rich text: escape it so the payload stays plain text.
            return PlainToolTip::fromText(PayloadText::preview(m.payload, 1000));
        }
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == SequenceColumn || index.column() == SizeColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    default:
        break;
    }
    return {};
}

QVariant MessageModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case SequenceColumn: return tr("No.", "message sequence number");
    case TimeColumn: return tr("Time");
    case SlotColumn: return tr("Slot");
    case SourceColumn: return tr("Source");
    case SizeColumn: return tr("Size");
    case PreviewColumn: return tr("Message");
    case DecodedColumn: return tr("Decoded");
    case HostColumn: return tr("Host");
    }
    return {};
}

void MessageModel::refreshPresentation()
{
    if (const int count = rowCount(); count > 0)
        emit dataChanged(index(0, 0), index(count - 1, ColumnCount - 1),
                         {Qt::DisplayRole, Qt::BackgroundRole, Qt::ForegroundRole});
}

void MessageModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (const int count = rowCount(); count > 0)
        emit dataChanged(index(0, SourceColumn), index(count - 1, DecodedColumn), {Qt::DisplayRole});
}
