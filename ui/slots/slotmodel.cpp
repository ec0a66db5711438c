#include "ui/slots/slotmodel.h"

#include "core/slots/mailslotname.h"
#include "core/slots/mailslotregistry.h"
#include "ui/common/plaintooltip.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSet>

#include <algorithm>

using mailslot::wire::ParsedDatagram;

namespace {
// Rates are measured over at least this long.
constexpr qint64 kRateWindowMs = 900;

QString localTimeText(const QDateTime &time)
{
    return time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz"));
}
} // namespace

SlotModel::SlotModel(MailslotRegistry *registry, QObject *parent) : QAbstractTableModel(parent), m_registry(registry)
{
    m_clock.start();
    m_timer.setInterval(kRefreshIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &SlotModel::refresh);
    connect(m_registry, &MailslotRegistry::slotCreated, this, [this](MailslotServer *server) {
        watchServer(server);
        refresh();
    });
    const QList<MailslotServer *> servers = m_registry->servers();
    for (MailslotServer *server : servers)
        watchServer(server);
    connect(m_registry, &MailslotRegistry::slotClosed, this, &SlotModel::refresh);
    connect(m_registry, &MailslotRegistry::infoChanged, this, &SlotModel::updateInfo);
    m_timer.start();
    refresh();
}

void SlotModel::watchServer(MailslotServer *server)
{
    // Hold on/off changes the state column.
    connect(server, &MailslotServer::holdChanged, this, [this, name = server->name()] {
        const int row = rowOf(name);
        if (row >= 0) {
            m_rows[row].state = stateOf(m_rows[row].info);
            emit dataChanged(index(row, StateColumn), index(row, StateColumn));
        }
    });
}

SlotModel::State SlotModel::stateOf(const MailslotInfo &info) const
{
    if (m_unreachable.contains(info.name))
        return State::Unreachable;
    if (info.pid == 0 && m_network.contains(info.name))
        return State::SeenOnNetwork;
    if (MailslotServer *server = m_registry->server(info.name))
        return server->isHeld() ? State::Held : State::ServedHere;
    return info.pid == QCoreApplication::applicationPid() ? State::ServedHere : State::OtherProcess;
}

void SlotModel::setRow(int row, const MailslotInfo &info)
{
    Row &r = m_rows[row];
    r.info = info;
    r.state = stateOf(info);
    const qint64 now = m_clock.elapsed();
    if (now - r.rateTime >= kRateWindowMs) {
        const quint64 delta = info.totalMessages >= r.rateBase ? info.totalMessages - r.rateBase : 0;
        r.rate = double(delta) * 1000.0 / double(now - r.rateTime);
        r.rateBase = info.totalMessages;
        r.rateTime = now;
    }
}

void SlotModel::refresh()
{
    MailslotError error;
    QList<MailslotInfo> infos = m_registry->listAll(&error);
    // ERROR_NOT_SUPPORTED: the system lists this process's slots only (a partial listing).
    if (error && error.code() != mailslot::platform::kErrorNotSupported)
        return; // keep what we showed; the next refresh tries again
    const QString partialReason = error ? error.toString() : QString();
    if (partialReason != m_partialListingReason) {
        m_partialListingReason = partialReason;
        emit partialListingReasonChanged(partialReason);
    }
    QSet<QString> local;
    for (const MailslotInfo &info : std::as_const(infos))
        local.insert(info.name);
    // Slots served here that the namespace no longer lists stay as rows, so they can be closed.
    m_unreachable.clear();
    for (MailslotServer *server : m_registry->servers()) {
        if (local.contains(server->name()))
            continue;
        MailslotInfo info = server->info();
        info.name = server->name();
        info.pid = QCoreApplication::applicationPid();
        m_unreachable.insert(info.name);
        local.insert(info.name);
        infos.append(info);
    }
    if (!m_network.isEmpty()) {
        for (auto it = m_network.cbegin(); it != m_network.cend(); ++it) {
            if (local.contains(it.key()))
                continue; // served on this computer: the local row says more
            MailslotInfo info;
            info.name = it.key(); // \\.\mailslot\browse, as every other row (not \MAILSLOT\BROWSE)
            info.pid = 0;
            info.nextSize = MailslotInfo::kNoMessage;
            info.created = it->last.time();
            info.totalMessages = it->datagrams;
            info.totalBytes = it->bytes;
            infos.append(info);
        }
    }
    std::sort(infos.begin(), infos.end(),
              [](const MailslotInfo &a, const MailslotInfo &b) { return a.name < b.name; });
    // Merge the sorted lists: remove rows that went, insert rows that came, update the rest.
    int row = 0;
    int i = 0;
    while (row < m_rows.size() || i < infos.size()) {
        if (i >= infos.size() || (row < m_rows.size() && m_rows[row].info.name < infos[i].name)) {
            int last = row;
            while (last + 1 < m_rows.size() && (i >= infos.size() || m_rows[last + 1].info.name < infos[i].name))
                ++last;
            beginRemoveRows({}, row, last);
            m_rows.remove(row, last - row + 1);
            endRemoveRows();
        } else if (row >= m_rows.size() || infos[i].name < m_rows[row].info.name) {
            beginInsertRows({}, row, row);
            Row r;
            r.rateBase = infos[i].totalMessages;
            r.rateTime = m_clock.elapsed();
            m_rows.insert(row, r);
            setRow(row, infos[i]);
            endInsertRows();
            ++row;
            ++i;
        } else {
            setRow(row, infos[i]);
            ++row;
            ++i;
        }
    }
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
    emit refreshed();
}

void SlotModel::updateInfo(const MailslotInfo &info)
{
    const int row = rowOf(info.name);
    if (row < 0) {
        refresh();
        return;
    }
    setRow(row, info);
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void SlotModel::noteRows(const StreamRowList &rows)
{
    // A batch names a few slots thousands of times: each row is only counted (its well-formedness
    // was recorded when its row was built, its slot is already the local name), and each slot's
    // name is checked once, when it first joins the list.
    QHash<QString, BatchTally> tallies;
    BatchTally *current = nullptr;
    const QString *currentKey = nullptr;
    for (const StreamRow &row : rows) {
        if (row.origin != RowOrigin::Network || !row.datagram || !row.datagram->isMailslotWrite())
            continue;
        if (!current || row.slot != *currentKey) {
            current = &tallies[row.slot]; // (no rehash until the next new slot)
            currentKey = &row.slot;
            if (!current->first)
                current->first = &row;
        }
        current->last = &row;
        ++current->datagrams;
        current->bytes += quint64(row.payload.size());
    }
    bool added = false;
    for (auto it = tallies.cbegin(); it != tallies.cend(); ++it)
        added = addNetworkTally(it.key(), it.value()) || added;
    if (added)
        refresh();
    // The counts of known rows change at the next refresh (every second).
}

bool SlotModel::addNetworkTally(const QString &key, const BatchTally &tally)
{
    auto it = m_network.find(key);
    const bool added = it == m_network.end();
    if (added) {
        // Once per slot: the name as on the wire, and whether it names a mailslot at all.
        const QString wire = QString::fromLatin1(tally.first->datagram->parsed().slotName);
        const MailslotName name = MailslotName::parse(wire);
        if (!name.isValid() || name.localCanonical() != key)
            return false;
        it = m_network.insert(key, NetworkSlot{wire, 0, 0, {}});
    }
    it->datagrams += tally.datagrams;
    it->bytes += tally.bytes;
    it->last = *tally.last->datagram;
    return added;
}

void SlotModel::clearNetworkSlots()
{
    if (m_network.isEmpty())
        return;
    m_network.clear();
    refresh();
}

void SlotModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

int SlotModel::rowOf(const QString &canonicalName) const
{
    const auto it = std::lower_bound(m_rows.cbegin(), m_rows.cend(), canonicalName,
                                     [](const Row &r, const QString &name) { return r.info.name < name; });
    return it != m_rows.cend() && it->info.name == canonicalName ? int(it - m_rows.cbegin()) : -1;
}

QString SlotModel::nameAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows[row].info.name : QString();
}

MailslotInfo SlotModel::infoAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows[row].info : MailslotInfo{};
}

SlotModel::State SlotModel::stateAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows[row].state : State::OtherProcess;
}

int SlotModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SlotModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString SlotModel::stateText(State state)
{
    switch (state) {
    case State::ServedHere: return tr("Served here");
    case State::Held: return tr("Held (not reading)");
    case State::OtherProcess: return tr("Other process");
    case State::SeenOnNetwork: return tr("Seen on the network");
    case State::Unreachable: return tr("Unreachable (file removed)");
    }
    return {};
}

QString SlotModel::timeoutText(quint32 timeout)
{
    if (timeout == MailslotInfo::kWaitForever)
        return tr("forever");
    return tr("%1 ms").arg(QLocale().toString(timeout));
}

QString SlotModel::sizeText(quint32 size, bool unlimitedWhenZero)
{
    if (unlimitedWhenZero && size == 0)
        return tr("any");
    if (!unlimitedWhenZero && size == MailslotInfo::kNoMessage)
        return tr("none", "no next message");
    return QLocale().toString(size);
}

QString SlotModel::networkToolTip(const QString &name) const
{
    const NetworkSlot &n = m_network.value(name);
    const mailslot::wire::ParsedDatagram parsed = n.last.parsed();
    const QString source = parsed.sourceName.isNull()
        ? n.last.sourceAddress()
        : QStringLiteral("%1 (%2)").arg(parsed.sourceName.toDisplayString(), n.last.sourceAddress());
    return PlainToolTip::fromText(
        tr("%1\nSeen on the network in %n datagram(s), the last one from %2 at %3.\nNo slot of this name is "
           "served on this computer.", nullptr, int(qMin<quint64>(n.datagrams, 0x7FFFFFFF)))
            .arg(QStringLiteral("%1 (%2)").arg(name, n.wireName), source, localTimeText(n.last.time())));
}

QVariant SlotModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows[index.row()];
    const MailslotInfo &info = r.info;
    const bool network = r.state == State::SeenOnNetwork;
    if (network && role == Qt::DisplayRole && index.column() >= WaitingColumn && index.column() <= ReadTimeoutColumn)
        return QStringLiteral("\u2014"); // no GetMailslotInfo for a slot of another computer
    if (network && role == Qt::ToolTipRole) {
        return networkToolTip(info.name);
    }
    if (info.error && role == Qt::ToolTipRole)
        return info.error.message(); // why this slot's figures could not be read
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn: return info.name;
        case StateColumn: {
            const QString state = info.error ? tr("%1 (no figures)").arg(stateText(r.state)) : stateText(r.state);
            return m_watched.contains(info.name) ? tr("%1, watched").arg(state) : state;
        }
        case WaitingColumn: return QLocale().toString(info.messageCount);
        case NextSizeColumn: return sizeText(info.nextSize, false);
        case MaxSizeColumn: return sizeText(info.maxMessageSize, true);
        case ReadTimeoutColumn: return timeoutText(info.readTimeout);
        case ReceivedColumn: return QLocale().toString(info.totalMessages);
        case RateColumn: return tr("%1/s").arg(QLocale().toString(r.rate, 'f', r.rate < 10 ? 1 : 0));
        }
        break;
    case SortRole:
        switch (index.column()) {
        case NameColumn: return info.name;
        case StateColumn: return int(r.state);
        case WaitingColumn: return info.messageCount;
        case NextSizeColumn: return info.nextSize == MailslotInfo::kNoMessage ? -1 : qint64(info.nextSize);
        case MaxSizeColumn: return info.maxMessageSize;
        case ReadTimeoutColumn: return info.readTimeout;
        case ReceivedColumn: return info.totalMessages;
        case RateColumn: return r.rate;
        }
        break;
    case NameRole:
        return info.name;
    case Qt::ToolTipRole:
        return PlainToolTip::fromText(tr("%1\nProcess %2, created %3\nQueue: %4 of %5 bytes")
                                          .arg(info.name)
                                          .arg(info.pid)
                                          .arg(QLocale().toString(info.created.toLocalTime(), QLocale::ShortFormat))
                                          .arg(QLocale().toString(info.queuedBytes), QLocale().toString(info.queueCapacity)));
    case Qt::TextAlignmentRole:
        if (index.column() >= WaitingColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    default:
        break;
    }
    return {};
}

QVariant SlotModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole)
        return headerData(section, orientation, Qt::DisplayRole); // the whole title (a narrow column cuts it)
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn: return tr("Name");
    case StateColumn: return tr("State");
    case WaitingColumn: return tr("Waiting");
    case NextSizeColumn: return tr("Next size");
    case MaxSizeColumn: return tr("Max size");
    case ReadTimeoutColumn: return tr("Read timeout");
    case ReceivedColumn: return tr("Received");
    case RateColumn: return tr("Rate");
    }
    return {};
}

void SlotModel::setWatched(const QStringList &names)
{
    m_watched = QSet<QString>(names.cbegin(), names.cend());
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, StateColumn), index(int(m_rows.size()) - 1, StateColumn));
}
