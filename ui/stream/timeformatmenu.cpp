#include "ui/stream/timeformatmenu.h"

#include <QActionGroup>
#include <QEvent>

TimeFormatMenu::TimeFormatMenu(TimeFormat *format, QWidget *parent)
    : QMenu(parent), m_format(format), m_group(new QActionGroup(this))
{
    setObjectName(QStringLiteral("timeFormatMenu"));
    m_group->setExclusive(true);
    for (const TimeFormat::Mode mode : TimeFormat::modes()) {
        QAction *action = addAction(QString());
        action->setObjectName(QStringLiteral("time_") + TimeFormat::key(mode));
        action->setCheckable(true);
        action->setData(int(mode));
        m_group->addAction(action);
        connect(action, &QAction::triggered, m_format, [this, mode] { m_format->setMode(mode); });
    }
    connect(m_format, &TimeFormat::modeChanged, this, &TimeFormatMenu::check);
    check(m_format->mode());
    retranslateUi();
}

void TimeFormatMenu::check(TimeFormat::Mode mode)
{
    for (QAction *action : m_group->actions())
        action->setChecked(action->data().toInt() == int(mode));
}

void TimeFormatMenu::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMenu::changeEvent(event);
}

void TimeFormatMenu::retranslateUi()
{
    setTitle(tr("T&ime Display"));
    for (QAction *action : m_group->actions())
        action->setText(TimeFormat::title(TimeFormat::Mode(action->data().toInt())));
}
