#include "core/capture/capturereader.h"

CaptureReader::CaptureReader(const QString &path, quint16 port) : m_path(path), m_decoder(port)
{
}

void CaptureReader::open()
{
    if (!m_decoder.open(m_path))
        finish();
}

void CaptureReader::readNext()
{
    if (m_done)
        return;
    ObservedDatagramList batch;
    batch.reserve(kBatchDatagrams);
    const bool more = m_decoder.readSome(kBatchDatagrams, [&batch](const ObservedDatagram &d) {
        batch.append(d);
        return true;
    });
    const CaptureDecoder::Stats &stats = m_decoder.stats();
    if (!batch.isEmpty() || more)
        emit batchRead(batch, stats.bytesRead, stats.fileSize, stats.frames);
    if (!more)
        finish();
}

void CaptureReader::finish()
{
    if (m_done)
        return;
    m_done = true;
    m_decoder.close();
    emit done(!m_decoder.hasError(), m_decoder.errorString(), m_decoder.stats().frames);
}
