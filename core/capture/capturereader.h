// Reads a capture file in steps, in a worker thread: each readNext() decodes the next batch of
// UDP 138 datagrams and emits it; the owner asks for the next batch when it has taken one, so a
// large file streams at the pace of its reader and never floods the event loop. A worker object:
// moved to a QThread by its owner (CaptureSource), called through queued invocations only.
#pragma once

#include "core/capture/capturedecoder.h"

#include <QObject>

class CaptureReader : public QObject
{
    Q_OBJECT

public:
    static constexpr int kBatchDatagrams = 2000;

    CaptureReader(const QString &path, quint16 port);

    // Opens the file (a failure ends the reading at once, with done()).
    void open();
    // Reads the next batch and emits batchRead(), or done() at the end of the file or on an error.
    void readNext();

signals:
    void batchRead(const ObservedDatagramList &datagrams, qint64 bytesRead, qint64 totalBytes, qint64 frames);
    // ok: read to the end; else error names the file and the byte offset.
    void done(bool ok, const QString &error, qint64 frames);

private:
    void finish();

    QString m_path;
    CaptureDecoder m_decoder;
    bool m_done = false;
};
