// Opens a capture file (pcap or pcapng) in a worker thread with CaptureDecoder and hands its UDP
// 138 datagrams to the window in batches (at most a few in flight, so a large file never floods
// the event loop), with the progress in bytes, and at the end whether it worked (else the
// decoder's error, which names the file and the byte offset).
#pragma once

#include "core/stream/observeddatagram.h"

#include <QObject>
#include <QString>

#include <memory>

class QThread;

class CaptureLoader : public QObject
{
    Q_OBJECT

public:
    static constexpr int kBatchSize = 2000;
    static constexpr int kBatchMs = 50;
    static constexpr int kMaxBatchesInFlight = 4;

    explicit CaptureLoader(QObject *parent = nullptr);
    // Cancels and joins a load in progress.
    ~CaptureLoader() override;

    // Starts reading path (false if a load is already running).
    bool start(const QString &path, quint16 port = 138);
    void cancel();
    bool isRunning() const { return m_thread != nullptr; }
    QString path() const { return m_path; }

signals:
    void datagramsRead(const ObservedDatagramList &datagrams);
    void progress(qint64 bytesRead, qint64 totalBytes);
    // ok: the whole file was read (or the load was cancelled: then cancelled is true).
    void finished(bool ok, const QString &error, qint64 datagrams, qint64 frames, bool cancelled);

private:
    struct State;
    QThread *m_thread = nullptr;
    std::shared_ptr<State> m_state;
    QString m_path;
};
