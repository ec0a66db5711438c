// `mailslot extcap`: a Wireshark extcap (Wireshark's external capture protocol). Wireshark runs it
// to list interfaces (--extcap-interfaces), their link type (--extcap-dlts) and settings
// (--extcap-config), to check a capture filter (--extcap-capture-filter without --capture), and
// to capture (--capture --fifo PATH): mailslot-slots taps the slots that match a name or pattern
// (served by any process of this user; their readers lose nothing), mailslot-bridge captures the UDP 138 datagrams received (see ExtcapCapture). Installed
// in Wireshark's extcap folder as `mailslot-extcap` (a script that runs `mailslot extcap "$@"`).
#pragma once

#include "app/cli/clicommand.h"

#include <QCoreApplication>

class ExtcapCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(ExtcapCommand)

public:
    static constexpr quint32 kLinkType = 101; // LINKTYPE_RAW: IPv4 (CAPTURE-FORMAT.md)
    static inline const QString kDefaultSlots = QStringLiteral("*"); // every slot of this user

    QString name() const override { return QStringLiteral("extcap"); }
    QString description() const override;
    QList<QCommandLineOption> options() const override;
    int run(const QCommandLineParser &parser) override;

private:
    void printInterfaces() const;
    void printDlts() const;
    void printConfig(const QString &interface) const;
    int capture(const QCommandLineParser &parser, const QString &interface);
    // The sentence of one setting of an interface (extcap's "arg {...}").
    static QString arg(int number, const QString &call, const QString &display, const QString &type,
                       const QString &extra);
};
