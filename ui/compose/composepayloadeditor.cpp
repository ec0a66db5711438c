#include "ui/compose/composepayloadeditor.h"

#include "core/text/payloadtext.h"
#include "core/wire/oemcodec.h"
#include "ui/common/formlabels.h"

#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStackedWidget>

ComposePayloadEditor::ComposePayloadEditor(QFormLayout *form, QObject *parent)
    : QObject(parent),
      m_form(form),
      m_mode(new QComboBox),
      m_encoding(new QComboBox),
      m_stack(new QStackedWidget),
      m_text(new QPlainTextEdit),
      m_file(new QLineEdit),
      m_browse(new QPushButton)
{
    createWidgets();
    FormLabels::addRow(form, m_mode);
    FormLabels::addRow(form, m_encoding);
    connect(m_mode, &QComboBox::currentIndexChanged, this, &ComposePayloadEditor::modeChanged);
    connect(m_encoding, &QComboBox::currentIndexChanged, this, &ComposePayloadEditor::changed);
    connect(m_text, &QPlainTextEdit::textChanged, this, &ComposePayloadEditor::changed);
    connect(m_browse, &QPushButton::clicked, this, &ComposePayloadEditor::chooseFile);
    connect(m_file, &QLineEdit::textChanged, this, [this] {
        m_fileBytes.reset(); // another file: read once, at the next check
        emit changed();
    });
}

void ComposePayloadEditor::createWidgets()
{
    m_mode->setObjectName(QStringLiteral("composePayloadMode"));
    m_encoding->setObjectName(QStringLiteral("composeEncoding"));
    m_text->setObjectName(QStringLiteral("composePayload"));
    m_file->setObjectName(QStringLiteral("composeFile"));
    m_browse->setObjectName(QStringLiteral("composeBrowse"));
    for (int i = 0; i < 3; ++i)
        m_mode->addItem(QString());
    for (const PayloadText::Encoding encoding : PayloadText::encodings())
        m_encoding->addItem(QString(), PayloadText::encodingName(encoding)); // titled in retranslateUi()
    for (QComboBox *box : {m_mode, m_encoding}) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(8);
    }
    m_text->setTabChangesFocus(true);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_text->setPlainText(QStringLiteral("hello"));
    auto *filePage = new QWidget;
    auto *fileLayout = new QHBoxLayout(filePage);
    fileLayout->setContentsMargins(0, 0, 0, 0);
    fileLayout->addWidget(m_file, 1);
    fileLayout->addWidget(m_browse);
    fileLayout->setAlignment(Qt::AlignTop);
    m_stack->addWidget(m_text);
    m_stack->addWidget(filePage);
}

QWidget *ComposePayloadEditor::editor() const
{
    return m_stack;
}

ComposePayloadEditor::Mode ComposePayloadEditor::mode() const
{
    return Mode(m_mode->currentIndex());
}

void ComposePayloadEditor::setMode(Mode mode)
{
    m_mode->setCurrentIndex(int(mode));
}

void ComposePayloadEditor::setText(const QString &text)
{
    m_text->setPlainText(text);
}

void ComposePayloadEditor::setFilePath(const QString &path)
{
    m_file->setText(path);
}

void ComposePayloadEditor::setEncoding(const QString &encodingName)
{
    if (const auto encoding = PayloadText::encodingFromName(encodingName))
        m_encoding->setCurrentIndex(m_encoding->findData(PayloadText::encodingName(*encoding)));
}

void ComposePayloadEditor::modeChanged()
{
    const bool text = mode() == Mode::Text;
    m_stack->setCurrentIndex(mode() == Mode::File ? 1 : 0);
    m_encoding->setEnabled(text);
    if (QWidget *label = m_form->labelForField(m_encoding))
        label->setEnabled(text);
    emit changed();
}

std::optional<QByteArray> ComposePayloadEditor::payload(QString *error) const
{
    switch (mode()) {
    case Mode::Text: {
        const auto encoding = PayloadText::encodingFromName(m_encoding->currentData().toString());
        return PayloadText::encode(m_text->toPlainText(), encoding.value_or(PayloadText::Encoding::Utf8), error);
    }
    case Mode::Hex:
        return PayloadText::parseHex(m_text->toPlainText(), error);
    case Mode::File:
        return fileBytes(error);
    }
    return std::nullopt;
}

std::optional<QByteArray> ComposePayloadEditor::fileBytes(QString *error) const
{
    if (m_file->text().isEmpty()) {
        if (error)
            *error = tr("Choose a file.");
        return std::nullopt;
    }
    // Read once when the file is chosen (and again on send): checks only use the cache.
    if (!m_fileBytes)
        m_fileBytes = readFile(m_file->text());
    if (!m_fileBytes->error.isEmpty()) {
        if (error)
            *error = m_fileBytes->error;
        return std::nullopt;
    }
    return m_fileBytes->bytes;
}

void ComposePayloadEditor::reloadFile()
{
    m_fileBytes.reset();
}

ComposePayloadEditor::FileBytes ComposePayloadEditor::readFile(const QString &path)
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

void ComposePayloadEditor::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(m_browse, tr("Send File Contents"), m_file->text());
    if (!path.isEmpty())
        m_file->setText(path); // read once, by the textChanged connection
}

QString ComposePayloadEditor::encodingTitle(int item) const
{
    const auto encoding = PayloadText::encodingFromName(m_encoding->itemData(item).toString());
    return encoding ? PayloadText::encodingTitle(*encoding) : m_encoding->itemData(item).toString();
}

void ComposePayloadEditor::retranslateUi()
{
    FormLabels::setText(m_form, m_mode, tr("&Payload:"));
    m_mode->setItemText(0, tr("Text"));
    m_mode->setItemText(1, tr("Hex bytes"));
    m_mode->setItemText(2, tr("File contents"));
    m_mode->setAccessibleName(tr("Payload kind"));
    FormLabels::setText(m_form, m_encoding, tr("E&ncoding:"));
    m_encoding->setAccessibleName(tr("Text encoding"));
    // The OEM code page of the user's locale (as Windows chooses it) is marked.
    const mailslot::wire::OemLocaleDefault oem = mailslot::wire::OemCodec::systemDefault();
    const int localeItem = m_encoding->findData(mailslot::wire::OemCodec::key(oem.codePage));
    for (int i = 0; i < m_encoding->count(); ++i)
        m_encoding->setItemText(i, encodingTitle(i));
    if (localeItem >= 0) {
        m_encoding->setItemText(localeItem, tr("%1 (from the locale)").arg(encodingTitle(localeItem)));
        m_encoding->setItemData(localeItem, oem.description(), Qt::ToolTipRole);
    }
    m_text->setAccessibleName(tr("Payload"));
    m_text->setPlaceholderText(tr("Message text, or hex bytes such as 48 65 6c 6c 6f"));
    m_file->setAccessibleName(tr("File to send"));
    m_browse->setText(tr("&Browse..."));
}
