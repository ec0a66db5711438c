#include "ui/window/exportdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

ExportDialog::ExportDialog(int allRows, int shownRows, bool filtering, QWidget *parent)
    : QDialog(parent),
      m_format(new QComboBox),
      m_all(new QRadioButton),
      m_shown(new QRadioButton),
      m_localLabel(new QLabel),
      m_skipLocal(new QRadioButton),
      m_loopbackLocal(new QRadioButton),
      m_localHelp(new QLabel),
      m_path(new QLineEdit),
      m_browse(new QPushButton),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
{
    setObjectName(QStringLiteral("exportDialog"));
    setWindowTitle(tr("Export Messages"));
    for (const auto f : {MessageExporter::Format::Csv, MessageExporter::Format::Json, MessageExporter::Format::Pcapng})
        m_format->addItem(MessageExporter::formatName(f), int(f));
    m_format->setAccessibleName(tr("Export format"));

    const QLocale locale;
    m_all->setText(tr("&All rows in the stream (%1)").arg(locale.toString(allRows)));
    m_shown->setText(tr("Only the rows the &filter shows (%1)").arg(locale.toString(shownRows)));
    m_shown->setEnabled(filtering);
    (filtering ? m_shown : m_all)->setChecked(true);

    m_localLabel->setText(tr("Local messages:"));
    m_skipLocal->setText(tr("&Skip them (a pcapng file holds network datagrams)"));
    m_loopbackLocal->setText(tr("Write them as &UDP datagrams from 127.0.0.1"));
    m_skipLocal->setChecked(true);
    m_localHelp->setText(tr("Network rows are written as the UDP datagrams they were. A local message has no "
                            "datagram: if you choose to write it, it becomes the NetBIOS datagram a Windows computer "
                            "would send for it (a mailslot write to this computer's name), from 127.0.0.1 port 138 "
                            "to 127.0.0.1 port 138, with its time and payload, so that Wireshark and mailslot decode "
                            "show it as a mailslot write. Messages over 65,000 bytes are skipped."));
    m_localHelp->setWordWrap(true);
    m_localHelp->setTextFormat(Qt::PlainText);
    m_localHelp->setForegroundRole(QPalette::PlaceholderText);

    m_path->setAccessibleName(tr("File name"));
    m_path->setMinimumWidth(m_path->fontMetrics().averageCharWidth() * 48);
    m_browse->setText(tr("&Browse..."));
    setPath(QDir::home().filePath(QStringLiteral("mailslot-messages.csv")));

    auto *rows = new QVBoxLayout;
    rows->addWidget(m_all);
    rows->addWidget(m_shown);
    auto *local = new QVBoxLayout;
    local->addWidget(m_skipLocal);
    local->addWidget(m_loopbackLocal);
    local->addWidget(m_localHelp);
    auto *file = new QHBoxLayout;
    file->addWidget(m_path, 1);
    file->addWidget(m_browse);

    auto *form = new QFormLayout;
    auto *formatLabel = new QLabel(tr("F&ormat:"));
    formatLabel->setBuddy(m_format);
    form->addRow(formatLabel, m_format);
    form->addRow(tr("Rows:"), rows);
    form->addRow(m_localLabel, local);
    auto *fileLabel = new QLabel(tr("F&ile:"));
    fileLabel->setBuddy(m_path);
    form->addRow(fileLabel, file);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_buttons);

    connect(m_format, &QComboBox::currentIndexChanged, this, [this] {
        // Keep the file name's suffix in step with the format.
        const QFileInfo info(m_path->text());
        if (!m_path->text().isEmpty())
            m_path->setText(info.dir().filePath(info.completeBaseName() + QLatin1Char('.') + MessageExporter::suffix(format())));
        update();
    });
    connect(m_path, &QLineEdit::textChanged, this, &ExportDialog::update);
    connect(m_browse, &QPushButton::clicked, this, &ExportDialog::browse);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    update();
}

MessageExporter::Format ExportDialog::format() const
{
    return MessageExporter::Format(m_format->currentData().toInt());
}

void ExportDialog::setFormat(MessageExporter::Format format)
{
    m_format->setCurrentIndex(m_format->findData(int(format)));
}

bool ExportDialog::onlyShownRows() const
{
    return m_shown->isChecked();
}

void ExportDialog::setOnlyShownRows(bool only)
{
    (only && m_shown->isEnabled() ? m_shown : m_all)->setChecked(true);
}

MessageExporter::LocalMessages ExportDialog::localMessages() const
{
    return m_loopbackLocal->isChecked() ? MessageExporter::LocalMessages::AsLoopbackUdp : MessageExporter::LocalMessages::Skip;
}

void ExportDialog::setLocalMessages(MessageExporter::LocalMessages local)
{
    (local == MessageExporter::LocalMessages::AsLoopbackUdp ? m_loopbackLocal : m_skipLocal)->setChecked(true);
}

QString ExportDialog::path() const
{
    return m_path->text().trimmed();
}

void ExportDialog::setPath(const QString &path)
{
    m_path->setText(path);
    if (const auto f = MessageExporter::formatForPath(path))
        setFormat(*f);
}

void ExportDialog::browse()
{
    const QString chosen = QFileDialog::getSaveFileName(this, tr("Export Messages"), m_path->text(),
                                                        MessageExporter::fileFilter(format()));
    if (!chosen.isEmpty())
        setPath(chosen);
}

void ExportDialog::update()
{
    const bool pcapng = format() == MessageExporter::Format::Pcapng;
    for (QWidget *w : {static_cast<QWidget *>(m_localLabel), static_cast<QWidget *>(m_skipLocal),
                       static_cast<QWidget *>(m_loopbackLocal), static_cast<QWidget *>(m_localHelp)})
        w->setEnabled(pcapng);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!path().isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Export"));
}
