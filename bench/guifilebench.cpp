#include "guifilebench.h"

#include "benchutil.h"
#include "heartbeat.h"
#include "core/formats/exportjob.h"
#include "ui/stream/messagemodel.h"
#include "ui/window/mainwindow.h"

#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QStandardPaths>

#include <algorithm>

namespace {

struct Step
{
    QString name;
    bool ok = false;
    double seconds = 0;
    qint64 rows = 0;
    qint64 bytes = 0;
    std::vector<double> stalls;
};

// Opens the capture in the window and waits until it is read and every row is in the table.
Step openStep(MainWindow &window, const QString &path)
{
    Step s{QStringLiteral("open in the window"), false, 0, 0, QFileInfo(path).size(), {}};
    MessageModel *model = window.messageModel();
    QEventLoop loop;
    bool read = false;
    const auto check = [&] {
        if (read && model->pendingRows() == 0)
            loop.quit();
    };
    QObject::connect(&window, &MainWindow::captureDone, &loop, [&] {
        read = true;
        check();
    });
    QObject::connect(model, &MessageModel::flushed, &loop, check);
    QElapsedTimer clock;
    Heartbeat heartbeat(s.stalls);
    clock.start();
    if (!window.openCapture(path))
        return s;
    loop.exec();
    s.seconds = double(clock.nsecsElapsed()) / 1e9;
    s.rows = model->rowCount();
    s.ok = true;
    return s;
}

// Exports every row of the stream as File > Export does: a snapshot of the stream's ring (no row
// copied), the file written by an ExportJob.
Step exportStep(MainWindow &window, MessageExporter::Format format, const QString &path)
{
    Step s{QStringLiteral("export ") + MessageExporter::suffix(format), false, 0, 0, 0, {}};
    QElapsedTimer clock;
    Heartbeat heartbeat(s.stalls);
    clock.start();
    const MessageModel *model = window.messageModel();
    ExportWorker::Request request{path, format, {}, MessageExporter::LocalMessages::Skip, {}};
    request.snapshot = model->snapshot();
    ExportJob job(std::move(request));
    QEventLoop loop;
    MessageExporter::Result result;
    QObject::connect(&job, &ExportJob::finished, &loop, [&](const MessageExporter::Result &r) {
        result = r;
        loop.quit();
    });
    job.start();
    loop.exec();
    s.seconds = double(clock.nsecsElapsed()) / 1e9;
    s.ok = result.ok;
    s.rows = result.written;
    s.bytes = QFileInfo(path).size();
    return s;
}

// The bytes the model's rows keep: a network row's whole UDP payload (its message shares it), a
// local row's message.
qint64 keptBytes(const MessageModel &model)
{
    qint64 bytes = 0;
    for (int r = 0; r < model.rowCount(); ++r) {
        const StreamRow &row = model.row(r);
        bytes += row.datagram ? row.datagram->raw.size() : row.payload.size();
    }
    return bytes;
}

void printStep(QTextStream &out, const Step &s)
{
    const auto ms = [](double v) { return QString::number(v, 'f', 2); };
    out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8 %9")
               .arg(s.name, -20).arg(QString::number(s.seconds, 'f', 2), 8).arg(s.rows, 9)
               .arg(QString::number(double(s.bytes) / 1e6, 'f', 1), 8)
               .arg(ms(Heartbeat::percentile(s.stalls, 0.5)), 9).arg(ms(Heartbeat::percentile(s.stalls, 0.99)), 7)
               .arg(ms(Heartbeat::percentile(s.stalls, 0.999)), 7).arg(ms(Heartbeat::worst(s.stalls)), 7)
               .arg(s.stalls.size(), 8)
        << (s.ok ? "" : "  FAILED") << Qt::endl;
}

} // namespace

bool runGuiFileBench(MainWindow &window, qint64 frames, const QString &dir, QTextStream &out, QTextStream &err)
{
    const QString capture = QDir(dir).filePath(QStringLiteral("bench.pcapng"));
    if (!BenchUtil::writeCapture(capture, frames)) {
        err << "mailslot-bench gui: cannot write " << capture << Qt::endl;
        return false;
    }
    window.messageModel()->setCapacity(int(std::max<qint64>(frames, MessageModel::kDefaultCapacity)));
    out << "mailslot-bench gui --capture: " << frames << " frames (" << QString::number(double(QFileInfo(capture).size()) / 1e6, 'f', 1)
        << " MB pcapng), capacity " << window.messageModel()->capacity() << "; times in s, stall in ms" << Qt::endl
        << QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8 %9")
               .arg(QStringLiteral("step"), -20).arg(QStringLiteral("seconds"), 8).arg(QStringLiteral("rows"), 9)
               .arg(QStringLiteral("MB"), 8).arg(QStringLiteral("stall p50"), 9).arg(QStringLiteral("p99"), 7)
               .arg(QStringLiteral("p99.9"), 7).arg(QStringLiteral("max"), 7).arg(QStringLiteral("samples"), 8)
        << Qt::endl;
    bool ok = true;
    const qint64 rssBefore = BenchUtil::currentRssKiB();
    const Step open = openStep(window, capture);
    printStep(out, open);
    ok = ok && open.ok && open.rows == frames;
    // What a row costs in the stream: the memory the open added, per row; then the same without
    // the bytes the rows keep (each datagram's UDP payload, as a capture holds it), i.e. what a row
    // costs beyond its bytes.
    const qint64 rowsBytes = (BenchUtil::currentRssKiB() - rssBefore) * 1024;
    const qint64 rows = std::max<qint64>(open.rows, 1);
    const qint64 kept = keptBytes(*window.messageModel());
    out << "peak RSS after the open: " << QString::number(double(BenchUtil::peakRssKiB()) / 1024.0, 'f', 1)
        << " MiB; memory per row (RSS added by the open / rows): " << rowsBytes / rows << " bytes; without the "
        << QString::number(double(kept) / double(rows), 'f', 1)
        << " bytes of UDP payload a row keeps on average ((RSS added - UDP payload bytes) / rows): "
        << (rowsBytes - kept) / rows << " bytes" << Qt::endl;
    for (const auto format : {MessageExporter::Format::Csv, MessageExporter::Format::Json, MessageExporter::Format::Pcapng}) {
        const Step s = exportStep(window, format, QDir(dir).filePath(QStringLiteral("export.") + MessageExporter::suffix(format)));
        printStep(out, s);
        ok = ok && s.ok && s.rows == frames;
    }
    out << "peak RSS after the exports: " << QString::number(double(BenchUtil::peakRssKiB()) / 1024.0, 'f', 1) << " MiB"
        << Qt::endl;
    const QString tshark = QStandardPaths::findExecutable(QStringLiteral("tshark"));
    if (tshark.isEmpty()) {
        out << "tshark -r: not installed" << Qt::endl;
    } else {
        const BenchUtil::ChildRun run = BenchUtil::runChild(tshark, {QStringLiteral("-r"), capture});
        out << "tshark -r (same file): " << QString::number(run.seconds, 'f', 2) << " s, peak RSS "
            << QString::number(double(run.maxRssKb) / 1024.0, 'f', 1) << " MiB" << (run.ok ? "" : " (FAILED)") << Qt::endl;
    }
    return ok;
}
