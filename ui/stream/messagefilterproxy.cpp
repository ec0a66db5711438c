#include "ui/stream/messagefilterproxy.h"

#include "core/text/decodedsummary.h"
#include "ui/stream/messagemodel.h"
#include "core/text/payloadtext.h"

namespace {
// The payload text searched by the filter: what the preview shows, but longer.
constexpr int kSearchChars = 4096;
} // namespace

MessageFilterProxy::MessageFilterProxy(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(MessageModel::SortRole);
    setDynamicSortFilter(true);
}

void MessageFilterProxy::setMessageModel(MessageModel *model)
{
    m_model = model;
    setSourceModel(model);
}

void MessageFilterProxy::setFilter(const QString &slot, const QString &source, const QString &text,
                                   bool regularExpression)
{
    m_slot = slot.trimmed();
    m_source = source.trimmed();
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
    invalidateRowsFilter();
    emit filterChanged();
}

void MessageFilterProxy::clearFilter()
{
    m_host.clear();
    setFilter({}, {}, {}, m_regex);
}

void MessageFilterProxy::setHostFilter(const QString &host)
{
    m_host = host;
    invalidateRowsFilter();
    emit filterChanged();
}

bool MessageFilterProxy::isFiltering() const
{
    return !m_slot.isEmpty() || !m_source.isEmpty() || !m_text.isEmpty() || !m_host.isEmpty();
}

bool MessageFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (sourceParent.isValid() || !m_model)
        return false;
    if (!isFiltering())
        return true;
    const StreamRow &m = m_model->row(sourceRow);
    if (!m_host.isEmpty() && m.host != m_host)
        return false;
    if (!m_slot.isEmpty() && !m.slot.contains(m_slot, Qt::CaseInsensitive))
        return false;
    if (!m_source.isEmpty() && !MessageModel::sourceText(m).contains(m_source, Qt::CaseInsensitive))
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
