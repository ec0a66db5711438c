#include "ui/network/remotesourcedialog.h"

#include "core/slots/mailslotname.h"
#include "core/stream/slotpattern.h"
#include "ui/common/errorpalette.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QVBoxLayout>

RemoteSourceDialog::RemoteSourceDialog(QWidget *parent)
    : QDialog(parent), m_hostLabel(new QLabel(this)), m_host(new QLineEdit(this)), m_watchLabel(new QLabel(this)),
      m_bridge(new QRadioButton(this)), m_slot(new QRadioButton(this)), m_slotName(new QLineEdit(this)),
      m_tap(new QRadioButton(this)), m_tapPattern(new QLineEdit(this)), m_hint(new QLabel(this)), m_error(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("remoteSourceDialog"));
    m_host->setObjectName(QStringLiteral("remoteHost"));
    m_bridge->setObjectName(QStringLiteral("remoteWatchBridge"));
    m_slot->setObjectName(QStringLiteral("remoteWatchSlot"));
    m_slotName->setObjectName(QStringLiteral("remoteSlotName"));
    m_tap->setObjectName(QStringLiteral("remoteWatchTap"));
    m_tapPattern->setObjectName(QStringLiteral("remoteTapPattern"));
    m_tapPattern->setText(QStringLiteral("*"));
    m_error->setObjectName(QStringLiteral("remoteError"));
    m_bridge->setChecked(true);
    m_hint->setWordWrap(true);
    m_error->setWordWrap(true);
    ErrorPalette::apply(m_error, palette());
    auto *watch = new QVBoxLayout;
    watch->addWidget(m_bridge);
    watch->addWidget(m_slot);
    watch->addWidget(m_slotName);
    watch->addWidget(m_tap);
    watch->addWidget(m_tapPattern);
    auto *form = new QFormLayout;
    form->addRow(m_hostLabel, m_host);
    form->addRow(m_watchLabel, watch);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_hint);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_host, &QLineEdit::textChanged, this, &RemoteSourceDialog::validate);
    connect(m_slotName, &QLineEdit::textChanged, this, &RemoteSourceDialog::validate);
    connect(m_slot, &QRadioButton::toggled, this, &RemoteSourceDialog::validate);
    connect(m_tapPattern, &QLineEdit::textChanged, this, &RemoteSourceDialog::validate);
    connect(m_tap, &QRadioButton::toggled, this, &RemoteSourceDialog::validate);
    retranslateUi();
    validate();
}

QString RemoteSourceDialog::target() const
{
    return m_host->text().trimmed();
}

QStringList RemoteSourceDialog::command() const
{
    if (m_slot->isChecked())
        return {QStringLiteral("serve"), m_slotName->text().trimmed()};
    if (m_tap->isChecked())
        return {QStringLiteral("tap"), m_tapPattern->text().trimmed()};
    return {QStringLiteral("bridge")};
}

void RemoteSourceDialog::setTapped(const QString &pattern)
{
    m_tap->setChecked(true);
    m_tapPattern->setText(pattern);
}

void RemoteSourceDialog::setTarget(const QString &target)
{
    m_host->setText(target);
}

void RemoteSourceDialog::setSlot(const QString &slot)
{
    m_slot->setChecked(true);
    m_slotName->setText(slot);
}

void RemoteSourceDialog::validate()
{
    m_slotName->setEnabled(m_slot->isChecked());
    m_tapPattern->setEnabled(m_tap->isChecked());
    const QString host = target();
    m_problem.clear();
    if (host.isEmpty())
        m_problem = tr("Type the host, as ssh takes it: host, user@host or an alias of ~/.ssh/config.");
    else if (host.startsWith(QLatin1Char('-')) || host.contains(QRegularExpression(QStringLiteral("\\s"))))
        m_problem = tr("'%1' is not a host: no spaces, and no leading '-'.").arg(host);
    else if (m_slot->isChecked()) {
        MailslotError error;
        const MailslotName name = MailslotName::parse(m_slotName->text().trimmed(), &error);
        if (error.isError())
            m_problem = tr("The slot name is not valid: %1").arg(error.message());
        else if (!name.isLocal())
            m_problem = tr("Name a slot of that host: \\\\.\\mailslot\\name, or just name.");
    } else if (m_tap->isChecked()) {
        MailslotError error;
        if (!SlotPattern::parse(m_tapPattern->text().trimmed(), &error).isValid())
            m_problem = tr("The slots to watch are not valid: %1").arg(error.message());
    }
    // An empty host is not an error yet: the hint says what to type.
    m_error->setText(host.isEmpty() ? QString() : m_problem);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_problem.isEmpty());
}

void RemoteSourceDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    else if (event->type() == QEvent::PaletteChange)
        ErrorPalette::apply(m_error, palette());
    QDialog::changeEvent(event);
}

void RemoteSourceDialog::retranslateUi()
{
    setWindowTitle(tr("Add Remote Source"));
    m_hostLabel->setText(tr("&Host:"));
    m_hostLabel->setBuddy(m_host);
    m_host->setPlaceholderText(tr("user@host"));
    m_watchLabel->setText(tr("Watch:"));
    m_bridge->setText(tr("The &network bridge (UDP 138)"));
    m_slot->setText(tr("A &slot:"));
    m_slotName->setPlaceholderText(tr("\\\\.\\mailslot\\name"));
    m_tap->setText(tr("Slots served there by any process, &watched (name or pattern, * for all):"));
    m_tapPattern->setToolTip(tr("A copy of each message written to the slots that match; their readers there still "
                                "get every message"));
    m_hint->setText(tr("Runs mailslot on that host through your own ssh, with your keys, agent and ~/.ssh/config: "
                       "no password is asked for here. mailslot must be installed there."));
    validate();
}
