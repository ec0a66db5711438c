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
    connect(close, &QAction::triggered, this, &QWidget::hide);
    connect(m_text, &QLineEdit::returnPressed, this, &FindBar::findNext);
    connect(m_next, &QToolButton::clicked, this, &FindBar::findNext);
    connect(m_previous, &QToolButton::clicked, this, &FindBar::findPrevious);
    connect(m_close, &QToolButton::clicked, this, &QWidget::hide);
    connect(m_text, &QLineEdit::textChanged, m_status, &QLabel::clear);
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
    const QString &needle = m_text->text();
    return PayloadText::preview(row.payload, kSearchChars).contains(needle, Qt::CaseInsensitive)
        || row.slot.contains(needle, Qt::CaseInsensitive)
        || MessageModel::sourceText(row).contains(needle, Qt::CaseInsensitive)
        || (row.datagram && DecodedSummary::forRow(row).contains(needle, Qt::CaseInsensitive));
}

bool FindBar::find(int step)
{
    m_status->clear();
    const int rows = m_proxy->rowCount();
    if (m_text->text().isEmpty() || rows == 0)
        return false;
    const int current = m_view->currentIndex().isValid() ? m_view->currentIndex().row() : (step > 0 ? -1 : rows);
    for (int i = 1; i <= rows; ++i) {
        const int row = current + step * i;
        const int wrapped = ((row % rows) + rows) % rows;
        if (!matches(wrapped))
            continue;
        if (wrapped != row)
            m_status->setText(step > 0 ? tr("Wrapped around to the top") : tr("Wrapped around to the bottom"));
        const QModelIndex index = m_proxy->index(wrapped, 0);
        m_view->setCurrentIndex(index);
        m_view->scrollTo(index);
        return true;
    }
    m_status->setText(tr("Not found"));
    return false;
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
