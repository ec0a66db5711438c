#include "ui/compose/composedock.h"

#include "core/slots/mailslotregistry.h"
#include "ui/common/errorpalette.h"
#include "ui/common/formlabels.h"
#include "ui/common/plaintooltip.h"
#include "ui/compose/composetargeteditor.h"

#include <QAction>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTime>
#include <QVBoxLayout>

ComposeDock::ComposeDock(MailslotRegistry *registry, QWidget *parent)
    : QDockWidget(parent),
      m_registry(registry),
      m_form(new QFormLayout),
      m_target(new ComposeTargetEditor(m_form, this)),
      m_payload(new ComposePayloadEditor(m_form, this)),
      m_byteCount(new QLabel),
      m_repeat(new QSpinBox),
      m_interval(new QSpinBox),
      m_refusalLabel(new QLabel),
      m_send(new QPushButton),
      m_stop(new QPushButton),
      m_networkButton(new QPushButton),
      m_sendAction(new QAction(this)),
      m_log(new QPlainTextEdit)
{
    setObjectName(QStringLiteral("composeDock"));
    createWidgets();
    setWidget(createContent());
    connectWidgets();
    retranslateUi();
}

ComposeDock::~ComposeDock() = default;

void ComposeDock::createWidgets()
{
    m_byteCount->setObjectName(QStringLiteral("composeByteCount"));
    m_repeat->setObjectName(QStringLiteral("composeRepeat"));
    m_interval->setObjectName(QStringLiteral("composeInterval"));
    m_refusalLabel->setObjectName(QStringLiteral("refusal"));
    m_send->setObjectName(QStringLiteral("composeSend"));
    m_stop->setObjectName(QStringLiteral("composeStop"));
    m_networkButton->setObjectName(QStringLiteral("networkSettingsButton"));
    m_sendAction->setObjectName(QStringLiteral("composeSendAction"));
    m_log->setObjectName(QStringLiteral("composeLog"));

    m_byteCount->setTextFormat(Qt::PlainText);
    // "5 bytes of 424 (network limit)" wraps rather than widening the dock.
    m_byteCount->setWordWrap(true);
    m_repeat->setRange(1, 1000000);
    m_interval->setRange(0, 3600000);
    m_interval->setSingleStep(100);
    m_refusalLabel->setTextFormat(Qt::PlainText);
    m_refusalLabel->setWordWrap(true);
    ErrorPalette::apply(m_refusalLabel, palette());
    m_send->setDefault(true);
    // Ctrl+Return (and Ctrl+Enter on the keypad) sends from anywhere in the dock. An action of
    // its own, since the button's shortcut is its mnemonic (Alt+D), replaced at every setText.
    m_sendAction->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)});
    m_sendAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_sendAction);
    m_stop->setEnabled(false);
    m_networkButton->hide();
    m_log->setReadOnly(true);
    m_log->setMaximumBlockCount(1000);
    m_log->setLineWrapMode(QPlainTextEdit::WidgetWidth);
}

QWidget *ComposeDock::createContent()
{
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    FormLabels::addRow(m_form, m_repeat);
    FormLabels::addRow(m_form, m_interval);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_byteCount, 1);
    buttons->addWidget(m_stop);
    buttons->addWidget(m_send);

    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->addLayout(m_form);
    layout->addWidget(m_payload->editor(), 1);
    layout->addLayout(buttons);
    // The reason, and the button to the network settings under it (not beside it: the dock's
    // width must not change with the target).
    layout->addWidget(m_refusalLabel);
    layout->addWidget(m_networkButton, 0, Qt::AlignLeft);
    layout->addWidget(m_log, 1);
    return content;
}

void ComposeDock::connectWidgets()
{
    connect(m_target, &ComposeTargetEditor::changed, this, &ComposeDock::validate);
    connect(m_payload, &ComposePayloadEditor::changed, this, &ComposeDock::validate);
    connect(m_repeat, &QSpinBox::valueChanged, this, &ComposeDock::updateRepeatSuffix);
    connect(m_send, &QPushButton::clicked, this, &ComposeDock::send);
    connect(m_sendAction, &QAction::triggered, this, [this] {
        if (m_send->isEnabled())
            send();
    });
    connect(m_stop, &QPushButton::clicked, this, &ComposeDock::stop);
    connect(m_networkButton, &QPushButton::clicked, this, &ComposeDock::networkSettingsRequested);
    connect(&m_job, &SendJob::finished, this, &ComposeDock::runFinished);
}

ComposeTarget ComposeDock::target() const
{
    return m_target->target();
}

void ComposeDock::setTarget(const QString &name)
{
    m_target->setTarget(ComposeTarget::fromName(name));
}

void ComposeDock::setTargetParts(ComposeTarget::Kind kind, const QString &server, const QString &path)
{
    m_target->setTarget(ComposeTarget(kind, server, path));
}

QString ComposeDock::targetText() const
{
    return target().text();
}

ComposeDock::PayloadMode ComposeDock::payloadMode() const
{
    return m_payload->mode();
}

void ComposeDock::setPayloadMode(PayloadMode mode)
{
    m_payload->setMode(mode);
}

void ComposeDock::setPayloadText(const QString &text)
{
    m_payload->setText(text);
}

void ComposeDock::setFilePath(const QString &path)
{
    m_payload->setFilePath(path);
}

void ComposeDock::setEncoding(const QString &encodingName)
{
    m_payload->setEncoding(encodingName);
}

std::optional<QByteArray> ComposeDock::payload(QString *error) const
{
    return m_payload->payload(error);
}

void ComposeDock::setRepeat(int count, int intervalMs)
{
    m_repeat->setValue(count);
    m_interval->setValue(intervalMs);
}

QStringList ComposeDock::recentTargets() const
{
    return m_target->recent().names();
}

QStringList ComposeDock::recentDomainTargets() const
{
    return m_target->recent().domains();
}

void ComposeDock::setRecentTargets(const QStringList &targets, const QStringList &domains)
{
    m_target->setRecent(targets, domains);
}

void ComposeDock::updateRepeatSuffix()
{
    // "%n time(s)" around the spin box's number: the words before it are the prefix, those
    // after it the suffix, in the plural form of the current count.
    const int count = m_repeat->value();
    const QString text = tr("%n time(s)", "repeat count", count);
    const QString number = QString::number(count);
    const qsizetype at = text.indexOf(number);
    m_repeat->setPrefix(at < 0 ? QString() : text.left(at));
    m_repeat->setSuffix(at < 0 ? QString() : text.mid(at + number.size()));
}

bool ComposeDock::networkAvailable() const
{
#ifdef Q_OS_WIN
    return true; // the system carries writes to other computers (there is no bridge to turn on)
#else
    return m_registry->isNetworkEnabled();
#endif
}

void ComposeDock::validate()
{
    MailslotError nameError;
    const MailslotName name = target().name(&nameError);
    QString payloadError;
    const std::optional<QByteArray> bytes = payload(&payloadError);
    const qsizetype size = bytes ? bytes->size() : 0;
    const bool network = networkAvailable();
    const bool limited = target().isNetworkLimited();

    // A payload error is said once, in the refusal line below.
    QString count = bytes ? tr("%n byte(s)", nullptr, int(size)) : QStringLiteral("\u2014");
    if (bytes && name.isValid() && !name.isLocal() && limited)
        count = tr("%1 of %2 (network limit)").arg(count, QLocale().toString(ComposeTarget::networkLimit(name)));
    m_byteCount->setText(count);

    if (!name.isValid())
        m_refusalText = nameError.isError() ? nameError.message() : tr("The target is not a valid mailslot name.");
    else if (!bytes)
        m_refusalText = payloadError;
    else
        m_refusalText = ComposeTarget::refusalReason(name, size, network, limited);
    m_refusalLabel->setText(m_refusalText);
    m_refusalLabel->setVisible(!m_refusalText.isEmpty());
    m_networkButton->setVisible(bytes && ComposeTarget::needsNetwork(name, size, network, limited));
    m_send->setEnabled(canSend() && !isSending());
    m_send->setToolTip(m_refusalText.isEmpty()
                           ? tr("Send the message (%1)").arg(m_sendAction->shortcut().toString(QKeySequence::NativeText))
                           : PlainToolTip::fromText(m_refusalText));
}

bool ComposeDock::send()
{
    if (isSending())
        return false;
    m_payload->reloadFile(); // what the file holds now
    validate();
    if (!canSend()) {
        logOutcome(false, tr("Not sent: %1").arg(m_refusalText));
        return false;
    }
    m_runKind = target().kind();
    NetworkSender::Options options = m_registry->networkOptions();
    // \\NAME\... of a workgroup or domain goes as a group datagram (DIRECT_GROUP), like --domain.
    options.domain = m_runKind == ComposeTarget::Kind::Domain;
    m_job.setNetworkOptions(m_registry->isNetworkEnabled() ? std::optional(options) : std::nullopt);
    m_job.setTarget(target().name().canonical());
    m_job.setPayload(*payload());
    m_job.setCount(m_repeat->value());
    m_job.setInterval(m_interval->value());
    m_job.start();
    m_stop->setEnabled(m_repeat->value() > 1);
    validate(); // Send waits for the outcome
    return true;
}

void ComposeDock::stop()
{
    m_job.stop();
    m_stop->setEnabled(false);
}

void ComposeDock::networkStateChanged()
{
    validate();
    if (!m_registry->isNetworkEnabled())
        m_job.networkTurnedOff();
}

void ComposeDock::runFinished(bool ok, const QString &text)
{
    // Only a target that worked is worth choosing again.
    if (ok)
        m_target->remember(m_job.report().target, m_runKind);
    logOutcome(ok, text);
}

void ComposeDock::logOutcome(bool ok, const QString &text)
{
    m_stop->setEnabled(false);
    m_log->appendPlainText(QStringLiteral("%1  %2").arg(QTime::currentTime().toString(QStringLiteral("HH:mm:ss.zzz")),
                                                        text));
    validate();
    emit statusMessage(text);
    emit sendFinished(ok, text);
}

void ComposeDock::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDockWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        ErrorPalette::apply(m_refusalLabel, palette());
}

void ComposeDock::retranslateUi()
{
    setWindowTitle(tr("Compose"));
    m_target->retranslateUi();
    m_payload->retranslateUi();
    FormLabels::setText(m_form, m_repeat, tr("&Repeat:"));
    updateRepeatSuffix();
    m_repeat->setAccessibleName(tr("Repeat count"));
    FormLabels::setText(m_form, m_interval, tr("&Interval:"));
    m_interval->setSuffix(tr(" ms"));
    m_interval->setAccessibleName(tr("Interval between messages"));
    m_send->setText(tr("Sen&d"));
    m_networkButton->setText(tr("&Network Settings..."));
    m_networkButton->setToolTip(tr("Turn the network on to send to other computers"));
    m_stop->setText(tr("Sto&p"));
    m_log->setAccessibleName(tr("Send outcomes"));
    m_log->setPlaceholderText(tr("The outcome of every send appears here."));
    m_sendAction->setText(tr("Send"));
    validate();
}
