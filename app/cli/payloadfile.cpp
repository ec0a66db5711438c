#include "app/cli/payloadfile.h"

#include "app/cli/clisupport.h"
#include "core/platform/win32error.h"

#include <QFile>
#include <QFileInfo>

#include <algorithm>

using namespace mailslot::platform;

bool PayloadFile::read(const QString &path, const Limit &limit, const QString &target, QByteArray *payload)
{
    constexpr qint64 kChunk = 1024 * 1024;
    QFile file(path);
    const QFileInfo info(path);
    if (info.isDir()) {
        CliSupport::reportFileError(file);
        return false;
    }
    // Checked before opening: opening a FIFO would wait for a writer.
    if (info.exists() && !info.isFile()) {
        CliSupport::reportFailure(path, tr("It is not a regular file (a device, FIFO or socket); --file sends the "
                                           "contents of a regular file."),
                                  kErrorNotSupported);
        return false;
    }
    auto tooLarge = [&](quint64 size) {
        CliSupport::reportError(target, MailslotError(limit.code, {}, size, limit.shown));
        return false;
    };
    if (info.exists() && quint64(info.size()) > limit.bytes)
        return tooLarge(quint64(info.size()));
    if (!file.open(QIODevice::ReadOnly)) {
        CliSupport::reportFileError(file);
        return false;
    }
    payload->clear();
    // The file may grow while it is read: never more than one byte over the limit.
    while (quint64(payload->size()) <= limit.bytes) {
        const qint64 wanted = qint64(std::min<quint64>(kChunk, limit.bytes + 1 - quint64(payload->size())));
        const QByteArray chunk = file.read(wanted);
        if (chunk.isEmpty())
            break;
        payload->append(chunk);
    }
    if (file.error() != QFileDevice::NoError) {
        CliSupport::reportFileError(file);
        return false;
    }
    if (quint64(payload->size()) > limit.bytes)
        return tooLarge(std::max(quint64(payload->size()), quint64(QFileInfo(path).size())));
    return true;
}
