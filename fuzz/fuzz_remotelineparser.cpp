// libFuzzer target: the stream format's reading end (RemoteLineParser), bytes from another host.
// Invariants: never a crash; the bytes give the same rows whether they arrive at once or cut in
// two anywhere (the first byte chooses where); every row carries the parser's host; every line
// is counted, and a bad line says which.
#include "core/remote/remotelineparser.h"

#include <cstdlib>

namespace {
bool sameRows(const StreamRowList &a, const StreamRowList &b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (a[i].payload != b[i].payload || a[i].slot != b[i].slot || a[i].timeNs != b[i].timeNs
            || bool(a[i].datagram) != bool(b[i].datagram))
            return false;
    }
    return true;
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const QByteArrayView bytes(reinterpret_cast<const char *>(data) + 1, qsizetype(size - 1));
    const qsizetype cut = bytes.isEmpty() ? 0 : qsizetype(data[0]) % (bytes.size() + 1);

    RemoteLineParser whole(QStringLiteral("far"));
    StreamRowList once = whole.feed(bytes);
    once += whole.finish();

    RemoteLineParser pieces(QStringLiteral("far"));
    StreamRowList twice = pieces.feed(bytes.first(cut));
    twice += pieces.feed(bytes.sliced(cut));
    twice += pieces.finish();

    if (!sameRows(once, twice) || whole.lines() != pieces.lines() || whole.badLines() != pieces.badLines())
        std::abort();
    for (const StreamRow &row : std::as_const(once)) {
        if (row.host() != QLatin1String("far"))
            std::abort();
    }
    if (whole.badLines() > whole.lines() || (whole.badLines() > 0 && whole.lastProblem().isEmpty()))
        std::abort();
    return 0;
}
