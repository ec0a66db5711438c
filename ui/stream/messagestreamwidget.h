// The message stream (centre of the window): a view filter bar, the table of messages, Pause
// with "N new while paused", Clear, and auto-scroll that follows new rows only while the view is
// at the bottom.
#pragma once

#include "core/stream/rowring.h"
#include "core/stream/streamrow.h"
#include "ui/stream/streamcolumns.h"

#include <QWidget>

#include <memory>

class ColoringRules;
class FindBar;
class MessageFilterProxy;
class MessageModel;
class QAction;
class QMenu;
class QSettings;
class TimeFormat;
class QCheckBox;
class QLabel;
class QLineEdit;
class QTableView;
class QToolButton;
class RefreshThrottle;

class MessageStreamWidget : public QWidget
{
    Q_OBJECT

public:
    // The Size column fits every size below 10 MB in the user's locale ("9.999.999").
    static constexpr int kWidestSize = StreamColumns::kWidestSize;

    explicit MessageStreamWidget(MessageModel *model, QWidget *parent = nullptr);

    // The table ("messageView"; the window adds Copy to it and keeps its column layout).
    QTableView *view() const { return m_view; }
    MessageFilterProxy *proxy() const { return m_proxy; }
    // For the window's menus.
    QAction *pauseAction() const { return m_pauseAction; }
    QAction *clearAction() const { return m_clearAction; }
    QAction *findAction() const { return m_findAction; }
    // Asks for the stream's capacity (the oldest rows go when it is lowered).
    QAction *capacityAction() const { return m_capacityAction; }
    // View > Time Display, and View > Coloring Rules.
    QMenu *timeFormatMenu() const { return m_timeMenu; }
    QAction *coloringAction() const { return m_coloringAction; }
    // Filter to the slot, or to the sender, of the current row (in the table's context menu);
    // Show All clears the filter.
    QAction *followSlotAction() const { return m_followSlotAction; }
    QAction *followSourceAction() const { return m_followSourceAction; }
    QAction *showAllAction() const { return m_showAllAction; }
    TimeFormat *timeFormat() const { return m_timeFormat; }
    ColoringRules *coloringRules() const { return m_coloring; }
    FindBar *findBar() const { return m_findBar; }
    // The time display and the coloring rules.
    void loadSettings(const QSettings &settings);
    void saveSettings(QSettings &settings) const;
    // Every row of the stream, or only those the filter shows, oldest first (queued rows are
    // flushed first, a new filter is applied to every row first), for a worker thread: no row is
    // copied (a list of the shown rows' positions is made when a filter hides some).
    RowRing::Snapshot snapshot(bool onlyShown) const;

    // Sets the filter fields (and applies them).
    void setFilter(const QString &slot, const QString &source, const QString &text, bool regularExpression);
    bool isFollowingTail() const { return m_follow; }
    // Sets the default column widths (also after "reset columns").
    void resetColumnWidths() { m_columns.reset(); }
    // The default widths, made to fit the table's width: in a narrow window Slot, Source and
    // Message give room, so that Decoded stays on screen (no horizontal scrolling).
    void fitColumnsToView() { m_columns.fitToView(); }
    // The width the Size column needs for kWidestSize.
    int sizeColumnWidth() const { return m_columns.sizeColumnWidth(); }

signals:
    void currentMessageChanged(const StreamRow &message);
    void currentMessageCleared();

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void setUpView();
    void setUpFilterBar();
    void setUpActions();
    void layOut();
    void connectModel();
    void askCapacity();
    void applyFilter();
    // The filter's error, or how far a new filter got on a big ring.
    void showFilterState();
    // Makes the row of that sequence number current if the filter shows it.
    bool selectSequence(quint64 sequence);
    void updatePausedLabel();
    void onCurrentChanged();
    void retranslateUi();
    void setUpPresentation();
    void showContextMenu(const QPoint &position);
    void follow(bool slot);
    void editColoringRules();

    MessageModel *m_model;
    MessageFilterProxy *m_proxy;
    QTableView *m_view;
    QLabel *m_filterLabel;
    QLineEdit *m_slotFilter;
    QLineEdit *m_sourceFilter;
    QLineEdit *m_textFilter;
    QCheckBox *m_regex;
    QLabel *m_filterError;
    QToolButton *m_pauseButton;
    QToolButton *m_clearButton;
    QLabel *m_pausedLabel;
    QAction *m_pauseAction;
    QAction *m_clearAction;
    QAction *m_findAction;
    QAction *m_capacityAction;
    QAction *m_coloringAction;
    QAction *m_followSlotAction;
    QAction *m_followSourceAction;
    QAction *m_showAllAction;
    TimeFormat *m_timeFormat;
    ColoringRules *m_coloring;
    QMenu *m_timeMenu;
    FindBar *m_findBar;
    StreamColumns m_columns;
    RefreshThrottle *m_scroll; // scrolls to the tail, at most once a frame
    bool m_follow = true;
    bool m_filtering = false;
    quint64 m_currentSequence = 0;
};
