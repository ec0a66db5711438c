// The event-loop stall of the GUI benches: a 1 ms timer whose lateness is recorded at every tick
// (thousands of samples a run), and the percentiles the benches print.
#pragma once

#include <QElapsedTimer>
#include <QString>
#include <QTimer>

#include <vector>

class Heartbeat
{
public:
    static constexpr int kIntervalMs = 1;

    // Records into stalls (ms late per tick) from now until destruction.
    explicit Heartbeat(std::vector<double> &stalls);

    // The p-th fraction (0..1) of values, 0 when empty.
    static double percentile(std::vector<double> values, double p);
    static double worst(const std::vector<double> &values);

private:
    std::vector<double> &m_stalls;
    QElapsedTimer m_beat;
    QTimer m_timer;
};
