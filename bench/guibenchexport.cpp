#include "guibenchexport.h"

#include "heartbeat.h"
#include "ui/stream/messagefilterproxy.h"
#include "ui/stream/messagemodel.h"
#include "ui/stream/messagestreamwidget.h"
#include "ui/window/exportaction.h"
#include "ui/window/exportprogress.h"
#include "ui/window/mainwindow.h"

#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>

namespace {

struct WindowExport
{
    bool ok = false;
    double startMs = 0;   // the GUI thread in ExportAction::start
    double seconds = 0;   // from the start until the outcome reached the window
    std::vector<double> stalls;
};

WindowExport runExport(ExportAction *action, MessageExporter::Format format, const QString &path, bool onlyShown)
{
    WindowExport e;
    QEventLoop loop;
    QObject::connect(action, &ExportAction::succeeded, &loop, [&] {
        e.ok = true;
        loop.quit();
    });
    QObject::connect(action, &ExportAction::failed, &loop, &QEventLoop::quit);
    Heartbeat heartbeat(e.stalls);
    QElapsedTimer clock;
    clock.start();
    action->start(path, format, onlyShown, MessageExporter::LocalMessages::Skip);
    e.startMs = double(clock.nsecsElapsed()) / 1e6;
    loop.exec();
    e.seconds = double(clock.nsecsElapsed()) / 1e9;
    return e;
}

void printExport(QTextStream &out, const QString &name, const WindowExport &e)
{
    const auto ms = [](double v) { return QString::number(v, 'f', 2); };
    out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7")
               .arg(name, -28).arg(QString::number(e.startMs, 'f', 3), 9).arg(QString::number(e.seconds, 'f', 2), 8)
               .arg(ms(Heartbeat::percentile(e.stalls, 0.5)), 9).arg(ms(Heartbeat::percentile(e.stalls, 0.99)), 7)
               .arg(ms(Heartbeat::worst(e.stalls)), 7).arg(e.stalls.size(), 8)
        << (e.ok ? "" : "  FAILED") << Qt::endl;
}

// The snapshot alone (what replaced the copy of every row), in microseconds.
double snapshotMicroseconds(const MessageStreamWidget *stream, bool onlyShown)
{
    QElapsedTimer clock;
    clock.start();
    const RowRing::Snapshot snapshot = stream->snapshot(onlyShown);
    return double(clock.nsecsElapsed()) / 1e3;
}

} // namespace

bool runWindowExports(MainWindow &window, const QString &dir, QTextStream &out)
{
    auto *action = window.findChild<ExportAction *>(QStringLiteral("exportAction"));
    auto *stream = window.findChild<MessageStreamWidget *>(QStringLiteral("messageStream"));
    if (!action || !stream)
        return false;
    const int rows = window.messageModel()->rowCount();
    out << "File > Export as the window runs it (a snapshot of the stream's " << rows
        << " rows to an ExportJob): GUI-thread time to start it, and the stall while it writes; "
        << "the snapshot alone: " << QString::number(snapshotMicroseconds(stream, false), 'f', 0) << " us" << Qt::endl
        << QStringLiteral("%1 %2 %3 %4 %5 %6 %7")
               .arg(QStringLiteral("step"), -28).arg(QStringLiteral("start ms"), 9).arg(QStringLiteral("seconds"), 8)
               .arg(QStringLiteral("stall p50"), 9).arg(QStringLiteral("p99"), 7).arg(QStringLiteral("max"), 7)
               .arg(QStringLiteral("samples"), 8)
        << Qt::endl;
    bool ok = true;
    for (const auto format : {MessageExporter::Format::Csv, MessageExporter::Format::Json, MessageExporter::Format::Pcapng}) {
        const QString suffix = MessageExporter::suffix(format);
        const WindowExport e = runExport(action, format, QDir(dir).filePath(QStringLiteral("window-export.") + suffix), false);
        printExport(out, QStringLiteral("window export ") + suffix, e);
        ok = ok && e.ok;
    }
    // The rows a filter shows: the snapshot carries their positions (one per shown row).
    stream->setFilter(QStringLiteral("bench"), {}, {}, false);
    stream->proxy()->finishRefilter();
    const double shownUs = snapshotMicroseconds(stream, true);
    const WindowExport e = runExport(action, MessageExporter::Format::Csv, QDir(dir).filePath(QStringLiteral("shown.csv")), true);
    printExport(out, QStringLiteral("window export csv, shown"), e);
    out << "(the filter shows " << stream->proxy()->rowCount() << " rows; their snapshot alone: "
        << QString::number(shownUs, 'f', 0) << " us)" << Qt::endl;
    stream->setFilter({}, {}, {}, false);
    return ok && e.ok;
}
