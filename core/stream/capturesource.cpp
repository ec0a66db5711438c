#include "core/stream/capturesource.h"

#include "core/capture/capturereader.h"
#include "core/formats/sessioncomment.h"

#include <QFileInfo>

CaptureSource::CaptureSource(const QString &path, QObject *parent)
    : StreamSource(RowOrigin::Capture, parent), m_path(path)
{
    qRegisterMetaType<ObservedDatagramList>("ObservedDatagramList");
    m_thread.setObjectName(QStringLiteral("mailslot-capture"));
}

CaptureSource::~CaptureSource()
{
    m_thread.quit();
    m_thread.wait();
}

QString CaptureSource::name() const
{
    return QFileInfo(m_path).fileName();
}

bool CaptureSource::start(quint16 port)
{
    if (m_started)
        return false;
    m_started = true;
    m_reading = true;
    m_totalBytes = QFileInfo(m_path).size();
    m_reader = new CaptureReader(m_path, port);
    m_reader->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_reader, &QObject::deleteLater);
    // The rows are built in the reader's thread (the GUI thread only takes them): a direct call
    // there, then the finished rows queued to this object (dropped with it if it is gone).
    connect(m_reader, &CaptureReader::batchRead, m_reader,
            [this](const ObservedDatagramList &datagrams, qint64 bytesRead, qint64 totalBytes, qint64 frames) {
                QMetaObject::invokeMethod(
                    this,
                    [this, rows = reopened(datagrams), bytesRead, totalBytes, frames] {
                        takeBatch(rows, bytesRead, totalBytes, frames);
                    },
                    Qt::QueuedConnection);
            });
    connect(m_reader, &CaptureReader::done, this, &CaptureSource::readerDone);
    m_thread.start();
    setState(State::Live);
    QMetaObject::invokeMethod(m_reader, &CaptureReader::open, Qt::QueuedConnection);
    for (int i = 0; i < kMaxBatchesInFlight; ++i)
        askForBatch();
    return true;
}

void CaptureSource::askForBatch()
{
    QMetaObject::invokeMethod(m_reader, &CaptureReader::readNext, Qt::QueuedConnection);
}

void CaptureSource::takeBatch(const StreamRowList &rows, qint64 bytesRead, qint64 totalBytes, qint64 frames)
{
    if (!m_reading)
        return; // cancelled: what was still in flight is dropped
    m_frames = frames;
    publish(rows);
    emit progress(bytesRead, totalBytes);
    askForBatch(); // the hub took this one: the next may come
}

StreamRowList CaptureSource::reopened(const ObservedDatagramList &datagrams)
{
    StreamRowList rows = SessionComment::restore(datagrams);
    for (qsizetype i = 0; i < rows.size(); ++i) {
        if (!SessionComment::find(datagrams.at(i).comments()))
            continue; // a plain capture's datagram
        // A saved session's row: it is a capture row now (counted apart from live traffic,
        // numbered anew), and keeps how it was first streamed for the next save.
        StreamRow &row = rows[i];
        RowProvenance provenance = row.provenance() ? *row.provenance() : RowProvenance();
        provenance.savedOrigin = row.origin;
        provenance.savedSequence = row.sequence;
        row.setProvenance(std::move(provenance));
    }
    StreamRow::shareEqualSlots(rows);
    return rows;
}

void CaptureSource::readerDone(bool ok, const QString &error, qint64 frames)
{
    if (!m_reading)
        return;
    m_frames = frames;
    end(ok, error, false);
}

void CaptureSource::cancel()
{
    if (m_reading)
        end(true, QString(), true);
}

void CaptureSource::end(bool ok, const QString &error, bool cancelled)
{
    m_reading = false;
    m_thread.quit(); // the reader finishes the batch it is reading, if any; nothing more is asked
    setState(ok ? State::Finished : State::Failed, error);
    if (ok && !cancelled)
        emit progress(m_totalBytes, m_totalBytes);
    emit finished(ok, error, qint64(counters().rows), m_frames, cancelled);
}
