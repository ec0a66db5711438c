#include "ui/network/networkdock.h"

#include "ui/common/codepagebox.h"
#include "ui/common/formlabels.h"
#include "ui/network/networkcountersbox.h"
#include "core/slots/mailslotregistry.h"
#include "core/stream/bridgesource.h"
#include "core/wire/mailslotlimits.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QNetworkInterface>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QSpinBox>
#include <QUdpSocket>
#include <QVBoxLayout>

namespace {
constexpr int kNameRole = Qt::UserRole + 1;
} // namespace

NetworkDock::NetworkDock(MailslotRegistry *registry, BridgeSource *bridge, QWidget *parent)
    : QDockWidget(parent),
      m_registry(registry),
      m_bridge(bridge),
      m_networkAction(new QAction(this)),
      m_stateGroup(new QGroupBox),
      m_enable(new QCheckBox),
      m_state(new QLabel),
      m_copyCommand(new QPushButton),
      m_settingsGroup(new QGroupBox),
      m_settingsForm(new QFormLayout(m_settingsGroup)),
      m_port(new QSpinBox),
      m_name(new QLineEdit),
      m_workgroup(new QLineEdit),
      m_interfaces(new QListWidget),
      m_interfacesHint(new QLabel),
      m_dedup(new QCheckBox),
      m_deliver(new QCheckBox),
      m_enableHint(new QLabel),
      m_dedupHint(new QLabel),
      m_deliverHint(new QLabel),
      m_sendTo(new QLineEdit),
      m_codePage(new CodePageBox),
      m_apply(new QPushButton),
      m_countersBox(new NetworkCountersBox)
{
    setUpWidgets();
    layOut();
    connectSignals();
    retranslateUi();
}

void NetworkDock::setUpWidgets()
{
    setObjectName(QStringLiteral("networkDock"));
    m_networkAction->setObjectName(QStringLiteral("networkAction"));
    m_networkAction->setCheckable(true);
    m_enable->setObjectName(QStringLiteral("networkEnable"));
    m_state->setObjectName(QStringLiteral("networkState"));
    m_state->setTextFormat(Qt::PlainText);
    m_state->setWordWrap(true);
    m_state->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_copyCommand->setObjectName(QStringLiteral("networkCopyCommand"));
    m_copyCommand->hide();

    m_port->setRange(1, 65535);
    m_port->setValue(NetworkSender::kDatagramPort);
    m_port->setObjectName(QStringLiteral("networkPort"));
    m_name->setObjectName(QStringLiteral("networkName"));
    m_workgroup->setObjectName(QStringLiteral("networkWorkgroup"));
    m_name->setMaxLength(mailslot::wire::kNetbiosNameLength);
    m_workgroup->setMaxLength(mailslot::wire::kNetbiosNameLength);
    const NetworkIdentity system = NetworkIdentity::systemDefault();
    m_name->setPlaceholderText(system.netbiosName());
    m_workgroup->setPlaceholderText(system.workgroup());
    m_interfaces->setObjectName(QStringLiteral("networkInterfaces"));
    m_interfaces->setMaximumHeight(m_interfaces->fontMetrics().height() * 5 + 8);
    m_interfacesHint->setTextFormat(Qt::PlainText);
    m_interfacesHint->setWordWrap(true);
    m_interfacesHint->setForegroundRole(QPalette::PlaceholderText);
    m_sendTo->setObjectName(QStringLiteral("networkSendTo"));
    m_dedup->setObjectName(QStringLiteral("networkDeduplicate"));
    m_deliver->setObjectName(QStringLiteral("networkDeliver"));
    m_deliver->setChecked(true);
    m_apply->setObjectName(QStringLiteral("networkApply"));
    fillInterfaces({});

    // Check boxes do not wrap: a short text each, and what it means in a wrapped line below.
    const int indent = style()->pixelMetric(QStyle::PM_IndicatorWidth) + style()->pixelMetric(QStyle::PM_CheckBoxLabelSpacing);
    for (QLabel *hint : {m_enableHint, m_dedupHint, m_deliverHint}) {
        hint->setTextFormat(Qt::PlainText);
        hint->setWordWrap(true);
        hint->setContentsMargins(indent, 0, 0, 0);
    }
}

void NetworkDock::layOut()
{
    auto *stateLayout = new QVBoxLayout(m_stateGroup);
    stateLayout->addWidget(m_enable);
    stateLayout->addWidget(m_enableHint);
    stateLayout->addWidget(m_state);
    stateLayout->addWidget(m_copyCommand, 0, Qt::AlignLeft);

    m_settingsForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    FormLabels::addRow(m_settingsForm, m_port);
    FormLabels::addRow(m_settingsForm, m_name);
    FormLabels::addRow(m_settingsForm, m_workgroup);
    FormLabels::addRow(m_settingsForm, m_interfaces);
    m_settingsForm->addRow(QString(), m_interfacesHint);
    FormLabels::addRow(m_settingsForm, m_sendTo);
    FormLabels::addRow(m_settingsForm, m_codePage);
    m_settingsForm->addRow(m_dedup);
    m_settingsForm->addRow(m_dedupHint);
    m_settingsForm->addRow(m_deliver);
    m_settingsForm->addRow(m_deliverHint);
    m_settingsForm->addRow(m_apply);

    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->addWidget(m_stateGroup);
    layout->addWidget(m_settingsGroup);
    layout->addWidget(m_countersBox);
    layout->addStretch();
    auto *scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // everything wraps to the width
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    setWidget(scroll);
}

void NetworkDock::connectSignals()
{
    connect(m_enable, &QCheckBox::clicked, this, [this](bool on) { setNetworkEnabled(on); });
    connect(m_networkAction, &QAction::triggered, this, [this](bool on) { setNetworkEnabled(on); });
    connect(m_apply, &QPushButton::clicked, this, &NetworkDock::apply);
    connect(m_copyCommand, &QPushButton::clicked, this, [] {
        QGuiApplication::clipboard()->setText(setcapCommand(QCoreApplication::applicationFilePath()));
    });
    connect(m_port, &QSpinBox::valueChanged, this, &NetworkDock::updateDirty);
    for (QLineEdit *edit : {m_name, m_workgroup, m_sendTo})
        connect(edit, &QLineEdit::textChanged, this, &NetworkDock::updateDirty);
    connect(m_interfaces, &QListWidget::itemChanged, this, &NetworkDock::updateDirty);
    connect(m_dedup, &QCheckBox::toggled, this, &NetworkDock::updateDirty);
    connect(m_deliver, &QCheckBox::toggled, this, &NetworkDock::updateDirty);
    connect(m_codePage, &QComboBox::currentIndexChanged, this, &NetworkDock::updateDirty);

    connect(m_bridge, &BridgeSource::bridgeCountersChanged, this, [this](const BridgeCounters &counters) {
        m_counters = counters;
        m_countersBox->setCounters(m_counters);
        emit countersChanged(counters);
    });
    connect(m_bridge, &BridgeSource::errorOccurred, this, [this](const QString &message) {
        emit statusMessage(tr("Network: %1").arg(message));
    });
}

NetworkDock::~NetworkDock() = default;

void NetworkDock::fillInterfaces(const QStringList &checked)
{
    const QSignalBlocker blocker(m_interfaces);
    m_interfaces->clear();
    QStringList missing = checked;
    const QList<QNetworkInterface> all = QNetworkInterface::allInterfaces();
    for (const QNetworkInterface &iface : all) {
        QStringList addresses;
        for (const QNetworkAddressEntry &entry : iface.addressEntries()) {
            if (entry.ip().protocol() == QAbstractSocket::IPv4Protocol)
                addresses.append(entry.ip().toString());
        }
        if (addresses.isEmpty())
            continue; // the bridge and the sender are IPv4 only
        auto *item = new QListWidgetItem(QStringLiteral("%1  %2").arg(iface.name(), addresses.join(QStringLiteral(", "))),
                                         m_interfaces);
        item->setData(kNameRole, iface.name());
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(checked.contains(iface.name()) ? Qt::Checked : Qt::Unchecked);
        missing.removeAll(iface.name());
    }
    for (const QString &name : std::as_const(missing)) {
        // A saved choice that is not here now: kept, so that the bridge says what is wrong.
        auto *item = new QListWidgetItem(tr("%1  (not present)").arg(name), m_interfaces);
        item->setData(kNameRole, name);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Checked);
    }
}

NetworkSettings NetworkDock::settings() const
{
    NetworkSettings s;
    s.enabled = isNetworkEnabled();
    s.port = quint16(m_port->value());
    for (int i = 0; i < m_interfaces->count(); ++i) {
        const QListWidgetItem *item = m_interfaces->item(i);
        if (item->checkState() == Qt::Checked)
            s.interfaces.append(item->data(kNameRole).toString());
    }
    s.netbiosName = m_name->text().trimmed();
    s.workgroup = m_workgroup->text().trimmed();
    s.deduplicate = m_dedup->isChecked();
    s.deliver = m_deliver->isChecked();
    s.sendTo = m_sendTo->text().trimmed();
    s.codePage = m_codePage->codePage();
    return s;
}

void NetworkDock::setSettings(const NetworkSettings &s)
{
    m_port->setValue(s.port);
    fillInterfaces(s.interfaces);
    m_name->setText(s.netbiosName);
    m_workgroup->setText(s.workgroup);
    m_dedup->setChecked(s.deduplicate);
    m_deliver->setChecked(s.deliver);
    m_sendTo->setText(s.sendTo);
    m_codePage->setCodePage(s.codePage);
    updateDirty();
}

void NetworkDock::loadSettings(const QSettings &settings)
{
    setSettings(NetworkSettings::load(settings));
}

void NetworkDock::saveSettings(QSettings &settings) const
{
    this->settings().save(settings);
}

bool NetworkDock::isNetworkEnabled() const
{
    return m_bridge->isRunning();
}

quint16 NetworkDock::listeningPort() const
{
    return m_bridge->isRunning() ? m_bridge->localPort() : 0;
}

QAbstractSocket::SocketError NetworkDock::probeBind(quint16 port)
{
    QUdpSocket socket;
    if (socket.bind(QHostAddress::AnyIPv4, port, QUdpSocket::ShareAddress | QUdpSocket::ReuseAddressHint))
        return QAbstractSocket::UnknownSocketError;
    return socket.error();
}

QString NetworkDock::setcapCommand(const QString &program)
{
    return QStringLiteral("sudo setcap cap_net_bind_service=+ep %1").arg(program);
}

QString NetworkDock::startFailureText(quint16 port, const QString &bridgeError, QAbstractSocket::SocketError probeError,
                                      const QString &program)
{
    if (probeError == QAbstractSocket::SocketAccessError && port < 1024) {
        return tr("The monitor may not listen on UDP port %1: ports below 1024 need root or the CAP_NET_BIND_SERVICE "
                  "capability.\n\n"
                  "To fix it, either give the monitor that capability once, then start it again:\n"
                  "    %2\n"
                  "or choose a port from 1024 up in the Network settings (Windows computers and Samba send to port "
                  "138, so another port only reaches senders you set to it, such as mailslot send --port).")
            .arg(port)
            .arg(setcapCommand(program));
    }
    if (probeError == QAbstractSocket::AddressInUseError) {
        return tr("The monitor could not listen on UDP port %1: another program uses it without sharing it (Samba's "
                  "nmbd shares it). Stop that program or choose another port in the Network settings.\n\n%2")
            .arg(port)
            .arg(bridgeError);
    }
    return tr("The network could not be turned on: %1").arg(bridgeError);
}

bool NetworkDock::start()
{
    const NetworkSettings s = settings();
    m_problem = s.problem();
    m_permissionProblem = false;
    if (m_problem.isEmpty()) {
        QString error;
        if (m_bridge->start(s.bridgeOptions(), &error)) {
            NetworkSender::Options sender = s.senderOptions();
            sender.identity = m_bridge->identity();
            m_registry->enableNetwork(sender);
            m_running = s;
            m_running.enabled = true;
            m_counters = m_bridge->bridgeCounters();
            return true;
        }
#ifdef Q_OS_WIN
        m_problem = error; // the bridge is not available on Windows: no port or setcap hint applies
        return false;
#endif
        const QAbstractSocket::SocketError probe = probeBind(s.port);
        m_permissionProblem = probe == QAbstractSocket::SocketAccessError && s.port < 1024;
        m_problem = startFailureText(s.port, error, probe, QCoreApplication::applicationFilePath());
    }
    return false;
}

void NetworkDock::stop()
{
    m_registry->disableNetwork();
    m_bridge->stop();
    m_counters = m_bridge->bridgeCounters();
}

bool NetworkDock::setNetworkEnabled(bool on)
{
    bool ok = true;
    if (on && !isNetworkEnabled()) {
        ok = start();
        if (ok)
            emit statusMessage(tr("Network on: listening on UDP port %1").arg(m_bridge->localPort()));
    } else if (!on && isNetworkEnabled()) {
        stop();
        m_problem.clear();
        m_permissionProblem = false;
        emit statusMessage(tr("Network off"));
    }
    updateState();
    m_countersBox->setCounters(m_counters);
    updateDirty();
    if (!ok)
        emit startFailed(m_problem);
    emit networkStateChanged(isNetworkEnabled());
    emit countersChanged(m_counters);
    return ok;
}

bool NetworkDock::apply()
{
    if (!isNetworkEnabled())
        return true;
    stop();
    const bool ok = start();
    updateState();
    m_countersBox->setCounters(m_counters);
    updateDirty();
    if (!ok)
        emit startFailed(m_problem);
    else
        emit statusMessage(tr("Network restarted with the new settings"));
    emit networkStateChanged(isNetworkEnabled());
    return ok;
}

void NetworkDock::updateDirty()
{
    NetworkSettings fields = settings();
    fields.enabled = true;
    m_apply->setEnabled(isNetworkEnabled() && !(fields == m_running));
}

QString NetworkDock::statusText(bool withCounters) const
{
    if (!isNetworkEnabled())
        return m_problem.isEmpty() ? tr("Network: off") : tr("Network: off (could not start)");
    if (!withCounters)
        return tr("Network: UDP %1").arg(m_bridge->localPort());
    const QLocale locale;
    const QString where = m_running.interfaces.isEmpty() ? tr("all interfaces") : m_running.interfaces.join(QStringLiteral(", "));
    const BridgeCounters &c = m_counters;
    return tr("Network: UDP %1 on %2: %3 received, %4 delivered, %5 malformed, %6 duplicates, %7 dropped")
        .arg(m_bridge->localPort())
        .arg(where, locale.toString(c.received), locale.toString(c.delivered), locale.toString(c.malformed),
             locale.toString(c.duplicates), locale.toString(c.kernelDrops + c.deliveryFailures));
}

void NetworkDock::updateState()
{
    const bool on = isNetworkEnabled();
    m_enable->setChecked(on);
    m_networkAction->setChecked(on);
    m_copyCommand->setVisible(!on && m_permissionProblem);
#ifdef Q_OS_WIN
    // The bridge is not built on Windows (the system owns UDP 138): say why, offer nothing to turn on.
    m_enable->setEnabled(false);
    m_networkAction->setEnabled(false);
    m_state->setText(BridgeSource::unavailableText());
    return;
#endif
    if (on) {
        const NetworkIdentity identity = m_bridge->identity();
        const QString where = m_running.interfaces.isEmpty() ? tr("all interfaces") : m_running.interfaces.join(QStringLiteral(", "));
        QString text = tr("On: listening on UDP port %1 (%2) as %3 in workgroup %4.")
                           .arg(m_bridge->localPort())
                           .arg(where, identity.netbiosName(), identity.workgroup());
        text += QLatin1Char(' ');
        text += m_running.sendTo.isEmpty() ? tr("Sending to other computers: by broadcast and name query.")
                                           : tr("Sending to other computers: to %1.").arg(m_running.sendTo);
        m_state->setText(text);
    } else if (!m_problem.isEmpty()) {
        m_state->setText(m_problem);
    } else {
        m_state->setText(tr("Off: nothing is received from or sent to other computers."));
    }
}

void NetworkDock::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDockWidget::changeEvent(event);
}

void NetworkDock::retranslateUi()
{
    setWindowTitle(tr("Network"));
    m_networkAction->setText(tr("&Network On"));
    m_networkAction->setToolTip(tr("Listen for mailslot datagrams on UDP and allow sending to other computers"));
    m_stateGroup->setTitle(tr("State"));
    m_enable->setText(tr("Network &on"));
    m_enableHint->setText(tr("Receive datagrams and send to other computers."));
    m_copyCommand->setText(tr("Copy the setcap Command"));
    m_settingsGroup->setTitle(tr("Settings"));
    FormLabels::setText(m_settingsForm, m_port, tr("UDP &port:"));
    FormLabels::setText(m_settingsForm, m_name, tr("NetBIOS &name:"));
    FormLabels::setText(m_settingsForm, m_workgroup, tr("&Workgroup:"));
    FormLabels::setText(m_settingsForm, m_interfaces, tr("&Interfaces:"));
    FormLabels::setText(m_settingsForm, m_sendTo, tr("Send &to:"));
    FormLabels::setText(m_settingsForm, m_codePage, tr("OEM &code page:"));
#ifdef Q_OS_WIN
    m_port->setToolTip(tr("Windows and Samba use port 138"));
#else
    m_port->setToolTip(tr("Windows and Samba use port 138; ports below 1024 need the CAP_NET_BIND_SERVICE capability"));
#endif
    m_name->setAccessibleName(tr("NetBIOS name"));
    m_name->setToolTip(tr("Empty: the computer's host name"));
    m_workgroup->setAccessibleName(tr("Workgroup"));
    m_workgroup->setToolTip(tr("Empty: the workgroup of smb.conf, or WORKGROUP"));
    m_interfaces->setAccessibleName(tr("Network interfaces"));
    m_interfacesHint->setText(tr("None checked: every interface."));
    m_sendTo->setPlaceholderText(tr("empty: broadcast, or find the computer by name"));
    m_sendTo->setAccessibleName(tr("Send to address"));
    m_sendTo->setToolTip(tr("An IPv4 address or host name that every network message is sent to instead"));
    m_dedup->setText(tr("&Suppress duplicates"));
    m_dedupHint->setText(tr("The same sender, ID and data within 2 s count once."));
    m_deliver->setText(tr("&Deliver into local slots"));
    m_deliverHint->setText(tr("Messages for this computer go into its slots."));
    m_apply->setText(tr("&Apply and Restart"));
    m_apply->setToolTip(tr("Restart the network with these settings"));
    updateState();
}
