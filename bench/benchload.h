// What one local-bench measurement moves: how many writers, how many messages each, how big.
// Payloads of 16 bytes or more carry the writer's number and a sequence number, which the
// receiving side checks (nothing lost, duplicated or reordered for a writer).
#pragma once

#include <QtGlobal>

#include <vector>

struct BenchLoad
{
    int writers = 1;
    int size = 100;           // payload bytes
    qint64 perWriter = 1000000;

    qint64 total() const { return perWriter * writers; }
    // Fills buffer (size bytes) as message `sequence` of `writer`.
    void stamp(char *buffer, int writer, qint64 sequence) const;
};

// Counts what arrives and checks each writer's order.
class SequenceCheck
{
public:
    explicit SequenceCheck(const BenchLoad &load);

    void see(const char *data, qint64 size);
    qint64 received() const { return m_received; }
    // Messages missing, out of order or malformed.
    qint64 lost() const;

private:
    BenchLoad m_load;
    std::vector<qint64> m_next;
    qint64 m_received = 0;
    qint64 m_bad = 0;
};

// The median of a list of figures (0 for none), and its smallest and largest.
struct Spread
{
    double median = 0;
    double low = 0;
    double high = 0;

    static Spread of(std::vector<double> values);
};
