#include "core/formats/exportworker.h"

ExportWorker::ExportWorker(Request request, std::shared_ptr<std::atomic<bool>> cancel)
    : m_request(std::move(request)), m_cancel(std::move(cancel))
{
}

void ExportWorker::run()
{
    const qint64 total = m_request.count();
    emit progress(0, total);
    const MessageExporter::Progress report = [this, total](qint64 handled) {
        emit progress(handled, total);
        return !m_cancel->load();
    };
    const MessageExporter::Result result = m_request.rows.isEmpty()
        ? MessageExporter::exportSnapshot(m_request.path, m_request.format, m_request.snapshot, m_request.local,
                                          m_request.identity, report)
        : MessageExporter::exportRows(m_request.path, m_request.format, m_request.rows, m_request.local,
                                      m_request.identity, report);
    // The copies and the snapshot's chunks that only it still holds go in this thread, not in the window's.
    m_request.rows.clear();
    m_request.snapshot = {};
    if (result.ok)
        emit progress(total, total);
    emit finished(result);
}
