#include "ui/stream/messagestreamwidget.h"

#include "ui/common/refreshthrottle.h"
#include "ui/stream/celltextdelegate.h"
#include "ui/stream/coloringrules.h"
#include "ui/stream/coloringrulesdialog.h"
#include "ui/stream/findbar.h"
#include "ui/stream/messagefilterproxy.h"
#include "ui/stream/messagemodel.h"
#include "ui/stream/timeformat.h"
#include "ui/stream/timeformatmenu.h"

#include <QAction>
#include <QInputDialog>
#include <QCheckBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QSettings>
#include <QScrollBar>
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
      m_coloringAction(new QAction(this)),
      m_followSlotAction(new QAction(this)),
      m_followSourceAction(new QAction(this)),
      m_showAllAction(new QAction(this)),
      m_timeFormat(new TimeFormat(this)),
      m_coloring(new ColoringRules(this)),
      m_timeMenu(new TimeFormatMenu(m_timeFormat, this)),
      m_findBar(new FindBar(m_view, m_proxy, m_model, this)),
      m_columns(m_view, m_timeFormat),
      m_scroll(new RefreshThrottle(RefreshThrottle::kFrameIntervalMs, [this] {
          if (m_follow)
              m_view->scrollToBottom();
      }, this))
{
    m_proxy->setMessageModel(m_model);
    setUpView();
    setUpPresentation();
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
    m_view->setItemDelegate(new CellTextDelegate(m_view));
    m_view->setItemDelegateForColumn(MessageModel::SlotColumn, new CellTextDelegate(m_view, Qt::ElideLeft));
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
    // Their line is always there: showing one never moves the table under the reader's eyes.
    for (QLabel *label : {m_filterError, m_pausedLabel}) {
        label->setTextFormat(Qt::PlainText);
        QSizePolicy policy = label->sizePolicy();
        policy.setRetainSizeWhenHidden(true);
        label->setSizePolicy(policy);
        // One line of the label's font, whatever the text: a glyph from a taller fallback font
        // (seen on Windows) would otherwise make the line grow when the notice appears.
        label->setFixedHeight(label->fontMetrics().height());
        label->hide();
    }
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
    connect(m_findAction, &QAction::triggered, m_findBar, &FindBar::open);
    m_coloringAction->setObjectName(QStringLiteral("coloringAction"));
    connect(m_coloringAction, &QAction::triggered, this, &MessageStreamWidget::editColoringRules);
    m_followSlotAction->setObjectName(QStringLiteral("followSlotAction"));
    m_followSourceAction->setObjectName(QStringLiteral("followSourceAction"));
    m_showAllAction->setObjectName(QStringLiteral("showAllAction"));
    connect(m_followSlotAction, &QAction::triggered, this, [this] { follow(true); });
    connect(m_followSourceAction, &QAction::triggered, this, [this] { follow(false); });
    connect(m_showAllAction, &QAction::triggered, this, [this] { setFilter({}, {}, {}, m_regex->isChecked()); });
}

void MessageStreamWidget::setUpPresentation()
{
    m_model->setTimeFormat(m_timeFormat);
    m_model->setColoringRules(m_coloring);
    m_coloring->setPalette(m_view->palette());
    m_view->installEventFilter(this);
    connect(m_timeFormat, &TimeFormat::modeChanged, this, [this] {
        m_columns.fitTimeColumn();
        m_model->refreshPresentation();
    });
    connect(m_coloring, &ColoringRules::changed, m_model, &MessageModel::refreshPresentation);
    m_findBar->hide();
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view, &QWidget::customContextMenuRequested, this, &MessageStreamWidget::showContextMenu);
}

void MessageStreamWidget::showContextMenu(const QPoint &position)
{
    const QModelIndex index = m_view->indexAt(position);
    if (index.isValid())
        m_view->setCurrentIndex(index);
    m_followSlotAction->setEnabled(m_view->currentIndex().isValid());
    m_followSourceAction->setEnabled(m_view->currentIndex().isValid());
    m_showAllAction->setEnabled(m_proxy->isFiltering());
    QMenu menu(this);
    menu.addActions(m_view->actions()); // Copy, from the window
    if (!menu.isEmpty())
        menu.addSeparator();
    menu.addActions({m_followSlotAction, m_followSourceAction, m_showAllAction});
    menu.exec(m_view->viewport()->mapToGlobal(position));
}

void MessageStreamWidget::follow(bool slot)
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return;
    const StreamRow &row = m_model->row(m_proxy->mapToSource(current).row());
    // One click: exactly that slot, or exactly that sender (its address: every name it uses).
    const auto quoted = [](const QString &text) { return QLatin1Char('"') + text + QLatin1Char('"'); };
    if (slot)
        setFilter(quoted(row.slot), {}, {}, m_regex->isChecked());
    else
        setFilter({}, quoted(row.datagram ? row.datagram->sourceAddress() : MessageModel::sourceText(row)), {}, m_regex->isChecked());
}

void MessageStreamWidget::editColoringRules()
{
    ColoringRulesDialog dialog(m_coloring->rules(), this);
    if (dialog.exec() == QDialog::Accepted)
        m_coloring->setRules(dialog.rules());
}

void MessageStreamWidget::loadSettings(const QSettings &settings)
{
    m_timeFormat->setMode(TimeFormat::fromKey(settings.value(QStringLiteral("stream/time")).toString())
                              .value_or(TimeFormat::Mode::TimeOfDay));
    m_coloring->load(settings);
}

void MessageStreamWidget::saveSettings(QSettings &settings) const
{
    settings.setValue(QStringLiteral("stream/time"), TimeFormat::key(m_timeFormat->mode()));
    m_coloring->save(settings);
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
    layout->addWidget(m_findBar); // below the table, as in browsers: opening it moves no row
}

void MessageStreamWidget::connectModel()
{
    connect(m_pauseAction, &QAction::toggled, m_model, &MessageModel::setPaused);
    connect(m_model, &MessageModel::pausedChanged, m_pauseAction, &QAction::setChecked);
    connect(m_model, &MessageModel::pausedChanged, this, &MessageStreamWidget::updatePausedLabel);
    connect(m_model, &MessageModel::newWhilePausedChanged, this, &MessageStreamWidget::updatePausedLabel);
    connect(m_clearAction, &QAction::triggered, m_model, &MessageModel::clear);
    // A reset (Clear) drops the current index without currentRowChanged: the detail pane must
    // not keep showing a message that is gone.
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &MessageStreamWidget::onCurrentChanged);

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
    // A new filter on a big ring is applied in slices: say how far it got, then select again.
    connect(m_proxy, &MessageFilterProxy::refilterProgress, this, &MessageStreamWidget::showFilterState);
    connect(m_proxy, &MessageFilterProxy::refilterFinished, this, [this] {
        if (!m_view->currentIndex().isValid())
            selectSequence(m_currentSequence);
    });
}

void MessageStreamWidget::showFilterState()
{
    const bool busy = m_proxy->isRefiltering() && m_proxy->filterError().isEmpty();
    const QLocale locale;
    m_filterError->setText(busy ? tr("Filtering: %1 of %n message(s)", nullptr, m_model->rowCount())
                                      .arg(locale.toString(m_proxy->refilterDone()))
                                : m_proxy->filterError());
    m_filterError->setVisible(!m_filterError->text().isEmpty());
}

RowRing::Snapshot MessageStreamWidget::snapshot(bool onlyShown) const
{
    m_model->flush(); // what arrived until now
    const RowRing::Snapshot all = m_model->snapshot();
    if (!onlyShown || !m_proxy->isFiltering())
        return all;
    m_proxy->finishRefilter();
    return all.selected(m_proxy->shownSourceRows());
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
    // The selected message stays selected when the new filter shows it, and stays in the detail
    // pane when it hides it (selected again when a later filter shows it).
    m_filtering = true;
    m_proxy->setFilter(m_slotFilter->text(), m_sourceFilter->text(), m_textFilter->text(), m_regex->isChecked());
    const bool shown = selectSequence(m_currentSequence);
    if (!shown)
        m_view->selectionModel()->clear(); // not a neighbour of the hidden row in its place
    m_filtering = false;
    showFilterState();
    if (!shown && m_follow)
        m_view->scrollToBottom();
}

bool MessageStreamWidget::selectSequence(quint64 sequence)
{
    if (sequence == 0)
        return false;
    // Rows are in sequence order in the model.
    int low = 0;
    int high = m_model->rowCount();
    while (low < high) {
        const int mid = low + (high - low) / 2;
        if (m_model->row(mid).sequence < sequence)
            low = mid + 1;
        else
            high = mid;
    }
    if (low >= m_model->rowCount() || m_model->row(low).sequence != sequence)
        return false;
    const QModelIndex shown = m_proxy->mapFromSource(m_model->index(low, 0));
    if (!shown.isValid())
        return false;
    if (m_view->currentIndex().row() != shown.row() || !m_view->selectionModel()->isRowSelected(shown.row()))
        m_view->setCurrentIndex(shown);
    m_view->scrollTo(shown);
    return true;
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
    if (m_filtering)
        return; // a filter change: the same message stays in the detail pane
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

bool MessageStreamWidget::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && event->type() == QEvent::PaletteChange)
        m_coloring->setPalette(m_view->palette());
    m_view->installEventFilter(this); // a dark palette or style sheet: the row colors follow
    return QWidget::eventFilter(watched, event);
}

void MessageStreamWidget::retranslateUi()
{
    m_filterLabel->setText(tr("&Filter:"));
    m_slotFilter->setPlaceholderText(tr("Slot"));
    m_slotFilter->setAccessibleName(tr("Slot filter"));
    m_slotFilter->setToolTip(tr("Slots whose name contains this text; in double quotes, exactly this name"));
    m_sourceFilter->setPlaceholderText(tr("Source"));
    m_sourceFilter->setToolTip(tr("Sources that contain this text; in double quotes, exactly this source or address"));
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
    m_coloringAction->setText(tr("C&oloring Rules..."));
    m_followSlotAction->setText(tr("Follow This &Slot"));
    m_followSlotAction->setToolTip(tr("Show only the messages of this row's slot"));
    m_followSourceAction->setText(tr("Follow This S&ender"));
    m_followSourceAction->setToolTip(tr("Show only the messages from this row's sender"));
    m_showAllAction->setText(tr("Show &All Messages"));
    m_model->retranslate();
    m_columns.fitHeaders();
    updatePausedLabel();
}
