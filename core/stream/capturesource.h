// A capture file (pcap or pcapng) as a source of stream rows: its UDP 138 datagrams, read by a
// CaptureReader in a worker thread and streamed in batches, each row with its capture time. At
// most a few batches are in flight: the next one is asked for when the hub has taken one. A
// capture is counted apart from live traffic (its own source and counter), so reading a file
// never looks like received messages. A saved session (core/formats/CAPTURE-FORMAT.md) reopens
// with its rows as they were saved: local messages as messages again (not datagrams), host, writer pid and delivery
// restored, the saved origin and stream number kept in the row's provenance.
#pragma once

#include "core/stream/streamsource.h"

#include <QThread>

class CaptureReader;

class CaptureSource : public StreamSource
{
    Q_OBJECT

public:
    static constexpr int kMaxBatchesInFlight = 2;

    explicit CaptureSource(const QString &path, QObject *parent = nullptr);
    // Stops reading and joins the worker thread.
    ~CaptureSource() override;

    QString name() const override;
    QString path() const { return m_path; }

    // Starts reading (Live); false when it has already started.
    bool start(quint16 port = 138);
    // Stops reading; the rows read so far stay (Finished, cancelled).
    void cancel();
    bool isReading() const { return m_reading; }

signals:
    void progress(qint64 bytesRead, qint64 totalBytes);
    // ok: the whole file was read, or the reading was cancelled (then cancelled is true); else
    // error names the file and the offset, and the state is Failed.
    void finished(bool ok, const QString &error, qint64 datagrams, qint64 frames, bool cancelled);

private:
    // In the GUI thread: a batch's rows, built in the reader's thread.
    void takeBatch(const StreamRowList &rows, qint64 bytesRead, qint64 totalBytes, qint64 frames);
    void readerDone(bool ok, const QString &error, qint64 frames);
    void askForBatch();
    // The rows of a batch: a saved session's as they were saved (see SessionComment::restore).
    // Pure: runs in the reader's thread.
    static StreamRowList reopened(const ObservedDatagramList &datagrams);
    void end(bool ok, const QString &error, bool cancelled);

    QString m_path;
    QThread m_thread;
    CaptureReader *m_reader = nullptr;
    bool m_reading = false;
    bool m_started = false;
    qint64 m_frames = 0;
    qint64 m_totalBytes = 0;
};
