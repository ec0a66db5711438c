#include "guibenchpaint.h"

#include "benchutil.h"
#include "heartbeat.h"
#include "core/netio/networksender.h"
#include "core/stream/observeddatagram.h"
#include "core/stream/streamrow.h"
#include "core/wire/netbiosdatagram.h"
#include "ui/stream/messagemodel.h"
#include "ui/stream/messagestreamwidget.h"
#include "ui/window/mainwindow.h"

#include <QHeaderView>
#include <QImage>
#include <QPainter>
#include <QScrollBar>
#include <QTableView>

#include <vector>

namespace {

constexpr int kRows = 20000;

using mailslot::wire::NetbiosDatagram;
using mailslot::wire::NetbiosName;

// Row i: a browse announcement, or a text message of 20 to 220 bytes, from one of a few hosts.
StreamRow benchRow(int i)
{
    const NetbiosName source(QByteArray("HOST") + QByteArray::number(i % 7), 0x00);
    QByteArray datagram;
    if (i % 3 == 0) {
        const QByteArray browse = BenchUtil::hostAnnouncement("comment " + QByteArray::number(i));
        datagram = NetworkSender::buildDatagram(NetbiosDatagram::DirectGroup, quint16(i), 0x0A000001 + quint32(i % 7), 138,
                                                source, NetbiosName("WG", 0x1d), "\\MAILSLOT\\BROWSE", browse);
    } else {
        QByteArray text = "message " + QByteArray::number(i) + " ";
        text += QByteArray(20 + i * 37 % 200, char('a' + i % 26));
        datagram = NetworkSender::buildDatagram(NetbiosDatagram::DirectGroup, quint16(i), 0x0A000001 + quint32(i % 7), 138,
                                                source, NetbiosName("WG", 0x00), "\\MAILSLOT\\bench\\text", text);
    }
    const qint64 t0 = qint64(1795312171) * 1000000000;
    StreamRow row = StreamRow::fromDatagram(
        ObservedDatagram::fromUdp(datagram, t0 + qint64(i) * 1000, 0x0A000001 + quint32(i % 7), 138, 0x0A0000FF, 138),
        RowOrigin::Network);
    row.sequence = quint64(i + 1);
    return row;
}

// The floor: each visible cell's text drawn plainly, clipped to its cell.
void drawCellsPlainly(QTableView *view, QImage &image)
{
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setFont(view->font());
    const QAbstractItemModel *model = view->model();
    const int first = view->rowAt(0);
    const int last = view->rowAt(view->viewport()->height() - 1);
    for (int r = first; r >= 0 && r <= (last < 0 ? model->rowCount() - 1 : last); ++r) {
        for (int c = 0; c < model->columnCount(); ++c) {
            if (view->isColumnHidden(c))
                continue;
            const QRect cell = view->visualRect(model->index(r, c));
            painter.setClipRect(cell);
            painter.drawText(cell, Qt::AlignLeft | Qt::AlignVCenter, model->index(r, c).data().toString());
        }
    }
}

} // namespace

bool runViewRepaints(MainWindow &window, int repaints, QTextStream &out)
{
    MessageModel *model = window.messageModel();
    auto *stream = window.findChild<MessageStreamWidget *>();
    QTableView *view = stream ? stream->view() : nullptr;
    if (!view)
        return false;
    model->clear();
    StreamRowList rows;
    rows.reserve(kRows);
    for (int i = 0; i < kRows; ++i)
        rows.append(benchRow(i));
    model->append(rows);
    model->flush();
    QImage image(view->viewport()->size(), QImage::Format_ARGB32_Premultiplied);
    std::vector<double> ours;
    std::vector<double> floor;
    QScrollBar *bar = view->verticalScrollBar();
    for (int i = 0; i < repaints; ++i) {
        // A new page each time (as when a flood scrolls the table): no cell drawn before.
        bar->setValue(int((qint64(i) * 7919) % std::max(1, bar->maximum())));
        qint64 start = BenchUtil::threadCpuNs();
        view->viewport()->repaint();
        ours.push_back(double(BenchUtil::threadCpuNs() - start) / 1e3);
        start = BenchUtil::threadCpuNs();
        drawCellsPlainly(view, image);
        floor.push_back(double(BenchUtil::threadCpuNs() - start) / 1e3);
    }
    const double oursMedian = Heartbeat::percentile(ours, 0.5);
    const double floorMedian = Heartbeat::percentile(floor, 0.5);
    out << QStringLiteral("view repaint, %1 repaints of a %2x%3 view (%4 rows of %5 columns shown), processor time, us:\n")
               .arg(repaints).arg(view->viewport()->width()).arg(view->viewport()->height())
               .arg(view->rowAt(view->viewport()->height() - 1) - view->rowAt(0) + 1)
               .arg(model->columnCount() - (view->isColumnHidden(MessageModel::HostColumn) ? 1 : 0));
    out << QStringLiteral("  floor: cells' text drawn plainly  p50 %1  p90 %2\n")
               .arg(floorMedian, 8, 'f', 0).arg(Heartbeat::percentile(floor, 0.9), 8, 'f', 0);
    out << QStringLiteral("  ours: the view's repaint          p50 %1  p90 %2  ratio ours/floor %3\n")
               .arg(oursMedian, 8, 'f', 0).arg(Heartbeat::percentile(ours, 0.9), 8, 'f', 0)
               .arg(floorMedian > 0 ? oursMedian / floorMedian : 0.0, 0, 'f', 2);
    return !ours.empty();
}
