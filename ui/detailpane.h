// The detail of the selected message: a summary line, a hex + ASCII dump, the payload as text in
// a chosen encoding, and copy as text, hex or C array.
//
// Network layer (later): a "Fields" tab with the decoded BROWSE/LANMAN/MESSNGR/NETLOGON fields
// as a tree goes next to the Hex and Text tabs (m_tabs).
#pragma once

#include "mailslotmessage.h"
#include "payloadtext.h"

#include <QWidget>

class HexDumpWidget;
class QComboBox;
class QLabel;
class QPlainTextEdit;
class QTabWidget;
class QToolButton;

class DetailPane : public QWidget
{
    Q_OBJECT

public:
    // The text tab shows at most this many bytes of a payload (copy as text takes all of it).
    static constexpr qsizetype kTextViewLimit = 256 * 1024;

    explicit DetailPane(QWidget *parent = nullptr);

    void setMessage(const MailslotMessage &message);
    void clearMessage();
    bool hasMessage() const { return m_hasMessage; }
    MailslotMessage message() const { return m_message; }

    PayloadText::Encoding encoding() const;
    void setEncoding(PayloadText::Encoding encoding);

    HexDumpWidget *hexView() const { return m_hex; }
    QPlainTextEdit *textView() const { return m_text; }
    QTabWidget *tabs() const { return m_tabs; }
    QString summaryText() const;

    // "48 65 6c 6c 6f" (16 bytes a line).
    static QString toHex(const QByteArray &bytes);
    // "const unsigned char message[5] = {\n    0x48, ...\n};"
    static QString toCArray(const QByteArray &bytes);

    void copyAsText();
    void copyAsHex();
    void copyAsCArray();

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateText();
    void updateSummary();
    void retranslateUi();

    QLabel *m_summary;
    QTabWidget *m_tabs;
    HexDumpWidget *m_hex;
    QWidget *m_textPage;
    QLabel *m_encodingLabel;
    QComboBox *m_encoding;
    QLabel *m_truncated;
    QPlainTextEdit *m_text;
    QToolButton *m_copyText;
    QToolButton *m_copyHex;
    QToolButton *m_copyC;
    MailslotMessage m_message;
    bool m_hasMessage = false;
    bool m_textDirty = true;
};
