// The offered load of `mailslot-bench gui`: writer threads that write into the monitor's default
// slot (or send UDP datagrams to its bridge) at a fixed rate, or as fast as they can, for a set
// time; and CPU-burning threads that make a busy machine reproducible (--load N).
//
// Each payload starts with "w<writer> m<index> t<ns> ": t is the writer's clock (the bench's
// QElapsedTimer) at the write, so that the GUI side can measure write-to-model latency.
#pragma once

#include <QElapsedTimer>
#include <QString>

#include <atomic>
#include <thread>
#include <vector>

struct OfferedLoad
{
    bool network = false;
    quint16 port = 0;      // the bridge's loopback port (network)
    QString target;        // the local slot (not network)
    qint64 rate = 0;       // messages/s over all writers; 0 = as fast as they can
    qint64 writers = 4;
    qint64 size = 64;      // payload bytes
    qint64 durationNs = 0; // how long the writers write
};

// What the writer threads share.
struct WriterProgress
{
    std::atomic<quint64> sent{0};   // written (local) or sent (network) without error
    std::atomic<quint64> errors{0}; // writes that failed
    std::atomic<int> finished{0};   // writer threads done
};

// Starts the writers; each stops after load.durationNs. Join them when progress.finished == writers.
std::vector<std::thread> startWriters(const OfferedLoad &load, const QElapsedTimer &clock, WriterProgress &progress);

// The write time (ns of the bench's clock) a payload carries, or -1 when it carries none.
qint64 payloadWriteNs(const QByteArray &payload);

// N threads that burn CPU from construction to destruction.
class CpuLoad
{
public:
    explicit CpuLoad(int threads);
    ~CpuLoad();
    CpuLoad(const CpuLoad &) = delete;
    CpuLoad &operator=(const CpuLoad &) = delete;

private:
    std::atomic<bool> m_stop{false};
    std::vector<std::thread> m_threads;
};
