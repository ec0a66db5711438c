// `mailslot-bench gui --trace-turns`: what kept the GUI thread busy. An application-wide event
// filter notes each event the GUI thread dispatches (receiver class, object name, event type; a
// timer's or a queued call's owner); when more than kGapMs pass between two of them, it prints
// the gap and the last events before it to standard error: the last one is what took the time
// (a paint, a flush timer, a batch delivered by a queued call...). Nested events count, so the
// innermost one is named. For finding stalls, not for the figures (it costs a little per event).
#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QString>

#include <vector>

class TurnTrace : public QObject
{
public:
    static constexpr qint64 kGapMs = 3;

    TurnTrace();
    ~TurnTrace() override;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Step
    {
        qint64 ns;
        QString what;
    };

    QElapsedTimer m_clock;
    std::vector<Step> m_steps; // the last few events
};
