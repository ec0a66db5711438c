#include "ui/stream/findbar.h"

#include "core/text/decodedsummary.h"
#include "core/text/payloadtext.h"
#include "ui/stream/messagefilterproxy.h"
#include "ui/stream/messagemodel.h"

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QToolButton>

namespace {
// The message text searched (as the filter's).
constexpr int kSearchChars = 4096;
} // namespace

FindBar::FindBar(QTableView *view, MessageFilterProxy *proxy, MessageModel *model, QWidget *parent)
    : QWidget(parent),
      m_view(view),
      m_proxy(proxy),
      m_model(model),
      m_label(new QLabel(this)),
      m_text(new QLineEdit(this)),
      m_previous(new QToolButton(this)),
      m_next(new QToolButton(this)),
      m_close(new QToolButton(this)),
      m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("findBar"));
    m_text->setObjectName(QStringLiteral("findText"));
    m_next->setObjectName(QStringLiteral("findNext"));
    m_previous->setObjectName(QStringLiteral("findPrevious"));
    m_status->setObjectName(QStringLiteral("findStatus"));
    m_status->setTextFormat(Qt::PlainText);
    m_text->setClearButtonEnabled(true);
    m_label->setBuddy(m_text);
    m_close->setAutoRaise(true);
    m_close->setText(QStringLiteral("\u2715"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_previous);
    layout->addWidget(m_next);
    layout->addWidget(m_status);
    layout->addWidget(m_close);

    auto *next = new QAction(this);
    next->setShortcuts({QKeySequence::FindNext});
    next->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    auto *previous = new QAction(this);
    previous->setShortcuts({QKeySequence::FindPrevious, QKeySequence(Qt::SHIFT | Qt::Key_Return)});
    previous->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    auto *close = new QAction(this);
    close->setShortcut(QKeySequence(Qt::Key_Escape));
    close->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addActions({next, previous, close});
    connect(next, &QAction::triggered, this, &FindBar::findNext);
    connect(previous, &QAction::triggered, this, &FindBar::findPrevious);
    const auto closeBar = [this] {
        cancel();
        hide();
    };
    connect(close, &QAction::triggered, this, closeBar);
    connect(m_text, &QLineEdit::returnPressed, this, &FindBar::findNext);
    connect(m_next, &QToolButton::clicked, this, &FindBar::findNext);
    connect(m_previous, &QToolButton::clicked, this, &FindBar::findPrevious);
    connect(m_close, &QToolButton::clicked, this, closeBar);
    connect(m_text, &QLineEdit::textChanged, this, [this] {
        cancel();
        m_status->clear();
    });
    m_sliceTimer.setSingleShot(true);
    connect(&m_sliceTimer, &QTimer::timeout, this, &FindBar::runSlice);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex &, int first, int last) {
        onRowsInserted(first, last);
    });
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, [this](const QModelIndex &, int first, int last) {
        onRowsRemoved(first, last);
    });
    // Every row changed place (Clear, a new filter): the search has nothing left to follow.
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &FindBar::cancel);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &FindBar::cancel);
    retranslateUi();
}

void FindBar::open()
{
    show();
    m_text->setFocus(Qt::ShortcutFocusReason);
    m_text->selectAll();
}

QString FindBar::text() const
{
    return m_text->text();
}

void FindBar::setText(const QString &text)
{
    m_text->setText(text);
}

QString FindBar::statusText() const
{
    return m_status->text();
}

bool FindBar::findNext()
{
    return find(1);
}

bool FindBar::findPrevious()
{
    return find(-1);
}

bool FindBar::matches(int proxyRow) const
{
    const StreamRow &row = m_model->row(m_proxy->mapToSource(m_proxy->index(proxyRow, 0)).row());
    const QString &needle = m_needle;
    return PayloadText::preview(row.payload, kSearchChars).contains(needle, Qt::CaseInsensitive)
        || row.slot.contains(needle, Qt::CaseInsensitive)
        || MessageModel::sourceText(row).contains(needle, Qt::CaseInsensitive)
        || (row.datagram && DecodedSummary::forRow(row).contains(needle, Qt::CaseInsensitive));
}

bool FindBar::find(int step)
{
    cancel();
    m_status->clear();
    const int rows = m_proxy->rowCount();
    if (m_text->text().isEmpty() || rows == 0)
        return false;
    const int current = m_view->currentIndex().isValid() ? m_view->currentIndex().row() : (step > 0 ? -1 : rows);
    m_needle = m_text->text();
    m_step = step;
    m_position = current + step;
    m_remaining = rows;
    m_wrapped = false;
    m_slices = 0;
    return runSlice() && m_found; // false too when it goes on in the next turns
}

bool FindBar::runSlice()
{
    ++m_slices;
    QElapsedTimer clock;
    clock.start();
    int tested = 0;
    while (m_remaining > 0) {
        const int rows = m_proxy->rowCount();
        if (rows == 0)
            break;
        if (m_position >= rows || m_position < 0) {
            m_position = m_position >= rows ? 0 : rows - 1;
            m_wrapped = true;
        }
        if (matches(m_position)) {
            const QModelIndex index = m_proxy->index(m_position, 0);
            m_view->setCurrentIndex(index);
            m_view->scrollTo(index);
            finish(true, m_wrapped ? (m_step > 0 ? tr("Wrapped around to the top") : tr("Wrapped around to the bottom"))
                                   : QString());
            return true;
        }
        m_position += m_step;
        --m_remaining;
        if (++tested % kCheckRows == 0 && clock.nsecsElapsed() >= m_sliceNs && m_remaining > 0) {
            m_status->setText(tr("Searching..."));
            m_sliceTimer.start(0); // the rest after the event loop had its turn
            return false;
        }
    }
    finish(false, tr("Not found"));
    return true;
}

void FindBar::finish(bool found, const QString &status)
{
    m_sliceTimer.stop();
    m_found = found;
    m_status->setText(status);
    emit finished(found);
}

void FindBar::cancel()
{
    if (!m_sliceTimer.isActive())
        return;
    m_sliceTimer.stop();
    m_status->clear();
    emit finished(false);
}

void FindBar::onRowsInserted(int first, int last)
{
    if (isSearching() && first <= m_position)
        m_position += last - first + 1;
}

void FindBar::onRowsRemoved(int first, int last)
{
    if (!isSearching())
        return;
    const int count = last - first + 1;
    if (m_position > last)
        m_position -= count;
    else if (m_position >= first)
        m_position = m_step > 0 ? first : first - 1; // the next row still there, in the search's direction
    m_remaining = qMin(m_remaining, m_proxy->rowCount());
}

void FindBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void FindBar::retranslateUi()
{
    m_label->setText(tr("Fin&d:"));
    m_text->setPlaceholderText(tr("Text, slot, source or decoded field"));
    m_text->setAccessibleName(tr("Find in the stream"));
    m_next->setText(tr("&Next"));
    m_next->setToolTip(tr("Find the next matching row (%1)").arg(QKeySequence(QKeySequence::FindNext).toString(QKeySequence::NativeText)));
    m_previous->setText(tr("Pre&vious"));
    m_previous->setToolTip(tr("Find the previous matching row (%1)").arg(QKeySequence(QKeySequence::FindPrevious).toString(QKeySequence::NativeText)));
    m_close->setToolTip(tr("Close the find bar (Esc)"));
    m_close->setAccessibleName(tr("Close the find bar"));
}
