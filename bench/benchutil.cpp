#include "benchutil.h"

#include <QFile>

namespace {
qint64 statusField(const char *field)
{
    QFile file(QStringLiteral("/proc/self/status"));
    if (!file.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray key(field);
    for (const QByteArray &line : file.readAll().split('\n')) {
        if (line.startsWith(key))
            return line.mid(key.size()).trimmed().split(' ').value(0).toLongLong();
    }
    return 0;
}
} // namespace

qint64 BenchUtil::currentRssKiB()
{
    return statusField("VmRSS:");
}

qint64 BenchUtil::peakRssKiB()
{
    return statusField("VmHWM:");
}
