#include "ui/common/seenrefresh.h"

#include <QEvent>
#include <QWidget>

SeenRefresh::SeenRefresh(QWidget *widget, std::function<void()> catchUp)
    : QObject(widget), m_widget(widget), m_catchUp(std::move(catchUp))
{
    widget->installEventFilter(this);
}

bool SeenRefresh::seen()
{
    if (m_widget->isVisible())
        return true;
    m_stale = true;
    return false;
}

bool SeenRefresh::eventFilter(QObject *watched, QEvent *event)
{
    // (The widget is visible when its show event is sent: the catch-up's seen() says yes.)
    if (watched == m_widget && event->type() == QEvent::Show && m_stale) {
        m_stale = false;
        m_catchUp();
    }
    return QObject::eventFilter(watched, event);
}
