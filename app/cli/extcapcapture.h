// A capture of `mailslot extcap --capture`: the rows of one source (an extcap interface: a tap on
// the slots that match a name or pattern, served by any process of this user, or the bridge
// observing UDP 138), those whose slot the filter takes, written as pcapng (core/formats/CAPTURE-FORMAT.md) into Wireshark's
// fifo as they arrive, one write per batch. It ends on SIGTERM/SIGINT (Wireshark's stop) or when
// the fifo's reader goes away (a write fails with EPIPE): both are a clean stop.
#pragma once

#include "app/cli/extcapfilter.h"
#include "core/formats/pcapngrowwriter.h"
#include "core/netio/networkbridge.h"
#include "core/stream/slotpattern.h"
#include "core/stream/streamhub.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFile>

class ExtcapCapture
{
    Q_DECLARE_TR_FUNCTIONS(ExtcapCapture)

public:
    static inline const QString kSlotsInterface = QStringLiteral("mailslot-slots");
    static inline const QString kBridgeInterface = QStringLiteral("mailslot-bridge");

    struct Options
    {
        QString interface;             // kSlotsInterface or kBridgeInterface
        QString fifo;
        ExtcapFilter filter;
        SlotPattern watched;           // mailslot-slots: the slot or pattern tapped
        NetworkBridge::Options bridge; // mailslot-bridge: where it listens (observe only)
    };

    explicit ExtcapCapture(Options options);
    ~ExtcapCapture();

    // Runs the capture until it is stopped; the exit status (problems on standard error).
    int run();

private:
    // The source of the interface's rows, started: the one place that says what an interface
    // captures. Null and *problem when it cannot start.
    StreamSource *createSource(QString *problem);
    void take(const StreamRowList &rows);
    // One write of what is buffered; false when the reader has gone (or the write failed).
    bool flush();
    void stop(int status);

    Options m_options;
    StreamHub m_hub;
    QFile m_fifo;
    QByteArray m_pending;
    QBuffer m_buffer;
    PcapngRowWriter m_writer;
    int m_status = 0;
    bool m_stopped = false;
};
