#include "detailpane.h"

#include "hexdumpwidget.h"
#include "messagemodel.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QEvent>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QTabWidget>
#include <QToolButton>
#include <QVBoxLayout>

DetailPane::DetailPane(QWidget *parent)
    : QWidget(parent),
      m_summary(new QLabel(this)),
      m_tabs(new QTabWidget(this)),
      m_hex(new HexDumpWidget),
      m_textPage(new QWidget),
      m_encodingLabel(new QLabel),
      m_encoding(new QComboBox),
      m_truncated(new QLabel),
      m_text(new QPlainTextEdit),
      m_copyText(new QToolButton(this)),
      m_copyHex(new QToolButton(this)),
      m_copyC(new QToolButton(this))
{
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);

    for (const PayloadText::Encoding e : {PayloadText::Encoding::Utf8, PayloadText::Encoding::Utf16Le,
                                          PayloadText::Encoding::Latin1, PayloadText::Encoding::Cp437,
                                          PayloadText::Encoding::Cp850})
        m_encoding->addItem(QString(), int(e));
    m_encodingLabel->setBuddy(m_encoding);
    m_truncated->setTextFormat(Qt::PlainText);
    m_truncated->setForegroundRole(QPalette::PlaceholderText);
    m_truncated->hide();
    m_text->setReadOnly(true);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_text->setLineWrapMode(QPlainTextEdit::WidgetWidth);

    auto *encodingRow = new QHBoxLayout;
    encodingRow->addWidget(m_encodingLabel);
    encodingRow->addWidget(m_encoding);
    encodingRow->addWidget(m_truncated, 1);
    auto *textLayout = new QVBoxLayout(m_textPage);
    textLayout->setContentsMargins(4, 4, 4, 4);
    textLayout->addLayout(encodingRow);
    textLayout->addWidget(m_text);

    m_tabs->addTab(m_hex, QString());
    m_tabs->addTab(m_textPage, QString());
    // Network layer (later): m_tabs->addTab(<decoded fields tree>, tr("Fields")).

    auto *copyButtons = new QWidget;
    auto *copyLayout = new QHBoxLayout(copyButtons);
    copyLayout->setContentsMargins(0, 0, 0, 2);
    copyLayout->setSpacing(2);
    for (QToolButton *button : {m_copyText, m_copyHex, m_copyC}) {
        button->setParent(copyButtons);
        button->setAutoRaise(true);
        copyLayout->addWidget(button);
    }
    m_tabs->setCornerWidget(copyButtons, Qt::TopRightCorner);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_summary);
    layout->addWidget(m_tabs, 1);

    connect(m_encoding, &QComboBox::currentIndexChanged, this, [this] {
        m_textDirty = true;
        updateText();
    });
    connect(m_tabs, &QTabWidget::currentChanged, this, &DetailPane::updateText);
    connect(m_copyText, &QToolButton::clicked, this, &DetailPane::copyAsText);
    connect(m_copyHex, &QToolButton::clicked, this, &DetailPane::copyAsHex);
    connect(m_copyC, &QToolButton::clicked, this, &DetailPane::copyAsCArray);

    retranslateUi();
    clearMessage();
}

void DetailPane::setMessage(const MailslotMessage &message)
{
    m_message = message;
    m_hasMessage = true;
    m_hex->setData(message.payload);
    m_textDirty = true;
    updateText();
    updateSummary();
    for (QToolButton *button : {m_copyText, m_copyHex, m_copyC})
        button->setEnabled(true);
}

void DetailPane::clearMessage()
{
    m_message = MailslotMessage();
    m_hasMessage = false;
    m_hex->setData({});
    m_text->clear();
    m_truncated->hide();
    m_textDirty = false;
    updateSummary();
    for (QToolButton *button : {m_copyText, m_copyHex, m_copyC})
        button->setEnabled(false);
}

PayloadText::Encoding DetailPane::encoding() const
{
    return PayloadText::Encoding(m_encoding->currentData().toInt());
}

void DetailPane::setEncoding(PayloadText::Encoding encoding)
{
    m_encoding->setCurrentIndex(m_encoding->findData(int(encoding)));
}

void DetailPane::updateText()
{
    // Decoded only when the text tab is shown.
    if (!m_textDirty || m_tabs->currentWidget() != m_textPage)
        return;
    m_textDirty = false;
    const QByteArray &payload = m_message.payload;
    const bool truncated = payload.size() > kTextViewLimit;
    m_text->setPlainText(PayloadText::decode(QByteArrayView(payload).first(qMin(payload.size(), kTextViewLimit)), encoding()));
    m_truncated->setText(truncated ? tr("Showing the first %1 of %2 bytes; Copy as Text copies all of them.")
                                         .arg(QLocale().toString(kTextViewLimit), QLocale().toString(payload.size()))
                                   : QString());
    m_truncated->setVisible(truncated);
}

QString DetailPane::summaryText() const
{
    return m_summary->text();
}

void DetailPane::updateSummary()
{
    if (!m_hasMessage) {
        m_summary->setText(tr("No message selected."));
        return;
    }
    m_summary->setText(tr("#%1  %2  %3  from %4  %n byte(s)", nullptr, int(m_message.payload.size()))
                           .arg(m_message.sequence)
                           .arg(MessageModel::timeText(m_message.timestamp), m_message.slot,
                                MessageModel::sourceText(m_message)));
}

QString DetailPane::toHex(const QByteArray &bytes)
{
    QString out;
    out.reserve(bytes.size() * 3);
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        if (i > 0)
            out.append(i % HexDumpWidget::kBytesPerLine == 0 ? QLatin1Char('\n') : QLatin1Char(' '));
        out.append(QString::number(static_cast<unsigned char>(bytes[i]), 16).rightJustified(2, QLatin1Char('0')));
    }
    return out;
}

QString DetailPane::toCArray(const QByteArray &bytes)
{
    QString out = QStringLiteral("const unsigned char message[%1] = {").arg(bytes.size());
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        if (i % 12 == 0)
            out.append(QLatin1String("\n    "));
        out.append(QStringLiteral("0x%1").arg(static_cast<unsigned char>(bytes[i]), 2, 16, QLatin1Char('0')));
        if (i + 1 < bytes.size())
            out.append(i % 12 == 11 ? QLatin1String(",") : QLatin1String(", "));
    }
    out.append(QLatin1String("\n};\n"));
    return out;
}

void DetailPane::copyAsText()
{
    if (m_hasMessage)
        QGuiApplication::clipboard()->setText(PayloadText::decode(m_message.payload, encoding()));
}

void DetailPane::copyAsHex()
{
    if (m_hasMessage)
        QGuiApplication::clipboard()->setText(toHex(m_message.payload));
}

void DetailPane::copyAsCArray()
{
    if (m_hasMessage)
        QGuiApplication::clipboard()->setText(toCArray(m_message.payload));
}

void DetailPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void DetailPane::retranslateUi()
{
    m_tabs->setTabText(0, tr("He&x"));
    m_tabs->setTabText(1, tr("&Text"));
    m_tabs->setAccessibleName(tr("Message detail"));
    m_hex->setAccessibleName(tr("Hexadecimal dump"));
    m_text->setAccessibleName(tr("Message text"));
    m_encodingLabel->setText(tr("&Encoding:"));
    m_encoding->setAccessibleName(tr("Text encoding"));
    const QStringList names{tr("UTF-8"), tr("UTF-16LE"), tr("Latin-1 (ISO 8859-1)"), tr("OEM 437 (US)"),
                            tr("OEM 850 (Western Europe)")};
    for (int i = 0; i < names.size() && i < m_encoding->count(); ++i)
        m_encoding->setItemText(i, names[i]);
    m_copyText->setText(tr("Copy as Text"));
    m_copyHex->setText(tr("Copy as Hex"));
    m_copyC->setText(tr("Copy as C Array"));
    m_summary->setAccessibleName(tr("Selected message"));
    updateSummary();
    if (m_truncated->isVisible()) {
        m_textDirty = true;
        updateText();
    }
}
