// The detail of the selected message: a summary line, a hex + ASCII dump, the payload as text in
// a chosen encoding, the decoded fields as a tree (for network messages the NetBIOS datagram
// header and the SMB mailslot write too, then the BROWSE/LANMAN/MESSNGR/NETLOGON fields), and
// copy as text, hex or C array. Everything from the payload is shown as plain text.
#pragma once

#include "core/stream/streamrow.h"
#include "core/text/payloadtext.h"
#include "core/wire/decodedpayload.h"

#include <QWidget>

class HexDumpWidget;
class QComboBox;
class QLabel;
class QPlainTextEdit;
class QTabWidget;
class QToolButton;
class QTreeWidget;
class QTreeWidgetItem;

class DetailPane : public QWidget
{
    Q_OBJECT

public:
    // The text tab shows at most this many bytes of a payload (copy as text takes all of it).
    static constexpr qsizetype kTextViewLimit = 256 * 1024;

    explicit DetailPane(QWidget *parent = nullptr);

    enum Tab { HexTab, TextTab, DecodedTab };

    // A network or capture row shows its datagram's header fields too.
    void setMessage(const StreamRow &row);
    void clearMessage();
    bool hasMessage() const { return m_hasMessage; }
    StreamRow message() const { return m_message; }

    PayloadText::Encoding encoding() const;
    void setEncoding(PayloadText::Encoding encoding);

    HexDumpWidget *hexView() const { return m_hex; }
    QPlainTextEdit *textView() const { return m_text; }
    QTabWidget *tabs() const { return m_tabs; }
    QTreeWidget *decodedTree() const { return m_tree; }
    // "label\tvalue" lines of the decoded tree, indented by depth (for copy and tests).
    QString decodedText() const;
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
    void resizeEvent(QResizeEvent *event) override;

private:
    void updateText();
    void updateSummary();
    void updateTree();
    void addDecodedItems();
    void addMessageItems();
    static QVariant fieldValue(const mailslot::wire::DecodedPayload::Field &field);
    void fitFieldColumn();
    void addDatagramItems(const ObservedDatagram &datagram);
    QTreeWidgetItem *addTreeItem(QTreeWidgetItem *parent, const QString &label, const QVariant &value = {});
    void retranslateUi();

    QLabel *m_summary;
    QTabWidget *m_tabs;
    HexDumpWidget *m_hex;
    QWidget *m_textPage;
    QLabel *m_encodingLabel;
    QComboBox *m_encoding;
    QLabel *m_truncated;
    QPlainTextEdit *m_text;
    QTreeWidget *m_tree;
    QToolButton *m_copyText;
    QToolButton *m_copyHex;
    QToolButton *m_copyC;
    StreamRow m_message;
    bool m_hasMessage = false;
    bool m_textDirty = true;
};
