#include "ui/stream/messagestreamwidget.h"

#include "ui/common/refreshthrottle.h"
#include "ui/common/slotnamedelegate.h"

#include "ui/stream/messagefilterproxy.h"
#include "ui/stream/messagemodel.h"

#include <QAction>
#include <QInputDialog>
#include <QCheckBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QScrollBar>
#include <QStyle>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

MessageStreamWidget::MessageStreamWidget(MessageModel *model, QWidget *parent)
    : QWidget(parent),
      m_model(model),
      m_proxy(new MessageFilterProxy(this)),
      m_view(new QTableView(this)),
      m_filterLabel(new QLabel(this)),
      m_slotFilter(new QLineEdit(this)),
      m_sourceFilter(new QLineEdit(this)),
      m_textFilter(new QLineEdit(this)),
      m_regex(new QCheckBox(this)),
      m_filterError(new QLabel(this)),
      m_pauseButton(new QToolButton(this)),
      m_clearButton(new QToolButton(this)),
      m_pausedLabel(new QLabel(this)),
      m_pauseAction(new QAction(this)),
      m_clearAction(new QAction(this)),
      m_findAction(new QAction(this)),
      m_capacityAction(new QAction(this)),
      m_scroll(new RefreshThrottle(RefreshThrottle::kFrameIntervalMs, [this] {
          if (m_follow)
              m_view->scrollToBottom();
      }, this))
{
    m_proxy->setMessageModel(m_model);
    setUpView();
    setUpFilterBar();
    setUpActions();
    layOut();
    connectModel();
    retranslateUi();
}

void MessageStreamWidget::setUpView()
{
    m_view->setObjectName(QStringLiteral("messageView"));
    m_view->setModel(m_proxy);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setVerticalScrollMode(QAbstractItemView::ScrollPerItem);
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->setItemDelegateForColumn(MessageModel::SlotColumn, new SlotNameDelegate(m_view));
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 6);
    QHeaderView *header = m_view->horizontalHeader();
    header->setStretchLastSection(true);
    header->setSectionsMovable(true);
    header->setHighlightSections(false);
    resetColumnWidths();
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MessageStreamWidget::onCurrentChanged);
}

void MessageStreamWidget::setUpFilterBar()
{
    m_slotFilter->setObjectName(QStringLiteral("slotFilter"));
    m_sourceFilter->setObjectName(QStringLiteral("sourceFilter"));
    m_textFilter->setObjectName(QStringLiteral("textFilter"));
    m_regex->setObjectName(QStringLiteral("regexFilter"));
    m_filterError->setObjectName(QStringLiteral("filterError"));
    m_pausedLabel->setObjectName(QStringLiteral("pausedLabel"));
    for (QLineEdit *edit : {m_slotFilter, m_sourceFilter, m_textFilter}) {
        edit->setClearButtonEnabled(true);
        connect(edit, &QLineEdit::textChanged, this, &MessageStreamWidget::applyFilter);
    }
    m_filterLabel->setBuddy(m_textFilter);
    connect(m_regex, &QCheckBox::toggled, this, &MessageStreamWidget::applyFilter);
    m_filterError->setTextFormat(Qt::PlainText);
    m_filterError->hide();
    m_pausedLabel->setTextFormat(Qt::PlainText);
    m_pausedLabel->hide();
}

void MessageStreamWidget::setUpActions()
{
    m_pauseAction->setObjectName(QStringLiteral("pauseAction"));
    m_pauseAction->setCheckable(true);
    m_pauseAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Space));
    m_pauseButton->setDefaultAction(m_pauseAction);
    m_clearAction->setObjectName(QStringLiteral("clearAction"));
    m_clearAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    m_clearButton->setDefaultAction(m_clearAction);
    m_findAction->setObjectName(QStringLiteral("findAction"));
    m_findAction->setShortcut(QKeySequence::Find);
    addAction(m_findAction);
    m_capacityAction->setObjectName(QStringLiteral("capacityAction"));
    connect(m_capacityAction, &QAction::triggered, this, &MessageStreamWidget::askCapacity);
    connect(m_findAction, &QAction::triggered, this, [this] {
        m_textFilter->setFocus(Qt::ShortcutFocusReason);
        m_textFilter->selectAll();
    });
}

void MessageStreamWidget::layOut()
{
    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(m_filterLabel);
    filterRow->addWidget(m_slotFilter, 2);
    filterRow->addWidget(m_sourceFilter, 1);
    filterRow->addWidget(m_textFilter, 3);
    filterRow->addWidget(m_regex);
    filterRow->addSpacing(12);
    filterRow->addWidget(m_pauseButton);
    filterRow->addWidget(m_clearButton);

    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(m_filterError);
    statusRow->addStretch();
    statusRow->addWidget(m_pausedLabel);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(filterRow);
    layout->addLayout(statusRow);
    layout->addWidget(m_view, 1);
}

void MessageStreamWidget::connectModel()
{
    connect(m_pauseAction, &QAction::toggled, m_model, &MessageModel::setPaused);
    connect(m_model, &MessageModel::pausedChanged, m_pauseAction, &QAction::setChecked);
    connect(m_model, &MessageModel::pausedChanged, this, &MessageStreamWidget::updatePausedLabel);
    connect(m_model, &MessageModel::newWhilePausedChanged, this, &MessageStreamWidget::updatePausedLabel);
    connect(m_clearAction, &QAction::triggered, m_model, &MessageModel::clear);

    // Auto-scroll: follow the tail only while the reader is at the bottom (as CuteCom does), at
    // most once a frame (flushes may come every turn of the event loop); a scroll still due counts
    // as being at the bottom.
    connect(m_model, &MessageModel::aboutToFlush, this, [this] {
        const QScrollBar *bar = m_view->verticalScrollBar();
        m_follow = m_scroll->isPending() || bar->value() >= bar->maximum();
    });
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, [this](const QModelIndex &, int first, int last) {
        // Evicted rows at the top: keep the rows the reader is looking at in place.
        if (!m_follow && first == 0) {
            QScrollBar *bar = m_view->verticalScrollBar();
            bar->setValue(qMax(0, bar->value() - (last - first + 1)));
        }
    });
    connect(m_model, &MessageModel::flushed, this, [this] {
        if (m_follow)
            m_scroll->request();
    });
}

StreamRowList MessageStreamWidget::rows(bool onlyShown) const
{
    m_model->flush(); // what arrived until now
    StreamRowList rows;
    if (!onlyShown) {
        rows.reserve(m_model->rowCount());
        for (int r = 0; r < m_model->rowCount(); ++r)
            rows.append(m_model->row(r));
        return rows;
    }
    // In the order of the model (oldest first), whatever the view's sort.
    QList<int> sourceRows;
    sourceRows.reserve(m_proxy->rowCount());
    for (int r = 0; r < m_proxy->rowCount(); ++r)
        sourceRows.append(m_proxy->mapToSource(m_proxy->index(r, 0)).row());
    std::sort(sourceRows.begin(), sourceRows.end());
    rows.reserve(sourceRows.size());
    for (const int r : std::as_const(sourceRows))
        rows.append(m_model->row(r));
    return rows;
}

void MessageStreamWidget::askCapacity()
{
    bool ok = false;
    const int capacity = QInputDialog::getInt(this, tr("Stream Capacity"),
                                              tr("Keep at most this many messages in the stream (the oldest go first):"),
                                              m_model->capacity(), MessageModel::kMinCapacity,
                                              MessageModel::kMaxCapacity, 10000, &ok);
    if (ok)
        m_model->setCapacity(capacity);
}

void MessageStreamWidget::resetColumnWidths()
{
    const QFontMetrics metrics = m_view->fontMetrics();
    const int digit = metrics.horizontalAdvance(QLatin1Char('0'));
    const int padding = digit * 2;
    m_view->setColumnWidth(MessageModel::SequenceColumn, digit * 4 + padding);
    m_view->setColumnWidth(MessageModel::TimeColumn, metrics.horizontalAdvance(QStringLiteral("0000-00-00 00:00:00.000")) + padding);
    m_view->setColumnWidth(MessageModel::SlotColumn, metrics.horizontalAdvance(QStringLiteral("\\MAILSLOT\\BROWSE")) + padding);
    m_view->setColumnWidth(MessageModel::SourceColumn, metrics.horizontalAdvance(QStringLiteral("10.99.0.1 NMBDPEER<00>")) + padding);
    m_view->setColumnWidth(MessageModel::SizeColumn, sizeColumnWidth());
    // The preview gets room for a readable line; Decoded (the last column) takes the rest.
    m_view->setColumnWidth(MessageModel::PreviewColumn, metrics.averageCharWidth() * 28 + padding);
    fitHeaders();
}

int MessageStreamWidget::sizeColumnWidth() const
{
    // The widest size a row shows, in the locale's digits and group separators (1.048.576).
    const int padding = m_view->fontMetrics().horizontalAdvance(QLatin1Char('0')) * 2;
    return m_view->fontMetrics().horizontalAdvance(QLocale().toString(kWidestSize)) + padding;
}

void MessageStreamWidget::fitHeaders()
{
    // Narrow columns grow to show their (translated) title, and Size its largest figure.
    const QHeaderView *header = m_view->horizontalHeader();
    const int margin = header->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header);
    for (int column = 0; column < MessageModel::DecodedColumn; ++column) {
        const QString title = m_proxy->headerData(column, Qt::Horizontal).toString();
        int needed = header->fontMetrics().horizontalAdvance(title) + margin * 4;
        if (column == MessageModel::SizeColumn)
            needed = qMax(needed, sizeColumnWidth());
        if (m_view->columnWidth(column) < needed)
            m_view->setColumnWidth(column, needed);
    }
}

void MessageStreamWidget::setFilter(const QString &slot, const QString &source, const QString &text,
                                    bool regularExpression)
{
    const QSignalBlocker b1(m_slotFilter), b2(m_sourceFilter), b3(m_textFilter), b4(m_regex);
    m_slotFilter->setText(slot);
    m_sourceFilter->setText(source);
    m_textFilter->setText(text);
    m_regex->setChecked(regularExpression);
    applyFilter();
}

void MessageStreamWidget::applyFilter()
{
    m_proxy->setFilter(m_slotFilter->text(), m_sourceFilter->text(), m_textFilter->text(), m_regex->isChecked());
    m_filterError->setText(m_proxy->filterError());
    m_filterError->setVisible(!m_proxy->filterError().isEmpty());
    if (m_follow)
        m_view->scrollToBottom();
}

void MessageStreamWidget::updatePausedLabel()
{
    if (!m_model->isPaused()) {
        m_pausedLabel->hide();
        return;
    }
    m_pausedLabel->setText(tr("Paused: %n new message(s) while paused", nullptr, int(qMin<quint64>(m_model->newWhilePaused(), 0x7FFFFFFF))));
    m_pausedLabel->show();
}

void MessageStreamWidget::onCurrentChanged()
{
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    if (!current.isValid()) {
        m_currentSequence = 0;
        emit currentMessageCleared();
        return;
    }
    const QModelIndex source = m_proxy->mapToSource(current);
    const StreamRow &message = m_model->row(source.row());
    if (message.sequence == m_currentSequence)
        return; // the same message moved up a row (older ones were evicted)
    m_currentSequence = message.sequence;
    emit currentMessageChanged(message);
}

void MessageStreamWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void MessageStreamWidget::retranslateUi()
{
    m_filterLabel->setText(tr("&Filter:"));
    m_slotFilter->setPlaceholderText(tr("Slot"));
    m_slotFilter->setAccessibleName(tr("Slot filter"));
    m_sourceFilter->setPlaceholderText(tr("Source"));
    m_sourceFilter->setAccessibleName(tr("Source filter"));
    m_textFilter->setPlaceholderText(tr("Text in the message"));
    m_textFilter->setAccessibleName(tr("Text filter"));
    m_regex->setText(tr("Regular e&xpression"));
    m_view->setAccessibleName(tr("Messages"));
    m_capacityAction->setText(tr("Stream &Capacity..."));
    m_pauseAction->setText(tr("&Pause"));
    m_pauseAction->setToolTip(tr("Pause the view: messages are still received and counted"));
    m_clearAction->setText(tr("C&lear"));
    m_clearAction->setToolTip(tr("Remove every message from the view"));
    m_findAction->setText(tr("&Find..."));
    m_model->retranslate();
    fitHeaders();
    updatePausedLabel();
}
