// The outcome of a send run (SendJob): how it ended, how many messages went, the error of a
// failed one, and for a network target where the datagrams went; summary() is the line the
// monitor logs ("Sent 3 messages of 5 bytes to \\.\mailslot\x", "Failed after 2 messages...").
#pragma once

#include "core/slots/mailsloterror.h"
#include "core/netio/networksender.h"

#include <QCoreApplication>
#include <QMetaType>
#include <QString>

class SendReport
{
    Q_DECLARE_TR_FUNCTIONS(SendReport)

public:
    enum class Outcome {
        Sent,       // every message went
        Failed,     // a write failed (error)
        Stopped,    // SendJob::stop()
        NetworkOff, // SendJob::networkTurnedOff() during a network run
    };

    Outcome outcome = Outcome::Sent;
    QString target;            // canonical name (or the text as given when it is not a valid name)
    qsizetype payloadSize = 0; // bytes of each message
    int sent = 0;              // messages written (to a network target: sent to every destination)
    MailslotError error;       // why it failed
    bool network = false;      // went as NetBIOS datagrams (NetworkSender)
    quint16 port = 0;          // network: the UDP port the datagrams went to
    // Network: the message type, destination name and addresses of the run; datagramsSent totals it.
    NetworkSender::Report route;

    bool ok() const { return outcome == Outcome::Sent; }
    // The outcome in one line, in the current language.
    QString summary() const;
    // Network: "as DIRECT_GROUP to WG<00> at 10.0.0.255 (eth0) port 138".
    QString routeText() const;
};

Q_DECLARE_METATYPE(SendReport)
