// A capture file (pcap or pcapng) as a source of stream rows: its UDP 138 datagrams, read in a
// worker thread (CaptureLoader) and streamed in batches, each row with its capture time. A capture
// is counted apart from live traffic (its own source and counter), so reading a file never looks
// like received messages.
#pragma once

#include "core/stream/streamsource.h"

class CaptureLoader;

class CaptureSource : public StreamSource
{
    Q_OBJECT

public:
    explicit CaptureSource(const QString &path, QObject *parent = nullptr);
    ~CaptureSource() override;

    QString name() const override;
    QString path() const { return m_path; }

    // Starts reading (Live); false when it is already reading.
    bool start(quint16 port = 138);
    // Stops reading; the rows read so far stay (Finished).
    void cancel();
    bool isReading() const;

signals:
    void progress(qint64 bytesRead, qint64 totalBytes);
    // ok: the whole file was read, or the reading was cancelled (then cancelled is true); else
    // error names the file and the offset, and the state is Failed.
    void finished(bool ok, const QString &error, qint64 datagrams, qint64 frames, bool cancelled);

private:
    void takeDatagrams(const ObservedDatagramList &datagrams);
    void loaderFinished(bool ok, const QString &error, qint64 datagrams, qint64 frames, bool cancelled);

    QString m_path;
    CaptureLoader *m_loader;
};
