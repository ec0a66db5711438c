// The view filter of the message stream: hides rows without dropping them. Rows pass when their
// slot contains the slot filter, their source contains the source filter, and their payload text
// contains the text filter (or matches it as a regular expression; for network rows the decoded
// summary is searched too). All case-insensitive. A host filter shows one remote host's rows.
#pragma once

#include <QRegularExpression>
#include <QSortFilterProxyModel>

class MessageModel;

class MessageFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit MessageFilterProxy(QObject *parent = nullptr);

    void setMessageModel(MessageModel *model);

    QString slotFilter() const { return m_slot; }
    QString sourceFilter() const { return m_source; }
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

signals:
    // setFilter() changed what is shown (after the rows were added or removed).
    void filterChanged();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    MessageModel *m_model = nullptr;
    QString m_slot;
    QString m_source;
    QString m_text;
    QString m_host;
    bool m_regex = false;
    QRegularExpression m_expression;
    QString m_error;
};
