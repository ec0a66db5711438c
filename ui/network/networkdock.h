// The Network dock: turns the network on and off (the UDP bridge, the stream's BridgeSource, and
// sending to other computers through the registry), its settings (port, interfaces, NetBIOS
// name, workgroup, duplicate suppression, delivery, send-to address), its state and counters.
// Off by default. When the port cannot be bound it says why and how to fix it (the
// CAP_NET_BIND_SERVICE capability, or another port); it never fails silently.
#pragma once

#include "core/netio/bridgecounters.h"
#include "ui/network/networksettings.h"

#include <QAbstractSocket>
#include <QDockWidget>

class MailslotRegistry;
class NetworkCountersBox;
class BridgeSource;
class CodePageBox;
class QAction;
class QCheckBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSettings;
class QSpinBox;

class NetworkDock : public QDockWidget
{
    Q_OBJECT

public:
    // The bridge is the stream's network source (owned by the StreamHub): the dock starts and
    // stops it and shows its counters; its rows reach the stream through the hub.
    NetworkDock(MailslotRegistry *registry, BridgeSource *bridge, QWidget *parent = nullptr);
    ~NetworkDock() override;

    // The settings in the fields (enabled: whether the network is on).
    NetworkSettings settings() const;
    // Fills the fields (does not start or stop anything).
    void setSettings(const NetworkSettings &settings);
    void loadSettings(const QSettings &settings);
    void saveSettings(QSettings &settings) const;

    // Starts (bridge + sending) or stops the network. False when it could not start: then
    // problem() says why and startFailed() was emitted.
    bool setNetworkEnabled(bool on);
    bool isNetworkEnabled() const;
    // Restarts the running network with the settings in the fields.
    bool apply();
    QString problem() const { return m_problem; }

    // One line for the status bar: off, or the port, interfaces and counters. Without the counters:
    // off, or the port (the status bar's button: short enough to leave its messages their room).
    QString statusText(bool withCounters = true) const;
    BridgeCounters counters() const { return m_counters; }
    quint16 listeningPort() const;
    BridgeSource *bridge() const { return m_bridge; }

    // The Network menu's "Network On" (checked while it is on).
    QAction *networkAction() const { return m_networkAction; }

    // The explanation of a failed start: bridgeError is the bridge's message, probeError what a
    // plain bind of the port says (SocketAccessError: no right to bind a port below 1024).
    static QString startFailureText(quint16 port, const QString &bridgeError, QAbstractSocket::SocketError probeError,
                                    const QString &program);
    // The command that gives a program the right to bind ports below 1024.
    static QString setcapCommand(const QString &program);
    // What binding this UDP port (shared, like the bridge) fails with; UnknownSocketError if it works.
    static QAbstractSocket::SocketError probeBind(quint16 port);

signals:
    void countersChanged(const BridgeCounters &counters);
    void networkStateChanged(bool on);
    // The network could not start; message says why and how to fix it.
    void startFailed(const QString &message);
    void statusMessage(const QString &text);

protected:
    void changeEvent(QEvent *event) override;

private:
    void setUpWidgets();
    void layOut();
    void connectSignals();
    bool start();
    void stop();
    void fillInterfaces(const QStringList &checked);
    void updateState();
    void updateDirty();
    void retranslateUi();

    MailslotRegistry *m_registry;
    BridgeSource *m_bridge;
    NetworkSettings m_running; // the settings the network was started with
    BridgeCounters m_counters;
    QString m_problem;
    bool m_permissionProblem = false;

    QAction *m_networkAction;
    QGroupBox *m_stateGroup;
    QCheckBox *m_enable;
    QLabel *m_state;
    QPushButton *m_copyCommand;
    QGroupBox *m_settingsGroup;
    QFormLayout *m_settingsForm;
    QSpinBox *m_port;
    QLineEdit *m_name;
    QLineEdit *m_workgroup;
    QListWidget *m_interfaces;
    QLabel *m_interfacesHint;
    QCheckBox *m_dedup;
    QCheckBox *m_deliver;
    QLabel *m_enableHint;
    QLabel *m_dedupHint;
    QLabel *m_deliverHint;
    QLineEdit *m_sendTo;
    CodePageBox *m_codePage;
    QPushButton *m_apply;
    NetworkCountersBox *m_countersBox;
};
