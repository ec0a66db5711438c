// Keeps what a widget shows to the times it is seen. Figures that change ten times a second cost
// a relayout each when their labels are selectable and wrap; a dock behind another dock's tab (as
// in the default layout) or closed need not pay it. The widget asks seen() before it sets its
// labels: when it is hidden that says no and remembers, and the widget's catch-up runs once as it
// shows again, so what it shows is never stale.
#pragma once

#include <QObject>

#include <functional>

class QWidget;

class SeenRefresh : public QObject
{
    Q_OBJECT

public:
    // catchUp sets everything the widget shows from its current figures (a child of widget).
    SeenRefresh(QWidget *widget, std::function<void()> catchUp);

    // True when the widget is visible: the caller sets its labels now. False: catchUp runs when
    // the widget shows.
    bool seen();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *m_widget;
    std::function<void()> m_catchUp;
    bool m_stale = false; // a refresh was skipped while the widget was hidden
};
