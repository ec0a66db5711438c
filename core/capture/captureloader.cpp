#include "core/capture/captureloader.h"

#include "core/capture/capturedecoder.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QPointer>
#include <QSemaphore>
#include <QThread>

#include <atomic>

struct CaptureLoader::State
{
    std::atomic<bool> cancel{false};
    QSemaphore inFlight{kMaxBatchesInFlight};
    bool ok = false;
    QString error;
    CaptureDecoder::Stats stats;
};

CaptureLoader::CaptureLoader(QObject *parent) : QObject(parent)
{
    qRegisterMetaType<ObservedDatagramList>("ObservedDatagramList");
}

CaptureLoader::~CaptureLoader()
{
    if (m_thread) {
        m_state->cancel = true;
        m_state->inFlight.release(kMaxBatchesInFlight); // never blocks on batches that will not be taken
        m_thread->wait();
        delete m_thread;
    }
}

bool CaptureLoader::start(const QString &path, quint16 port)
{
    if (m_thread)
        return false;
    m_path = path;
    auto state = std::make_shared<State>();
    m_state = state;
    const qint64 total = QFileInfo(path).size();
    QPointer<CaptureLoader> self(this);
    m_thread = QThread::create([state, path, port, total, self] {
        CaptureDecoder decoder(port);
        ObservedDatagramList batch;
        batch.reserve(kBatchSize);
        QElapsedTimer clock;
        clock.start();
        const auto post = [&](qint64 bytesRead) {
            // Wait for room (the window takes the batches) unless cancelled.
            while (!state->inFlight.tryAcquire(1, 100)) {
                if (state->cancel)
                    return false;
            }
            ObservedDatagramList out;
            out.swap(batch);
            batch.reserve(kBatchSize);
            QMetaObject::invokeMethod(
                self.data(),
                [self, state, out = std::move(out), bytesRead, total] {
                    state->inFlight.release();
                    if (!self)
                        return;
                    if (!out.isEmpty())
                        emit self->datagramsRead(out);
                    emit self->progress(bytesRead, total);
                },
                Qt::QueuedConnection);
            clock.restart();
            return !state->cancel;
        };
        state->ok = decoder.decodeFile(path, [&](const ObservedDatagram &d) {
            if (state->cancel)
                return false;
            batch.append(d);
            if (batch.size() >= kBatchSize || clock.elapsed() >= kBatchMs)
                return post(decoder.stats().bytesRead);
            return true;
        });
        if (!batch.isEmpty() || state->ok)
            post(state->ok ? total : decoder.stats().bytesRead);
        state->error = decoder.errorString();
        state->stats = decoder.stats();
    });
    m_thread->setObjectName(QStringLiteral("mailslot-capture"));
    connect(m_thread, &QThread::finished, this, [this, state] {
        QThread *thread = m_thread;
        m_thread = nullptr;
        thread->deleteLater();
        const bool cancelled = state->cancel;
        emit finished(state->ok || cancelled, cancelled ? QString() : state->error, state->stats.datagrams,
                      state->stats.frames, cancelled);
    });
    m_thread->start();
    return true;
}

void CaptureLoader::cancel()
{
    if (m_state)
        m_state->cancel = true;
}
