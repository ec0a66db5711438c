#include "ui/compose/composedock.h"

#include "ui/common/errorpalette.h"
#include "core/slots/mailslotregistry.h"
#include "core/wire/netbiosdatagram.h"
#include "core/text/payloadtext.h"
#include "core/wire/oemcodec.h"
#include "ui/common/plaintooltip.h"

#include <QAction>
#include <QComboBox>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QThread>
#include <QTime>
#include <QVBoxLayout>

#include <memory>

namespace {
// A file larger than this is not read into a message.
constexpr qint64 kMaxFileSize = 64 * 1024 * 1024;
// With no interval, a repeated send writes this many messages per event-loop turn.
constexpr int kBurst = 256;
} // namespace

ComposeDock::ComposeDock(MailslotRegistry *registry, QWidget *parent)
    : QDockWidget(parent),
      m_registry(registry),
      m_kindLabel(new QLabel),
      m_kind(new QComboBox),
      m_serverLabel(new QLabel),
      m_server(new QLineEdit),
      m_pathLabel(new QLabel),
      m_path(new QLineEdit),
      m_nameLabel(new QLabel),
      m_name(new QLabel),
      m_recentLabel(new QLabel),
      m_recentBox(new QComboBox),
      m_modeLabel(new QLabel),
      m_mode(new QComboBox),
      m_encodingLabel(new QLabel),
      m_encoding(new QComboBox),
      m_payloadStack(new QStackedWidget),
      m_text(new QPlainTextEdit),
      m_filePage(new QWidget),
      m_file(new QLineEdit),
      m_browse(new QPushButton),
      m_byteCount(new QLabel),
      m_repeatLabel(new QLabel),
      m_repeat(new QSpinBox),
      m_intervalLabel(new QLabel),
      m_interval(new QSpinBox),
      m_refusalLabel(new QLabel),
      m_send(new QPushButton),
      m_stop(new QPushButton),
      m_networkButton(new QPushButton),
      m_sendAction(new QAction(this)),
      m_log(new QPlainTextEdit)
{
    setObjectName(QStringLiteral("composeDock"));
    for (int i = 0; i < 4; ++i)
        m_kind->addItem(QString());
    m_path->setText(QStringLiteral("mailslot_monitor"));
    m_name->setObjectName(QStringLiteral("resultingName"));
    m_name->setTextFormat(Qt::PlainText);
    m_name->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // One line, cut at the dock's edge (the whole name is in the tooltip), so that the dock can be narrow.
    m_name->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    // Combo boxes as narrow as their shortest useful text, so that the docks leave the stream room.
    for (QComboBox *box : {m_recentBox, m_kind, m_mode, m_encoding}) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(8);
    }
    for (int i = 0; i < 3; ++i)
        m_mode->addItem(QString());
    for (const QString &name : PayloadText::encodingNames())
        m_encoding->addItem(name, name);
    m_text->setTabChangesFocus(true);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_text->setPlainText(QStringLiteral("hello"));
    auto *fileLayout = new QHBoxLayout(m_filePage);
    fileLayout->setContentsMargins(0, 0, 0, 0);
    fileLayout->addWidget(m_file, 1);
    fileLayout->addWidget(m_browse);
    fileLayout->setAlignment(Qt::AlignTop);
    m_payloadStack->addWidget(m_text);
    m_payloadStack->addWidget(m_filePage);
    m_byteCount->setTextFormat(Qt::PlainText);
    // "5 bytes of 424 (network limit)" wraps rather than widening the dock.
    m_byteCount->setWordWrap(true);
    m_repeat->setRange(1, 1000000);
    m_interval->setRange(0, 3600000);
    m_interval->setSingleStep(100);
    m_refusalLabel->setTextFormat(Qt::PlainText);
    m_refusalLabel->setWordWrap(true);
    m_refusalLabel->setObjectName(QStringLiteral("refusal"));
    ErrorPalette::apply(m_refusalLabel, palette());
    m_send->setDefault(true);
    // Ctrl+Return (and Ctrl+Enter on the keypad) sends from anywhere in the dock. An action of
    // its own, since the button's shortcut is its mnemonic (Alt+D), replaced at every setText.
    m_sendAction->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)});
    m_sendAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_sendAction);
    connect(m_sendAction, &QAction::triggered, this, [this] {
        if (m_send->isEnabled())
            send();
    });
    m_stop->setEnabled(false);
    m_log->setReadOnly(true);
    m_log->setMaximumBlockCount(1000);
    m_log->setLineWrapMode(QPlainTextEdit::WidgetWidth);

    m_kindLabel->setBuddy(m_kind);
    m_serverLabel->setBuddy(m_server);
    m_pathLabel->setBuddy(m_path);
    m_recentLabel->setBuddy(m_recentBox);
    m_modeLabel->setBuddy(m_mode);
    m_encodingLabel->setBuddy(m_encoding);
    m_repeatLabel->setBuddy(m_repeat);
    m_intervalLabel->setBuddy(m_interval);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(m_recentLabel, m_recentBox);
    form->addRow(m_kindLabel, m_kind);
    form->addRow(m_serverLabel, m_server);
    form->addRow(m_pathLabel, m_path);
    form->addRow(m_nameLabel, m_name);
    form->addRow(m_modeLabel, m_mode);
    form->addRow(m_encodingLabel, m_encoding);
    form->addRow(m_repeatLabel, m_repeat);
    form->addRow(m_intervalLabel, m_interval);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_byteCount, 1);
    buttons->addWidget(m_stop);
    buttons->addWidget(m_send);

    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->addLayout(form);
    layout->addWidget(m_payloadStack, 1);
    layout->addLayout(buttons);
    // The reason, and the button to the network settings under it (not beside it: the dock's
    // width must not change with the target).
    layout->addWidget(m_refusalLabel);
    layout->addWidget(m_networkButton, 0, Qt::AlignLeft);
    layout->addWidget(m_log, 1);
    setWidget(content);

    connect(m_kind, &QComboBox::currentIndexChanged, this, &ComposeDock::validate);
    connect(m_server, &QLineEdit::textChanged, this, &ComposeDock::validate);
    connect(m_path, &QLineEdit::textChanged, this, &ComposeDock::validate);
    connect(m_mode, &QComboBox::currentIndexChanged, this, [this] {
        m_payloadStack->setCurrentIndex(payloadMode() == PayloadMode::File ? 1 : 0);
        validate();
    });
    connect(m_encoding, &QComboBox::currentIndexChanged, this, &ComposeDock::validate);
    connect(m_text, &QPlainTextEdit::textChanged, this, &ComposeDock::validate);
    connect(m_browse, &QPushButton::clicked, this, &ComposeDock::chooseFile);
    connect(m_recentBox, &QComboBox::activated, this, [this](int index) {
        if (index <= 0)
            return;
        const QString name = m_recentBox->itemText(index);
        const ComposeTarget t = ComposeTarget::fromName(name);
        // A workgroup or domain has the same name form as a computer: the kind was remembered.
        setTargetParts(m_recentDomains.contains(name) ? ComposeTarget::Kind::Domain : t.kind(), t.server(), t.path());
    });
    connect(m_repeat, &QSpinBox::valueChanged, this, &ComposeDock::updateRepeatSuffix);
    connect(m_file, &QLineEdit::textChanged, this, [this] {
        m_fileBytes.reset(); // another file: read once, here
        validate();
    });
    connect(m_send, &QPushButton::clicked, this, &ComposeDock::send);
    m_networkButton->setObjectName(QStringLiteral("networkSettingsButton"));
    m_networkButton->hide();
    connect(m_networkButton, &QPushButton::clicked, this, &ComposeDock::networkSettingsRequested);
    connect(m_stop, &QPushButton::clicked, this, &ComposeDock::stop);
    connect(&m_repeatTimer, &QTimer::timeout, this, &ComposeDock::sendNext);

    retranslateUi();
}

ComposeDock::~ComposeDock()
{
    if (m_job) {
        m_job->wait();
        delete m_job;
    }
}

ComposeTarget ComposeDock::target() const
{
    return ComposeTarget(ComposeTarget::Kind(m_kind->currentIndex()), m_server->text(), m_path->text());
}

void ComposeDock::setTarget(const QString &name)
{
    const ComposeTarget t = ComposeTarget::fromName(name);
    setTargetParts(t.kind(), t.server(), t.path());
}

void ComposeDock::setTargetParts(ComposeTarget::Kind kind, const QString &server, const QString &path)
{
    m_kind->setCurrentIndex(int(kind));
    m_server->setText(server);
    m_path->setText(path);
    validate();
}

QString ComposeDock::targetText() const
{
    return target().text();
}

ComposeDock::PayloadMode ComposeDock::payloadMode() const
{
    return PayloadMode(m_mode->currentIndex());
}

void ComposeDock::setPayloadMode(PayloadMode mode)
{
    m_mode->setCurrentIndex(int(mode));
}

void ComposeDock::setPayloadText(const QString &text)
{
    m_text->setPlainText(text);
}

void ComposeDock::setFilePath(const QString &path)
{
    m_file->setText(path);
}

void ComposeDock::setEncoding(const QString &encodingName)
{
    const auto encoding = PayloadText::encodingFromName(encodingName);
    if (encoding)
        m_encoding->setCurrentIndex(m_encoding->findData(PayloadText::encodingName(*encoding)));
}

void ComposeDock::setRepeat(int count, int intervalMs)
{
    m_repeat->setValue(count);
    m_interval->setValue(intervalMs);
}

std::optional<QByteArray> ComposeDock::payload(QString *error) const
{
    switch (payloadMode()) {
    case PayloadMode::Text: {
        const auto encoding = PayloadText::encodingFromName(m_encoding->currentData().toString());
        return PayloadText::encode(m_text->toPlainText(), encoding.value_or(PayloadText::Encoding::Utf8), error);
    }
    case PayloadMode::Hex:
        return PayloadText::parseHex(m_text->toPlainText(), error);
    case PayloadMode::File: {
        if (m_file->text().isEmpty()) {
            if (error)
                *error = tr("Choose a file.");
            return std::nullopt;
        }
        // Read once when the file is chosen (and again on send): validation only uses the cache.
        if (!m_fileBytes)
            m_fileBytes = readFile(m_file->text());
        if (!m_fileBytes->error.isEmpty()) {
            if (error)
                *error = m_fileBytes->error;
            return std::nullopt;
        }
        return m_fileBytes->bytes;
    }
    }
    return std::nullopt;
}

ComposeDock::FileBytes ComposeDock::readFile(const QString &path)
{
    FileBytes result;
    QFile file(path);
    if (file.size() > kMaxFileSize) {
        result.error = tr("The file is larger than %1 bytes.").arg(QLocale().toString(kMaxFileSize));
        return result;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        result.error = tr("Cannot read %1: %2").arg(path, file.errorString());
        return result;
    }
    result.bytes = file.readAll();
    return result;
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

void ComposeDock::validate()
{
    const ComposeTarget t = target();
    const bool needsServer = t.kind() == ComposeTarget::Kind::Computer || t.kind() == ComposeTarget::Kind::Domain;
    m_server->setEnabled(needsServer);
    m_serverLabel->setEnabled(needsServer);
    m_encoding->setEnabled(payloadMode() == PayloadMode::Text);
    m_encodingLabel->setEnabled(payloadMode() == PayloadMode::Text);

    MailslotError nameError;
    const MailslotName name = t.name(&nameError);
    m_name->setText(name.isValid() ? name.canonical() : t.text());
    m_name->setToolTip(PlainToolTip::fromText(m_name->text()));

    QString payloadError;
    const std::optional<QByteArray> bytes = payload(&payloadError);
    const qsizetype size = bytes ? bytes->size() : 0;
    QString count = bytes ? tr("%n byte(s)", nullptr, int(size)) : tr("Payload: %1").arg(payloadError);
#ifdef Q_OS_WIN
    const bool network = true; // the system carries writes to other computers (there is no bridge to turn on)
#else
    const bool network = m_registry->isNetworkEnabled();
#endif
    if (bytes && name.isValid() && !name.isLocal())
        count = tr("%1 of %2 (network limit)").arg(count, QLocale().toString(ComposeTarget::networkLimit(name)));
    m_byteCount->setText(count);

    if (!name.isValid())
        m_refusalText = nameError.isError() ? nameError.message() : tr("The target is not a valid mailslot name.");
    else if (!bytes)
        m_refusalText = payloadError;
    else
        m_refusalText = ComposeTarget::refusalReason(name, size, network);
    m_refusalLabel->setText(m_refusalText);
    m_refusalLabel->setVisible(!m_refusalText.isEmpty());
    m_networkButton->setVisible(bytes && ComposeTarget::needsNetwork(name, size, network));
    m_send->setEnabled(canSend() && !isSending() && !m_networkJobRunning);
    m_send->setToolTip(m_refusalText.isEmpty()
                           ? tr("Send the message (%1)").arg(m_sendAction->shortcut().toString(QKeySequence::NativeText))
                           : PlainToolTip::fromText(m_refusalText));
}

bool ComposeDock::send()
{
    if (isSending())
        return false;
    if (payloadMode() == PayloadMode::File)
        m_fileBytes.reset(); // what the file holds now
    validate();
    if (!canSend()) {
        finishRun(false, tr("Not sent: %1").arg(m_refusalText));
        return false;
    }
    const MailslotName name = target().name();
    m_runTarget = name.canonical();
    m_runKind = target().kind();
#ifdef Q_OS_WIN
    m_runIsNetwork = false; // every name form is written through the system (MailslotRegistry::send)
#else
    m_runIsNetwork = !name.isLocal();
#endif
    m_runPayload = *payload();
    m_remaining = m_repeat->value();
    m_sent = 0;
    m_datagramsSent = 0;
    m_lastRoute.clear();
    m_send->setEnabled(false);
    m_stop->setEnabled(m_remaining > 1);
    m_repeatTimer.setInterval(m_interval->value());
    sendNext();
    return true;
}

void ComposeDock::sendNext()
{
    if (m_runIsNetwork) {
        sendNetworkNext();
        return;
    }
    const int burst = m_interval->value() == 0 ? kBurst : 1;
    for (int i = 0; i < burst && m_remaining > 0; ++i) {
        // No waiting on a full queue: the window never blocks.
        const MailslotError error = m_registry->send(m_runTarget, m_runPayload, 0);
        if (error) {
            finishRun(false, tr("Failed after %n message(s) to %1: %2", nullptr, m_sent).arg(m_runTarget, error.toString()));
            return;
        }
        ++m_sent;
        --m_remaining;
    }
    if (m_remaining > 0) {
        if (!m_repeatTimer.isActive())
            m_repeatTimer.start();
        return;
    }
    finishRun(true, tr("Sent %n message(s) of %1 bytes to %2", nullptr, m_sent)
                        .arg(QLocale().toString(m_runPayload.size()), m_runTarget));
}

void ComposeDock::sendNetworkNext()
{
    if (m_networkJobRunning || m_remaining <= 0)
        return;
    if (!m_registry->isNetworkEnabled()) {
        finishRun(false, tr("Stopped after %n message(s) to %1: the network was turned off", nullptr, m_sent).arg(m_runTarget));
        return;
    }
    // With no interval every remaining message goes in one job (the target is resolved once);
    // with an interval, one message per tick.
    const int count = m_interval->value() == 0 ? m_remaining : 1;
    struct Job
    {
        MailslotError error;
        NetworkSender::Report report;
    };
    auto job = std::make_shared<Job>();
    NetworkSender::Options options = m_registry->networkOptions();
    // \\NAME\... of a workgroup or domain goes as a group datagram (DIRECT_GROUP), like --domain.
    options.domain = m_runKind == ComposeTarget::Kind::Domain;
    const QString target = m_runTarget;
    const QByteArray payload = m_runPayload;
    // A registry of the worker's own, with the same network options: the send runs there.
    QThread *thread = QThread::create([job, options, target, payload, count] {
        MailslotRegistry registry;
        registry.enableNetwork(options);
        job->error = registry.sendNetwork(target, payload, quint64(count), &job->report);
    });
    thread->setObjectName(QStringLiteral("mailslot-compose-send"));
    m_networkJobRunning = true;
    m_job = thread;
    connect(thread, &QThread::finished, this, [this, thread, job, count, port = options.port] {
        thread->deleteLater();
        m_job = nullptr;
        m_networkJobRunning = false;
        if (m_remaining <= 0) {
            validate(); // stopped meanwhile (the outcome was logged): Send is usable again
            return;
        }
        if (job->error) {
            finishRun(false, tr("Failed after %n message(s) to %1: %2", nullptr, m_sent).arg(m_runTarget, job->error.toString()));
            return;
        }
        QStringList where;
        for (const NetworkSender::Destination &d : std::as_const(job->report.destinations))
            where.append(d.interfaceName.isEmpty() ? d.address.toString()
                                                   : QStringLiteral("%1 (%2)").arg(d.address.toString(), d.interfaceName));
        m_lastRoute = tr("as %1 to %2 at %3 port %4")
                          .arg(mailslot::wire::NetbiosDatagram::messageTypeName(job->report.msgType),
                               job->report.destinationName.toDisplayString(), where.join(QStringLiteral(", ")))
                          .arg(port);
        m_datagramsSent += job->report.datagramsSent;
        m_sent += count;
        m_remaining -= count;
        if (m_remaining > 0) {
            m_repeatTimer.start();
            return;
        }
        finishRun(true, tr("Sent %n message(s) of %1 bytes to %2", nullptr, m_sent)
                                .arg(QLocale().toString(m_runPayload.size()), m_runTarget)
                            + QLatin1Char(' ')
                            + tr("in %n datagram(s) %1", nullptr, int(qMin<quint64>(m_datagramsSent, 0x7FFFFFFF))).arg(m_lastRoute));
    });
    thread->start();
}

void ComposeDock::networkStateChanged()
{
    validate();
}

void ComposeDock::stop()
{
    if (!isSending())
        return;
    finishRun(false, tr("Stopped after %n message(s) to %1", nullptr, m_sent).arg(m_runTarget));
}

void ComposeDock::finishRun(bool ok, const QString &text)
{
    // Only a target that worked is worth choosing again.
    if (ok)
        rememberTarget(m_runTarget, m_runKind);
    m_repeatTimer.stop();
    m_remaining = 0;
    m_stop->setEnabled(false);
    m_log->appendPlainText(QStringLiteral("%1  %2").arg(QTime::currentTime().toString(QStringLiteral("HH:mm:ss.zzz")),
                                                        text));
    validate();
    emit statusMessage(text);
    emit sendFinished(ok, text);
}

void ComposeDock::rememberTarget(const QString &name, ComposeTarget::Kind kind)
{
    m_recent.removeAll(name);
    m_recent.prepend(name);
    m_recentDomains.removeAll(name);
    if (kind == ComposeTarget::Kind::Domain)
        m_recentDomains.append(name);
    while (m_recent.size() > kMaxRecentTargets)
        m_recent.removeLast();
    setRecentTargets(m_recent, m_recentDomains);
}

void ComposeDock::setRecentTargets(const QStringList &targets, const QStringList &domains)
{
    m_recent = targets.mid(0, kMaxRecentTargets);
    QStringList kept; // (domains may be m_recentDomains itself)
    for (const QString &name : domains) {
        if (m_recent.contains(name) && !kept.contains(name))
            kept.append(name);
    }
    m_recentDomains = kept;
    const QSignalBlocker blocker(m_recentBox);
    m_recentBox->clear();
    m_recentBox->addItem(tr("(choose a recent target)"));
    m_recentBox->addItems(m_recent);
    m_recentBox->setEnabled(!m_recent.isEmpty());
}

void ComposeDock::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Send File Contents"), m_file->text());
    if (!path.isEmpty())
        m_file->setText(path); // read once, by the textChanged connection
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
    m_recentLabel->setText(tr("Rec&ent:"));
    m_recentBox->setAccessibleName(tr("Recent targets"));
    m_kindLabel->setText(tr("&Target:"));
    m_kind->setItemText(0, tr("This computer"));
    m_kind->setItemText(1, tr("A computer"));
    m_kind->setItemText(2, tr("A workgroup or domain"));
    m_kind->setItemText(3, tr("Every computer (*)"));
    m_kind->setAccessibleName(tr("Target kind"));
    m_serverLabel->setText(tr("C&omputer or domain:"));
    m_server->setPlaceholderText(tr("e.g. WORKSTATION1 or WORKGROUP"));
    m_server->setAccessibleName(tr("Computer or domain name"));
    m_pathLabel->setText(tr("&Slot:"));
    m_path->setPlaceholderText(tr("e.g. mailslot_monitor or messngr"));
    m_path->setAccessibleName(tr("Slot path"));
    m_nameLabel->setText(tr("Name:"));
    m_name->setAccessibleName(tr("Resulting mailslot name"));
    m_modeLabel->setText(tr("&Payload:"));
    m_mode->setItemText(0, tr("Text"));
    m_mode->setItemText(1, tr("Hex bytes"));
    m_mode->setItemText(2, tr("File contents"));
    m_mode->setAccessibleName(tr("Payload kind"));
    m_encodingLabel->setText(tr("E&ncoding:"));
    m_encoding->setAccessibleName(tr("Text encoding"));
    // The OEM code page of the user's locale (as Windows chooses it) is marked.
    const mailslot::wire::OemLocaleDefault oem = mailslot::wire::OemCodec::systemDefault();
    const int localeItem = m_encoding->findData(mailslot::wire::OemCodec::key(oem.codePage));
    if (localeItem >= 0) {
        m_encoding->setItemText(localeItem, tr("%1 (from the locale)").arg(m_encoding->itemData(localeItem).toString()));
        m_encoding->setItemData(localeItem, oem.description(), Qt::ToolTipRole);
    }
    m_text->setAccessibleName(tr("Payload"));
    m_text->setPlaceholderText(tr("Message text, or hex bytes such as 48 65 6c 6c 6f"));
    m_file->setAccessibleName(tr("File to send"));
    m_browse->setText(tr("&Browse..."));
    m_repeatLabel->setText(tr("&Repeat:"));
    updateRepeatSuffix();
    m_repeat->setAccessibleName(tr("Repeat count"));
    m_intervalLabel->setText(tr("&Interval:"));
    m_interval->setSuffix(tr(" ms"));
    m_interval->setAccessibleName(tr("Interval between messages"));
    m_send->setText(tr("Sen&d"));
    m_networkButton->setText(tr("&Network Settings..."));
    m_networkButton->setToolTip(tr("Turn the network on to send to other computers"));
    m_stop->setText(tr("Sto&p"));
    m_log->setAccessibleName(tr("Send outcomes"));
    m_log->setPlaceholderText(tr("The outcome of every send appears here."));
    m_sendAction->setText(tr("Send"));
    setRecentTargets(m_recent, m_recentDomains);
    validate();
}
