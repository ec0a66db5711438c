// The widths of the message table's columns: defaults that fit their content (a sequence number,
// the Time column's widest text in the current time display, a slot name, a network source, the
// largest size in the user's locale), fitted to a narrow window (Slot, Source and Message give
// room so that Decoded stays on screen), and never narrower than their translated titles.
#pragma once

class QTableView;
class TimeFormat;

class StreamColumns
{
public:
    // The Size column fits every size below 10 MB in the user's locale ("9.999.999").
    static constexpr int kWidestSize = 9999999;

    // view: the table (its model gives the titles); timeFormat: the Time column's display.
    StreamColumns(QTableView *view, const TimeFormat *timeFormat);

    // Sets the default column widths.
    void reset();
    // The default widths, made to fit the table's width (no horizontal scrolling).
    void fitToView();
    // The Time column, after the time display changed.
    void fitTimeColumn();
    // Narrow columns grow to show their (translated) title, and Size its largest figure.
    void fitHeaders();
    // The width the Size column needs for kWidestSize.
    int sizeColumnWidth() const;

private:
    QTableView *m_view;
    const TimeFormat *m_timeFormat;
};
