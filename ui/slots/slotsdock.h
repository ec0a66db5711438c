// The Slots dock: every mailslot of this user (SlotModel), sortable, with the slot actions.
#pragma once

#include "core/slots/mailsloterror.h"
#include "core/slots/mailslotserver.h"

#include <QDockWidget>

class MailslotRegistry;
class QAction;
class QLabel;
class QSortFilterProxyModel;
class QTableView;
class QToolBar;
class SlotModel;
class SlotWatches;

class SlotsDock : public QDockWidget
{
    Q_OBJECT

public:
    SlotsDock(MailslotRegistry *registry, SlotModel *model, QWidget *parent = nullptr);

    // The list ("slotsView"; the window keeps its column layout).
    QTableView *view() const { return m_view; }

    // The Slots menu: its actions (New Slot, Close Slot, Read Timeout, Hold, Copy Name, Send To),
    // grouped by separators.
    QList<QAction *> menuActions();

    // The selected slot's canonical name, or empty.
    QString currentSlot() const;
    void selectSlot(const QString &canonicalName);

    // The operations behind the actions (without dialogs). Outcomes go to statusMessage().
    MailslotError createSlot(const QString &name, const MailslotServer::Options &options);
    bool closeSlot(const QString &name);
    bool setReadTimeout(const QString &name, quint32 milliseconds);
    bool setHold(const QString &name, bool hold);
    // Watch: a copy of every message written to the slot, whichever process serves it, streams
    // in through watches (not owned; set once). A slot this monitor serves is refused (with a
    // status message): its messages are in the stream already, a watch would show each twice.
    void setWatches(SlotWatches *watches);
    bool setWatched(const QString &name, bool watch);

signals:
    void currentSlotChanged(const QString &canonicalName);
    void sendRequested(const QString &canonicalName);
    void statusMessage(const QString &text);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void setUpView();
    void setUpActions();
    void layOut();
    void connectSignals();
    void showNewSlotDialog();
    void closeCurrent();
    void askReadTimeout();
    void updateActions();
    void retranslateUi();
    void fitColumns();
    void showPartialListing(const QString &reason);
    // Whether this monitor serves the slot (reads it, or holds it).
    bool servedHere(const QString &name) const;

    MailslotRegistry *m_registry;
    SlotModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_view;
    QToolBar *m_toolBar;
    QLabel *m_partialNotice; // "only this monitor's slots are listed", when the system lists no others
    QAction *m_newAction;
    QAction *m_closeAction;
    QAction *m_timeoutAction;
    QAction *m_holdAction;
    QAction *m_copyAction;
    QAction *m_sendAction;
    QAction *m_watchAction;
    SlotWatches *m_watches = nullptr;
    QList<QAction *> m_menuActions; // made on first use
    QString m_current;
};
