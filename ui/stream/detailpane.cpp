#include "ui/stream/detailpane.h"

#include "core/text/decodedsummary.h"
#include "ui/stream/hexdumpwidget.h"
#include "ui/stream/messagemodel.h"
#include "core/wire/browsedecoder.h"
#include "core/wire/malformedreason.h"
#include "core/wire/netbiosdatagram.h"

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
#include <QAction>
#include <functional>
#include <QHeaderView>
#include <QJsonArray>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using mailslot::wire::ParsedDatagram;

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
      m_tree(new QTreeWidget),
      m_copyText(new QToolButton(this)),
      m_copyHex(new QToolButton(this)),
      m_copyC(new QToolButton(this))
{
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);

    for (const PayloadText::Encoding e : PayloadText::encodings())
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

    m_tree->setObjectName(QStringLiteral("decodedTree"));
    m_tree->setColumnCount(2);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->setTextElideMode(Qt::ElideRight);
    m_tree->header()->setStretchLastSection(true);
    m_tree->setColumnWidth(0, m_tree->fontMetrics().averageCharWidth() * 30);
    m_tree->setContextMenuPolicy(Qt::ActionsContextMenu);
    auto *copyField = new QAction(m_tree);
    copyField->setObjectName(QStringLiteral("copyFieldAction"));
    copyField->setShortcut(QKeySequence::Copy);
    copyField->setShortcutContext(Qt::WidgetShortcut);
    m_tree->addAction(copyField);
    connect(copyField, &QAction::triggered, this, [this] {
        if (QTreeWidgetItem *item = m_tree->currentItem())
            QGuiApplication::clipboard()->setText(item->text(1).isEmpty() ? item->text(0)
                                                                          : item->text(0) + QStringLiteral(": ") + item->text(1));
    });

    m_tabs->addTab(m_hex, QString());
    m_tabs->addTab(m_textPage, QString());
    m_tabs->addTab(m_tree, QString());

    auto *copyButtons = new QWidget;
    auto *copyLayout = new QHBoxLayout(copyButtons);
    copyLayout->setContentsMargins(0, 0, 0, 2);
    copyLayout->setSpacing(2);
    m_copyText->setObjectName(QStringLiteral("copyTextButton"));
    m_copyHex->setObjectName(QStringLiteral("copyHexButton"));
    m_copyC->setObjectName(QStringLiteral("copyCArrayButton"));
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

void DetailPane::setMessage(const StreamRow &row)
{
    m_message = row;
    m_hasMessage = true;
    m_hex->setData(row.payload);
    m_textDirty = true;
    updateText();
    updateSummary();
    updateTree();
    for (QToolButton *button : {m_copyText, m_copyHex, m_copyC})
        button->setEnabled(true);
}

void DetailPane::clearMessage()
{
    m_message = StreamRow();
    m_hasMessage = false;
    m_hex->setData({});
    m_text->clear();
    updateTree();
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
    // %Ln: the size in the user's locale (1.048.576 in Spanish), with its plural form.
    m_summary->setText(tr("#%1  %2  %3  from %4  %Ln byte(s)", nullptr, int(m_message.payload.size()))
                           .arg(m_message.sequence)
                           .arg(MessageModel::timeText(m_message.time()), m_message.slot,
                                MessageModel::sourceText(m_message)));
}

QTreeWidgetItem *DetailPane::addTreeItem(QTreeWidgetItem *parent, const QString &label, const QVariant &value)
{
    auto *item = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(m_tree);
    item->setText(0, label);
    if (value.typeId() == QMetaType::QStringList) {
        const QStringList list = value.toStringList();
        item->setText(1, DecodedSummary::oneLine(list.join(QStringLiteral(", ")), 400));
        for (const QString &element : list)
            addTreeItem(item, QString(), element);
    } else if (value.isValid()) {
        // One line of plain text: control characters are replaced, never interpreted.
        item->setText(1, DecodedSummary::oneLine(value.toString(), 2000));
    }
    return item;
}

void DetailPane::updateTree()
{
    m_tree->clear();
    if (!m_hasMessage)
        return;
    // What the payload says first (the decoded fields), then where it came from.
    addDecodedItems();
    addMessageItems();
    if (m_message.datagram)
        addDatagramItems(*m_message.datagram);
    m_tree->expandAll();
    fitFieldColumn();
}

void DetailPane::addDecodedItems()
{
    const ObservedDatagram *d = m_message.datagram.get();
    const ObservedDatagram::Expanded e = d ? d->expanded() : ObservedDatagram::Expanded();
    if (d && !e.parsed.isMailslotWrite()) {
        QTreeWidgetItem *bad = addTreeItem(nullptr, tr("Malformed"), mailslot::wire::malformedReasonText(e.parsed.malformed));
        addTreeItem(bad, tr("Reason key"), mailslot::wire::malformedReasonKey(e.parsed.malformed));
    }
    if (d && e.decoded) {
        const mailslot::wire::DecodedPayload &decoded = *e.decoded;
        // The kind as people say it ("Host announcement"), not its key (browse.hostAnnouncement).
        QTreeWidgetItem *top = addTreeItem(nullptr, tr("Message"), DecodedSummary::kindTitle(decoded.kind()));
        for (const mailslot::wire::DecodedPayload::Field &field : decoded.fields()) {
            if (field.key == QLatin1String("serverTypeNames"))
                continue; // said with the server type
            addTreeItem(top, field.label().isEmpty() ? field.key : field.label(), fieldValue(field));
        }
        if (decoded.isTruncated())
            addTreeItem(top, tr("Truncated"), tr("the payload ended before every field was read"));
    } else if (!d || e.parsed.isMailslotWrite()) {
        addTreeItem(nullptr, tr("Payload"), tr("not a well-known slot: see the Hex and Text tabs"));
    }
}

QVariant DetailPane::fieldValue(const mailslot::wire::DecodedPayload::Field &field)
{
    // A server type is a set of bits: "0x00011003 (WORKSTATION, SERVER, NT, POTENTIAL_BROWSER)".
    if (field.key == QLatin1String("serverType")) {
        const quint32 type = field.value.toUInt();
        const QStringList names = mailslot::wire::BrowseDecoder::serverTypeNames(type);
        const QString hex = QStringLiteral("0x%1").arg(type, 8, 16, QLatin1Char('0'));
        return names.isEmpty() ? hex : QStringLiteral("%1 (%2)").arg(hex, names.join(QStringLiteral(", ")));
    }
    return field.value;
}

void DetailPane::addMessageItems()
{
    const StreamRow &m = m_message;
    QTreeWidgetItem *message = addTreeItem(nullptr, m.isNetwork() ? tr("Network message") : tr("Local message"));
    addTreeItem(message, tr("Sequence"), QString::number(m.sequence));
    addTreeItem(message, tr("Time"), MessageModel::timeText(m.time()));
    addTreeItem(message, tr("Slot"), m.slot);
    addTreeItem(message, tr("Source"), MessageModel::sourceText(m));
    addTreeItem(message, tr("Size"), tr("%n byte(s)", nullptr, int(m.payload.size())));
    const RowSender *sender = m.sender().get();
    if (sender && sender->pid)
        addTreeItem(message, tr("Writer pid"), QString::number(sender->pid));
    if (sender && sender->origin) {
        const NetworkOrigin &o = *sender->origin;
        QTreeWidgetItem *origin = addTreeItem(message, tr("Delivered by the bridge"));
        addTreeItem(origin, tr("From"), QStringLiteral("%1:%2").arg(o.address).arg(o.port));
        addTreeItem(origin, tr("Source name"), o.netbiosName);
        addTreeItem(origin, tr("Message type"), mailslot::wire::NetbiosDatagram::messageTypeName(o.datagramType));
    }
    if (m.isNetwork())
        addTreeItem(message, tr("Delivered"),
                    m.datagram->delivered ? tr("yes, into %1").arg(m.slot) : tr("no (observed only)"));
}

// The datagram's layers: UDP, the NetBIOS header, and what could be read of the mailslot write.
void DetailPane::addDatagramItems(const ObservedDatagram &d)
{
    const QString none = tr("(none)");
    const auto hex = [](quint32 value, int digits) {
        return QStringLiteral("0x%1").arg(value, digits, 16, QLatin1Char('0'));
    };
    const ParsedDatagram p = d.parsed();
    QTreeWidgetItem *udp = addTreeItem(nullptr, tr("UDP"));
    const auto endpoint = [](const QString &address, quint16 port) {
        const QString form = address.contains(QLatin1Char(':')) ? QStringLiteral("[%1]:%2") : QStringLiteral("%1:%2");
        return form.arg(address).arg(port);
    };
    addTreeItem(udp, tr("From"), endpoint(d.sourceAddress(), d.sourcePort));
    addTreeItem(udp, tr("To"), d.destinationAddress().isEmpty() ? QString::number(d.destinationPort)
                                                               : endpoint(d.destinationAddress(), d.destinationPort));
    addTreeItem(udp, tr("Size"), tr("%n byte(s)", nullptr, int(d.raw.size())));
    QTreeWidgetItem *header = addTreeItem(nullptr, tr("NetBIOS datagram"));
    if (p.headerValid) {
        addTreeItem(header, tr("Message type"),
                    QStringLiteral("%1 (%2)").arg(hex(p.msgType, 2), mailslot::wire::NetbiosDatagram::messageTypeName(p.msgType)));
        addTreeItem(header, tr("Flags"), hex(p.flags, 2));
        addTreeItem(header, tr("Datagram ID"), QString::number(p.dgmId));
        addTreeItem(header, tr("Source address"), QStringLiteral("%1:%2").arg(ParsedDatagram::ipv4ToString(p.sourceIp)).arg(p.sourcePort));
        addTreeItem(header, tr("Source name"), p.sourceName.isNull() ? none : p.sourceName.toDisplayString());
        addTreeItem(header, tr("Destination name"), p.destinationName.isNull() ? none : p.destinationName.toDisplayString());
        addTreeItem(header, tr("Datagram length"), QString::number(p.dgmLength));
    } else {
        addTreeItem(header, tr("Header"), tr("not readable"));
    }
    // A malformed write shows what could be read of it.
    if (p.smbValid || p.slotValid) {
        QTreeWidgetItem *smb = addTreeItem(nullptr, tr("Mailslot write (SMB)"));
        if (p.slotValid)
            addTreeItem(smb, tr("Slot"), QString::fromLatin1(p.slotName));
        if (p.smbValid) {
            addTreeItem(smb, tr("Class"),
                        p.mailslotClass == 1   ? tr("1 (reliable)")
                        : p.mailslotClass == 2 ? tr("2 (unreliable, broadcast)")
                                               : QString::number(p.mailslotClass));
            addTreeItem(smb, tr("Priority"), QString::number(p.priority));
            addTreeItem(smb, tr("Timeout"), tr("%1 ms").arg(p.timeout));
            addTreeItem(smb, tr("Data offset"), QString::number(p.dataOffset));
            addTreeItem(smb, tr("Data count"), QString::number(p.dataCount));
        }
    }
}

void DetailPane::fitFieldColumn()
{
    // The field names whole (they are longer in Spanish and Italian), up to 60% of the width.
    const QAbstractItemView *view = m_tree; // (protected in QTreeView)
    const int wanted = view->sizeHintForColumn(0) + m_tree->fontMetrics().averageCharWidth();
    const int room = qMax(m_tree->viewport()->width() * 3 / 5, m_tree->fontMetrics().averageCharWidth() * 20);
    m_tree->setColumnWidth(0, qMin(wanted, room));
}

void DetailPane::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    fitFieldColumn();
}

QString DetailPane::decodedText() const
{
    QString out;
    std::function<void(QTreeWidgetItem *, int)> walk = [&](QTreeWidgetItem *item, int depth) {
        out += QString(depth * 2, QLatin1Char(' ')) + item->text(0) + QLatin1Char('\t') + item->text(1) + QLatin1Char('\n');
        for (int i = 0; i < item->childCount(); ++i)
            walk(item->child(i), depth + 1);
    };
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i)
        walk(m_tree->topLevelItem(i), 0);
    return out;
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
        QGuiApplication::clipboard()->setText(PayloadText::escapeControls(PayloadText::decode(m_message.payload, encoding()), true));
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
    m_tabs->setTabText(2, tr("&Decoded"));
    m_tree->setHeaderLabels({tr("Field"), tr("Value")});
    m_tree->setAccessibleName(tr("Decoded fields"));
    m_tree->actions().constFirst()->setText(tr("&Copy Field"));
    m_tabs->setAccessibleName(tr("Message detail"));
    m_hex->setAccessibleName(tr("Hexadecimal dump"));
    m_text->setAccessibleName(tr("Message text"));
    m_encodingLabel->setText(tr("&Encoding:"));
    m_encoding->setAccessibleName(tr("Text encoding"));
    for (int i = 0; i < m_encoding->count(); ++i)
        m_encoding->setItemText(i, PayloadText::encodingTitle(PayloadText::Encoding(m_encoding->itemData(i).toInt())));
    m_copyText->setText(tr("Copy as Text"));
    m_copyHex->setText(tr("Copy as Hex"));
    m_copyC->setText(tr("Copy as C Array"));
    m_summary->setAccessibleName(tr("Selected message"));
    updateSummary();
    updateTree();
    if (m_truncated->isVisible()) {
        m_textDirty = true;
        updateText();
    }
}
