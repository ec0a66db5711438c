// The view filter of the message stream: hides rows without dropping them. Rows pass when their
// slot contains the slot filter, their source contains the source filter, and their payload text
// contains the text filter (or matches it as a regular expression; for network rows the decoded
// summary is searched too). All case-insensitive. A slot or source filter in double quotes
// matches the whole slot, or the whole source or the sender's address ("10.0.0.1" is not
// 10.0.0.10): what Follow This Slot / Sender writes. A host filter shows one remote host's rows.
//
// Made for the ring of MessageModel, whose rows are appended at the end and evicted at the front:
// the proxy keeps the accepted rows as positions counted from the ring's first row ever (so an
// eviction renumbers nothing), tests only the rows a flush inserts, and drops the evicted ones
// from the front, in time proportional to the rows that changed, whatever the ring's size. Without
// a filter it maps row to row and keeps nothing. A new filter is applied to the ring in slices of
// about kSliceMs (the rest at the next turns of the event loop, refilterProgress() on the way):
// filtering 10,000,000 rows never blocks the window. Rows are always in the model's order.
#pragma once

#include <QAbstractProxyModel>
#include <QRegularExpression>
#include <QTimer>

#include <deque>

struct StreamRow;

class MessageModel;

class MessageFilterProxy : public QAbstractProxyModel
{
    Q_OBJECT

public:
    // The time a slice of a new filter takes at most (about; one row is tested at least).
    static constexpr int kSliceMs = 4;

    explicit MessageFilterProxy(QObject *parent = nullptr);

    void setMessageModel(MessageModel *model);

    // As set (an exact filter with its quotes).
    QString slotFilter() const { return m_slotExact ? QLatin1Char('"') + m_slot + QLatin1Char('"') : m_slot; }
    QString sourceFilter() const { return m_sourceExact ? QLatin1Char('"') + m_source + QLatin1Char('"') : m_source; }
    QString textFilter() const { return m_text; }
    bool isRegularExpression() const { return m_regex; }
    void setFilter(const QString &slot, const QString &source, const QString &text, bool regularExpression);
    void clearFilter();
    // Only the rows of one host (a remote source's; empty: every host). clearFilter() clears it too.
    QString hostFilter() const { return m_host; }
    void setHostFilter(const QString &host);
    bool isFiltering() const;
    // Empty when the text filter is usable; the error of an invalid regular expression otherwise.
    QString filterError() const { return m_error; }
    // A new filter is still being applied to the older rows (see refilterProgress()).
    bool isRefiltering() const { return m_scanTimer.isActive(); }
    // Applies the rest of a new filter now (for callers that need every row: exports, tests).
    void finishRefilter();
    // The time a slice takes (default kSliceMs; 0: one step of rows a turn, for tests).
    void setSliceNs(qint64 nanoseconds) { m_sliceNs = nanoseconds; }
    // The model's rows a new filter has been applied to so far.
    qint64 refilterDone() const { return qint64(m_tested - m_base); }
    // The model's rows the filter shows, in order (when it filters; see finishRefilter()), for an
    // export's snapshot: read from the proxy's own list, at a small cost per row.
    QList<qsizetype> shownSourceRows() const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    QModelIndex mapToSource(const QModelIndex &proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex &sourceIndex) const override;

signals:
    // setFilter() changed what is shown (after the rows were added or removed).
    void filterChanged();
    // A new filter has been applied to this many of the ring's rows (of total); done: every row.
    void refilterProgress(qint64 done, qint64 total);
    void refilterFinished();

protected:
    virtual bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const;

private:
    void applyFilter();
    void scanSlice(qint64 budgetNs);
    void appendAccepted(int firstSourceRow, int lastSourceRow);
    void onAboutToBeInserted(const QModelIndex &parent, int first, int last);
    void onInserted(const QModelIndex &parent, int first, int last);
    void onAboutToBeRemoved(const QModelIndex &parent, int first, int last);
    void onRemoved(const QModelIndex &parent, int first, int last);
    void onDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight, const QList<int> &roles);
    void onAboutToBeReset();
    void onReset();
    bool sourceMatches(const StreamRow &row) const;
    // Strips the double quotes around an exact filter; false when it is not one.
    static bool unquote(QString &text);
    // The first shown row at or after a ring position.
    int lowerBound(quint64 position) const;

    MessageModel *m_model = nullptr;
    QString m_slot;
    QString m_source;
    QString m_text;
    QString m_host;
    bool m_regex = false;
    bool m_slotExact = false;
    bool m_sourceExact = false;
    QRegularExpression m_expression;
    QString m_error;
    // Filtering: the shown rows, as ring positions (m_base + source row), ascending.
    std::deque<quint64> m_rows;
    quint64 m_base = 0;    // the ring position of the model's row 0 (rows evicted since the last reset)
    quint64 m_tested = 0;  // ring positions below this one have been tested against the filter
    int m_removing = 0;    // shown rows being removed between the model's about-to and done signals
    qint64 m_sliceNs = qint64(kSliceMs) * 1000000;
    QTimer m_scanTimer;
};
