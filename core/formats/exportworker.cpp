#include "core/formats/exportworker.h"

ExportWorker::ExportWorker(Request request, std::shared_ptr<std::atomic<bool>> cancel)
    : m_request(std::move(request)), m_cancel(std::move(cancel))
{
}

void ExportWorker::run()
{
    const qint64 total = m_request.rows.size();
    emit progress(0, total);
    const MessageExporter::Result result = MessageExporter::exportRows(
        m_request.path, m_request.format, m_request.rows, m_request.local, m_request.identity, [this, total](qint64 handled) {
            emit progress(handled, total);
            return !m_cancel->load();
        });
    m_request.rows.clear(); // the copies go in this thread, not in the window's
    if (result.ok)
        emit progress(total, total);
    emit finished(result);
}
