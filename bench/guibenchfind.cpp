#include "guibenchfind.h"

#include "heartbeat.h"
#include "ui/stream/findbar.h"
#include "ui/stream/messagemodel.h"
#include "ui/stream/messagestreamwidget.h"
#include "ui/window/mainwindow.h"

#include <QElapsedTimer>
#include <QEventLoop>

bool runWindowFind(MainWindow &window, QTextStream &out)
{
    auto *stream = window.findChild<MessageStreamWidget *>(QStringLiteral("messageStream"));
    if (!stream)
        return false;
    FindBar *bar = stream->findBar();
    bar->setText(QStringLiteral("no row has this text"));
    std::vector<double> stalls;
    QEventLoop loop;
    bool ended = false;
    QObject::connect(bar, &FindBar::finished, &loop, [&] {
        ended = true;
        loop.quit();
    });
    QElapsedTimer clock;
    Heartbeat heartbeat(stalls);
    clock.start();
    bar->findNext();
    if (!ended)
        loop.exec();
    const double seconds = double(clock.nsecsElapsed()) / 1e9;
    const auto ms = [](double v) { return QString::number(v, 'f', 2); };
    out << "find over " << window.messageModel()->rowCount() << " rows (not found: every row tested): "
        << QString::number(seconds, 'f', 2) << " s in " << bar->lastSearchSlices() << " slices; stall p50 "
        << ms(Heartbeat::percentile(stalls, 0.5)) << ", p99 " << ms(Heartbeat::percentile(stalls, 0.99)) << ", max "
        << ms(Heartbeat::worst(stalls)) << " ms (" << stalls.size() << " samples)" << Qt::endl;
    return ended;
}
