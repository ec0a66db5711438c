#include "ui/stream/messagefilterproxy.h"

#include "core/text/decodedsummary.h"
#include "core/text/payloadtext.h"
#include "ui/stream/messagemodel.h"

#include <QElapsedTimer>

#include <algorithm>
#include <numeric>
#include <limits>
#include <vector>

namespace {
// The payload text searched by the filter: what the preview shows, but longer.
constexpr int kSearchChars = 4096;
// A new filter tests this many rows between two looks at the clock.
constexpr int kScanStep = 128;
} // namespace

MessageFilterProxy::MessageFilterProxy(QObject *parent) : QAbstractProxyModel(parent)
{
    m_scanTimer.setSingleShot(true);
    m_scanTimer.setInterval(0);
    connect(&m_scanTimer, &QTimer::timeout, this, [this] { scanSlice(m_sliceNs); });
}

void MessageFilterProxy::setMessageModel(MessageModel *model)
{
    beginResetModel();
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    QAbstractProxyModel::setSourceModel(model);
    m_rows.clear();
    m_base = 0;
    m_tested = 0;
    if (model) {
        connect(model, &QAbstractItemModel::rowsAboutToBeInserted, this, &MessageFilterProxy::onAboutToBeInserted);
        connect(model, &QAbstractItemModel::rowsInserted, this, &MessageFilterProxy::onInserted);
        connect(model, &QAbstractItemModel::rowsAboutToBeRemoved, this, &MessageFilterProxy::onAboutToBeRemoved);
        connect(model, &QAbstractItemModel::rowsRemoved, this, &MessageFilterProxy::onRemoved);
        connect(model, &QAbstractItemModel::dataChanged, this, &MessageFilterProxy::onDataChanged);
        connect(model, &QAbstractItemModel::headerDataChanged, this, &QAbstractItemModel::headerDataChanged);
        connect(model, &QAbstractItemModel::modelAboutToBeReset, this, &MessageFilterProxy::onAboutToBeReset);
        connect(model, &QAbstractItemModel::modelReset, this, &MessageFilterProxy::onReset);
    }
    endResetModel();
    if (isFiltering())
        scanSlice(m_sliceNs);
}

void MessageFilterProxy::setFilter(const QString &slot, const QString &source, const QString &text,
                                   bool regularExpression)
{
    m_slot = slot.trimmed();
    m_source = source.trimmed();
    m_slotExact = unquote(m_slot);
    m_sourceExact = unquote(m_source);
    m_text = text;
    m_regex = regularExpression;
    m_error.clear();
    m_expression = QRegularExpression();
    if (m_regex && !m_text.isEmpty()) {
        m_expression = QRegularExpression(m_text, QRegularExpression::CaseInsensitiveOption);
        if (!m_expression.isValid()) {
            m_error = tr("Invalid regular expression: %1").arg(m_expression.errorString());
        } else {
            m_expression.optimize();
        }
    }
    applyFilter();
}

void MessageFilterProxy::clearFilter()
{
    m_host.clear();
    setFilter({}, {}, {}, m_regex);
}

void MessageFilterProxy::setHostFilter(const QString &host)
{
    m_host = host;
    applyFilter();
}

void MessageFilterProxy::applyFilter()
{
    // The view is told once (a reset); then the ring is tested from its oldest row on, a slice
    // now and the rest at the next turns of the event loop.
    m_scanTimer.stop();
    beginResetModel();
    m_rows.clear();
    m_base = 0;
    m_tested = 0;
    endResetModel();
    if (isFiltering())
        scanSlice(m_sliceNs);
    emit filterChanged();
}

void MessageFilterProxy::finishRefilter()
{
    if (isRefiltering())
        scanSlice(std::numeric_limits<qint64>::max());
}

bool MessageFilterProxy::isFiltering() const
{
    return !m_slot.isEmpty() || !m_source.isEmpty() || !m_text.isEmpty() || !m_host.isEmpty();
}

void MessageFilterProxy::scanSlice(qint64 budgetNs)
{
    if (!m_model)
        return;
    QElapsedTimer clock;
    clock.start();
    const quint64 end = m_base + quint64(m_model->rowCount());
    const int firstRow = int(m_tested - m_base);
    int lastRow = firstRow - 1;
    std::vector<quint64> accepted;
    while (m_base + quint64(lastRow + 1) < end && (lastRow < firstRow || clock.nsecsElapsed() < budgetNs)) {
        const int stepEnd = int(std::min<quint64>(end - m_base, quint64(lastRow + 1 + kScanStep)));
        for (int row = lastRow + 1; row < stepEnd; ++row) {
            if (filterAcceptsRow(row, {}))
                accepted.push_back(m_base + quint64(row));
        }
        lastRow = stepEnd - 1;
    }
    m_tested = m_base + quint64(lastRow + 1);
    if (!accepted.empty()) {
        const int first = int(m_rows.size());
        beginInsertRows({}, first, first + int(accepted.size()) - 1);
        m_rows.insert(m_rows.end(), accepted.cbegin(), accepted.cend());
        endInsertRows();
    }
    const qint64 total = m_model->rowCount();
    emit refilterProgress(qint64(m_tested - m_base), total);
    if (m_tested < end) {
        m_scanTimer.start();
        return;
    }
    m_scanTimer.stop();
    emit refilterFinished();
}

void MessageFilterProxy::appendAccepted(int firstSourceRow, int lastSourceRow)
{
    std::vector<quint64> accepted;
    for (int row = firstSourceRow; row <= lastSourceRow; ++row) {
        if (filterAcceptsRow(row, {}))
            accepted.push_back(m_base + quint64(row));
    }
    m_tested = m_base + quint64(lastSourceRow + 1);
    if (accepted.empty())
        return;
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(accepted.size()) - 1);
    m_rows.insert(m_rows.end(), accepted.cbegin(), accepted.cend());
    endInsertRows();
}

void MessageFilterProxy::onAboutToBeInserted(const QModelIndex &parent, int first, int last)
{
    if (!parent.isValid() && !isFiltering())
        beginInsertRows({}, first, last);
}

void MessageFilterProxy::onInserted(const QModelIndex &parent, int first, int last)
{
    if (parent.isValid())
        return;
    if (!isFiltering()) {
        endInsertRows();
        return;
    }
    // Rows are appended at the end; while a new filter is being applied, its scan reaches them.
    if (m_tested == m_base + quint64(first))
        appendAccepted(first, last);
}

void MessageFilterProxy::onAboutToBeRemoved(const QModelIndex &parent, int first, int last)
{
    if (parent.isValid())
        return;
    if (!isFiltering()) {
        beginRemoveRows({}, first, last);
        return;
    }
    const int low = lowerBound(m_base + quint64(first));
    const int high = lowerBound(m_base + quint64(last) + 1);
    m_removing = high - low;
    if (m_removing > 0)
        beginRemoveRows({}, low, high - 1);
}

void MessageFilterProxy::onRemoved(const QModelIndex &parent, int first, int last)
{
    if (parent.isValid())
        return;
    if (!isFiltering()) {
        endRemoveRows();
        return;
    }
    const quint64 count = quint64(last - first + 1);
    const int low = lowerBound(m_base + quint64(first));
    m_rows.erase(m_rows.begin() + low, m_rows.begin() + low + m_removing);
    if (first == 0) {
        // Evicted at the front (the ring's way): the later rows keep their positions.
        m_base += count;
        m_tested = std::max(m_tested, m_base);
    } else {
        for (auto it = m_rows.begin() + low; it != m_rows.end(); ++it)
            *it -= count;
        m_tested -= std::min(count, m_tested > m_base + quint64(first) ? m_tested - m_base - quint64(first) : 0);
    }
    if (m_removing > 0)
        endRemoveRows();
    m_removing = 0;
}

void MessageFilterProxy::onDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight, const QList<int> &roles)
{
    if (!isFiltering()) {
        emit dataChanged(mapFromSource(topLeft), mapFromSource(bottomRight), roles);
        return;
    }
    const int low = lowerBound(m_base + quint64(topLeft.row()));
    const int high = lowerBound(m_base + quint64(bottomRight.row()) + 1);
    if (low < high)
        emit dataChanged(index(low, topLeft.column()), index(high - 1, bottomRight.column()), roles);
}

void MessageFilterProxy::onAboutToBeReset()
{
    m_scanTimer.stop();
    beginResetModel();
}

void MessageFilterProxy::onReset()
{
    m_rows.clear();
    m_base = 0;
    m_tested = 0;
    endResetModel();
    if (isFiltering())
        scanSlice(m_sliceNs);
}

int MessageFilterProxy::lowerBound(quint64 position) const
{
    return int(std::lower_bound(m_rows.cbegin(), m_rows.cend(), position) - m_rows.cbegin());
}

QModelIndex MessageFilterProxy::index(int row, int column, const QModelIndex &parent) const
{
    if (parent.isValid() || row < 0 || column < 0 || row >= rowCount() || column >= columnCount())
        return {};
    return createIndex(row, column);
}

QModelIndex MessageFilterProxy::parent(const QModelIndex &) const
{
    return {};
}

int MessageFilterProxy::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() || !m_model)
        return 0;
    return isFiltering() ? int(m_rows.size()) : m_model->rowCount();
}

int MessageFilterProxy::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_model ? 0 : m_model->columnCount();
}

bool MessageFilterProxy::hasChildren(const QModelIndex &parent) const
{
    return !parent.isValid() && rowCount() > 0;
}

QList<qsizetype> MessageFilterProxy::shownSourceRows() const
{
    QList<qsizetype> rows;
    if (!isFiltering()) {
        rows.resize(rowCount());
        std::iota(rows.begin(), rows.end(), qsizetype(0));
        return rows;
    }
    rows.reserve(qsizetype(m_rows.size()));
    for (const quint64 position : m_rows)
        rows.append(qsizetype(position - m_base));
    return rows;
}

QModelIndex MessageFilterProxy::mapToSource(const QModelIndex &proxyIndex) const
{
    if (!proxyIndex.isValid() || !m_model || proxyIndex.model() != this)
        return {};
    const int row = isFiltering() ? int(m_rows[std::size_t(proxyIndex.row())] - m_base) : proxyIndex.row();
    return m_model->index(row, proxyIndex.column());
}

QModelIndex MessageFilterProxy::mapFromSource(const QModelIndex &sourceIndex) const
{
    if (!sourceIndex.isValid() || sourceIndex.model() != m_model)
        return {};
    if (!isFiltering())
        return createIndex(sourceIndex.row(), sourceIndex.column());
    const quint64 position = m_base + quint64(sourceIndex.row());
    const int row = lowerBound(position);
    if (row >= int(m_rows.size()) || m_rows[std::size_t(row)] != position)
        return {};
    return createIndex(row, sourceIndex.column());
}

bool MessageFilterProxy::unquote(QString &text)
{
    if (text.size() < 2 || !text.startsWith(QLatin1Char('"')) || !text.endsWith(QLatin1Char('"')))
        return false;
    text = text.mid(1, text.size() - 2);
    return true;
}

bool MessageFilterProxy::sourceMatches(const StreamRow &row) const
{
    const QString shown = MessageModel::sourceText(row);
    if (!m_sourceExact)
        return shown.contains(m_source, Qt::CaseInsensitive);
    // Exactly: the whole source as shown, or the sender's address (whatever name it used).
    const QString address = row.datagram ? row.datagram->sourceAddress()
        : row.sender() && row.sender()->origin ? row.sender()->origin->address : QString();
    return shown.compare(m_source, Qt::CaseInsensitive) == 0
        || (!address.isEmpty() && address.compare(m_source, Qt::CaseInsensitive) == 0);
}

bool MessageFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (sourceParent.isValid() || !m_model)
        return false;
    if (!isFiltering())
        return true;
    const StreamRow &m = m_model->row(sourceRow);
    if (!m_host.isEmpty() && m.host() != m_host)
        return false;
    if (!m_slot.isEmpty()
        && !(m_slotExact ? m.slot.compare(m_slot, Qt::CaseInsensitive) == 0 : m.slot.contains(m_slot, Qt::CaseInsensitive)))
        return false;
    if (!m_source.isEmpty() && !sourceMatches(m))
        return false;
    if (m_text.isEmpty())
        return true;
    const auto matches = [this](const QString &text) {
        if (m_regex)
            return m_expression.isValid() && m_expression.match(text).hasMatch();
        return text.contains(m_text, Qt::CaseInsensitive);
    };
    if (matches(PayloadText::preview(m.payload, kSearchChars)))
        return true;
    // Network rows: the decoded summary (or the malformed reason) is searched too.
    return m.isNetwork() && matches(DecodedSummary::forRow(m));
}
