// The stream's find bar (Edit > Find, Ctrl+F): selects the next or the previous row, among the
// rows the filter shows, whose message text, decoded summary, slot or source contains the text
// (case-insensitive), from the selected row on; at the end it wraps around and says so. Return
// finds the next, Shift+Return the previous (also F3 and Shift+F3); Escape closes the bar.
#pragma once

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
    FindBar(QTableView *view, MessageFilterProxy *proxy, MessageModel *model, QWidget *parent = nullptr);

    // Shows the bar with its text selected and focused.
    void open();
    QString text() const;
    void setText(const QString &text);
    // Selects the next (previous) matching row; false when none matches.
    bool findNext();
    bool findPrevious();
    // What the last search said ("Not found", "Wrapped around to the top"), or empty.
    QString statusText() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    bool find(int step);
    bool matches(int proxyRow) const;
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
};
