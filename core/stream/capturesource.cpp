#include "core/stream/capturesource.h"

#include "core/capture/captureloader.h"

#include <QFileInfo>

CaptureSource::CaptureSource(const QString &path, QObject *parent)
    : StreamSource(RowOrigin::Capture, parent), m_path(path), m_loader(new CaptureLoader(this))
{
    connect(m_loader, &CaptureLoader::datagramsRead, this, &CaptureSource::takeDatagrams);
    connect(m_loader, &CaptureLoader::progress, this, &CaptureSource::progress);
    connect(m_loader, &CaptureLoader::finished, this, &CaptureSource::loaderFinished);
}

CaptureSource::~CaptureSource() = default;

QString CaptureSource::name() const
{
    return QFileInfo(m_path).fileName();
}

bool CaptureSource::start(quint16 port)
{
    if (!m_loader->start(m_path, port))
        return false;
    setState(State::Live);
    return true;
}

void CaptureSource::cancel()
{
    m_loader->cancel();
}

bool CaptureSource::isReading() const
{
    return m_loader->isRunning();
}

void CaptureSource::takeDatagrams(const ObservedDatagramList &datagrams)
{
    StreamRowList rows;
    rows.reserve(datagrams.size());
    for (const ObservedDatagram &d : datagrams)
        rows.append(StreamRow::fromDatagram(std::make_shared<const ObservedDatagram>(d), RowOrigin::Capture));
    publish(std::move(rows));
}

void CaptureSource::loaderFinished(bool ok, const QString &error, qint64 datagrams, qint64 frames, bool cancelled)
{
    setState(ok ? State::Finished : State::Failed, error);
    emit finished(ok, error, datagrams, frames, cancelled);
}
