#include "ui/slots/newslotdialog.h"

#include "ui/common/errorpalette.h"
#include "core/slots/mailslotname.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

NewSlotDialog::NewSlotDialog(QWidget *parent)
    : QDialog(parent),
      m_nameLabel(new QLabel(this)),
      m_name(new QLineEdit(this)),
      m_canonical(new QLabel(this)),
      m_error(new QLabel(this)),
      m_help(new QLabel(this)),
      m_maxSizeLabel(new QLabel(this)),
      m_maxSize(new QSpinBox(this)),
      m_timeoutLabel(new QLabel(this)),
      m_timeout(new QSpinBox(this)),
      m_forever(new QCheckBox(this)),
      m_hold(new QCheckBox(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    m_name->setObjectName(QStringLiteral("slotNameEdit"));
    m_name->setClearButtonEnabled(true);
    m_nameLabel->setBuddy(m_name);
    m_canonical->setTextFormat(Qt::PlainText);
    m_canonical->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setWordWrap(true);
    m_error->setObjectName(QStringLiteral("nameError"));
    m_buttons->setObjectName(QStringLiteral("dialogButtons"));
    ErrorPalette::apply(m_error, palette());
    m_help->setTextFormat(Qt::PlainText);
    m_help->setWordWrap(true);
    m_help->setForegroundRole(QPalette::PlaceholderText);
    m_maxSize->setRange(0, 0x7FFFFFFF);
    m_maxSize->setSingleStep(64);
    m_maxSizeLabel->setBuddy(m_maxSize);
    m_timeout->setRange(0, 0x7FFFFFFF);
    m_timeout->setSingleStep(100);
    m_timeoutLabel->setBuddy(m_timeout);

    auto *timeoutRow = new QHBoxLayout;
    timeoutRow->addWidget(m_timeout, 1);
    timeoutRow->addWidget(m_forever);

    auto *form = new QFormLayout;
    form->addRow(m_nameLabel, m_name);
    form->addRow(QString(), m_canonical);
    form->addRow(QString(), m_error);
    form->addRow(m_maxSizeLabel, m_maxSize);
    form->addRow(m_timeoutLabel, timeoutRow);
    form->addRow(QString(), m_hold);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_help);
    layout->addStretch();
    layout->addWidget(m_buttons);

    connect(m_name, &QLineEdit::textChanged, this, &NewSlotDialog::validate);
    connect(m_forever, &QCheckBox::toggled, m_timeout, &QWidget::setDisabled);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    retranslateUi();
    validate();
    resize(sizeHint().expandedTo(QSize(460, 0)));
}

QString NewSlotDialog::slotName() const
{
    return m_name->text();
}

void NewSlotDialog::setSlotName(const QString &name)
{
    m_name->setText(name);
}

QString NewSlotDialog::canonicalName() const
{
    return m_canonicalName;
}

MailslotServer::Options NewSlotDialog::options() const
{
    MailslotServer::Options options;
    options.slot.maxMessageSize = quint32(m_maxSize->value());
    options.slot.readTimeout = m_forever->isChecked() ? MailslotInfo::kWaitForever : quint32(m_timeout->value());
    options.hold = m_hold->isChecked();
    return options;
}

bool NewSlotDialog::isAcceptable() const
{
    return !m_canonicalName.isEmpty();
}

void NewSlotDialog::validate()
{
    m_canonicalName.clear();
    QString problem;
    if (m_name->text().trimmed().isEmpty()) {
        problem = tr("Type a name, e.g. mailslot_demo or \\\\.\\mailslot\\demo\\events.");
    } else {
        MailslotError error;
        const MailslotName name = MailslotName::parse(m_name->text().trimmed(), &error);
        if (!name.isValid())
            problem = error.toString();
        else if (!name.isLocal())
            problem = tr("A slot can only be created on this computer (\\\\.\\mailslot\\...); %1 names another computer.")
                          .arg(name.canonical());
        else
            m_canonicalName = name.canonical();
    }
    m_error->setText(problem);
    m_error->setVisible(!problem.isEmpty());
    m_canonical->setText(m_canonicalName.isEmpty() ? QString() : tr("Creates %1").arg(m_canonicalName));
    m_canonical->setVisible(!m_canonicalName.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(isAcceptable());
}

void NewSlotDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void NewSlotDialog::retranslateUi()
{
    setWindowTitle(tr("New Mailslot"));
    m_nameLabel->setText(tr("&Name:"));
    m_name->setPlaceholderText(tr("mailslot_demo"));
    m_name->setAccessibleName(tr("Mailslot name"));
    m_maxSizeLabel->setText(tr("&Maximum message size:"));
    m_maxSize->setSpecialValueText(tr("Any size"));
    m_maxSize->setSuffix(tr(" bytes"));
    m_maxSize->setAccessibleName(tr("Maximum message size"));
    m_timeoutLabel->setText(tr("&Read timeout:"));
    m_timeout->setSuffix(tr(" ms"));
    m_timeout->setAccessibleName(tr("Read timeout"));
    m_forever->setText(tr("Wait &forever"));
    m_hold->setText(tr("&Hold: create the slot but do not read it yet"));
    m_help->setText(tr("Syntax: \\\\.\\mailslot\\[path\\]name, or just [path\\]name for this computer. "
                       "Names are case-insensitive; '/' is taken as '\\'. A name can be used by one server at a time."));
    validate();
}
