// The stream's find bar (Edit > Find, Ctrl+F): selects the next or the previous row, among the
// rows the filter shows, whose message text, decoded summary, slot or source contains the text
// (case-insensitive), from the selected row on; at the end it wraps around and says so. Return
// finds the next, Shift+Return the previous (also F3 and Shift+F3); Escape closes the bar.
//
// A search never blocks the window, whatever the stream's size: it tests rows in slices of about
// kSliceMs (the rest at the next turns of the event loop, "Searching..." on the way), following
// the rows the filter shows as they are added and evicted meanwhile. A new search, a new text or
// closing the bar stops the one running. A search that ends in its first slice (most do) has its
// outcome when findNext()/findPrevious() return; finished() says when any search ends.
#pragma once

#include <QElapsedTimer>
#include <QTimer>
#include <QWidget>

class MessageModel;
class QAbstractItemModel;
class QLabel;
class QLineEdit;
class QTableView;
class QToolButton;
class MessageFilterProxy;

class FindBar : public QWidget
{
    Q_OBJECT

public:
    // The time a slice of a search takes at most (about; kCheckRows rows are tested at least).
    static constexpr int kSliceMs = 4;
    // Rows tested between two looks at the clock.
    static constexpr int kCheckRows = 32;

    FindBar(QTableView *view, MessageFilterProxy *proxy, MessageModel *model, QWidget *parent = nullptr);

    // Shows the bar with its text selected and focused.
    void open();
    QString text() const;
    void setText(const QString &text);
    // Selects the next (previous) matching row: true when it did so at once; false when none
    // matches or the search goes on in the next turns of the event loop (isSearching()).
    bool findNext();
    bool findPrevious();
    // What the last search said ("Not found", "Wrapped around to the top", "Searching..."), or empty.
    QString statusText() const;
    bool isSearching() const { return m_sliceTimer.isActive(); }
    // Stops a running search (the selection stays where it was).
    void cancel();
    // The time a slice takes (default kSliceMs; 0: kCheckRows rows a slice, for tests).
    void setSliceNs(qint64 nanoseconds) { m_sliceNs = nanoseconds; }
    // The slices the last search took (1 when it ended in the first).
    int lastSearchSlices() const { return m_slices; }

signals:
    // A search ended: found (the row is selected), or not (not found, or stopped).
    void finished(bool found);

protected:
    void changeEvent(QEvent *event) override;

private:
    bool find(int step);
    // Tests rows for one slice; true when the search ended (found or not).
    bool runSlice();
    void finish(bool found, const QString &status);
    bool matches(int proxyRow) const;
    // Keeps the next row to test on the same row when rows are added or removed before it.
    void onRowsInserted(int first, int last);
    void onRowsRemoved(int first, int last);
    void retranslateUi();

    QTableView *m_view;
    MessageFilterProxy *m_proxy;
    MessageModel *m_model;
    QLabel *m_label;
    QLineEdit *m_text;
    QToolButton *m_previous;
    QToolButton *m_next;
    QToolButton *m_close;
    QLabel *m_status;
    // The running search: its text, direction, the next proxy row to test (out of range: wrap
    // around), the rows still to test, and whether it wrapped.
    QString m_needle;
    int m_step = 1;
    int m_position = 0;
    int m_remaining = 0;
    bool m_wrapped = false;
    bool m_found = false;
    int m_slices = 0;
    qint64 m_sliceNs = qint64(kSliceMs) * 1000000;
    QTimer m_sliceTimer;
};
