#include "ui/stream/streamcolumns.h"

#include "ui/stream/messagemodel.h"
#include "ui/stream/timeformat.h"

#include <QHeaderView>
#include <QLocale>
#include <QScrollBar>
#include <QStyle>
#include <QTableView>

StreamColumns::StreamColumns(QTableView *view, const TimeFormat *timeFormat) : m_view(view), m_timeFormat(timeFormat)
{
}

void StreamColumns::reset()
{
    const QFontMetrics metrics = m_view->fontMetrics();
    const int digit = metrics.horizontalAdvance(QLatin1Char('0'));
    const int padding = digit * 2;
    m_view->setColumnWidth(MessageModel::SequenceColumn, digit * 4 + padding);
    fitTimeColumn();
    m_view->setColumnWidth(MessageModel::SlotColumn, metrics.horizontalAdvance(QStringLiteral("\\\\.\\mailslot\\browse")) + padding);
    m_view->setColumnWidth(MessageModel::SourceColumn, metrics.horizontalAdvance(QStringLiteral("10.99.0.1 NMBDPEER<00>")) + padding);
    m_view->setColumnWidth(MessageModel::SizeColumn, sizeColumnWidth());
    // The preview gets room for a readable line; Decoded (the last column) takes the rest.
    m_view->setColumnWidth(MessageModel::PreviewColumn, metrics.averageCharWidth() * 28 + padding);
    fitHeaders();
}

void StreamColumns::fitToView()
{
    reset();
    const int width = m_view->viewport()->width() - m_view->verticalScrollBar()->sizeHint().width();
    const int digit = m_view->fontMetrics().horizontalAdvance(QLatin1Char('0'));
    const int decoded = m_view->columnWidth(MessageModel::PreviewColumn) * 3 / 4;
    int fixed = decoded;
    int flexible = 0;
    for (int column = 0; column < MessageModel::DecodedColumn; ++column) {
        const bool shrinks = column == MessageModel::SlotColumn || column == MessageModel::SourceColumn
            || column == MessageModel::PreviewColumn;
        (shrinks ? flexible : fixed) += m_view->columnWidth(column);
    }
    if (fixed + flexible <= width || flexible <= 0)
        return;
    const double share = qMax(0.0, double(width - fixed)) / flexible;
    for (const int column : {MessageModel::SlotColumn, MessageModel::SourceColumn, MessageModel::PreviewColumn})
        m_view->setColumnWidth(column, qMax(digit * 8, int(m_view->columnWidth(column) * share)));
    fitHeaders();
}

void StreamColumns::fitTimeColumn()
{
    const int padding = m_view->fontMetrics().horizontalAdvance(QLatin1Char('0')) * 2;
    m_view->setColumnWidth(MessageModel::TimeColumn,
                           m_view->fontMetrics().horizontalAdvance(TimeFormat::widestText(m_timeFormat->mode())) + padding);
}

int StreamColumns::sizeColumnWidth() const
{
    // The widest size a row shows, in the locale's digits and group separators (1.048.576).
    const int padding = m_view->fontMetrics().horizontalAdvance(QLatin1Char('0')) * 2;
    return m_view->fontMetrics().horizontalAdvance(QLocale().toString(kWidestSize)) + padding;
}

void StreamColumns::fitHeaders()
{
    const QHeaderView *header = m_view->horizontalHeader();
    const int margin = header->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header);
    for (int column = 0; column < MessageModel::DecodedColumn; ++column) {
        const QString title = m_view->model()->headerData(column, Qt::Horizontal).toString();
        int needed = header->fontMetrics().horizontalAdvance(title) + margin * 4;
        if (column == MessageModel::SizeColumn)
            needed = qMax(needed, sizeColumnWidth());
        if (m_view->columnWidth(column) < needed)
            m_view->setColumnWidth(column, needed);
    }
}
