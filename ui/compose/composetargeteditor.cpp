#include "ui/compose/composetargeteditor.h"

#include "ui/common/formlabels.h"
#include "ui/compose/elidedlabel.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>

ComposeTargetEditor::ComposeTargetEditor(QFormLayout *form, QObject *parent)
    : QObject(parent),
      m_form(form),
      m_recentBox(new QComboBox),
      m_kind(new QComboBox),
      m_server(new QLineEdit),
      m_path(new QLineEdit),
      m_name(new ElidedLabel)
{
    createWidgets();
    FormLabels::addRow(form, m_recentBox);
    FormLabels::addRow(form, m_kind);
    FormLabels::addRow(form, m_server);
    FormLabels::addRow(form, m_path);
    FormLabels::addRow(form, m_name);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &ComposeTargetEditor::refresh);
    connect(m_server, &QLineEdit::textChanged, this, &ComposeTargetEditor::refresh);
    connect(m_path, &QLineEdit::textChanged, this, &ComposeTargetEditor::refresh);
    connect(m_recentBox, &QComboBox::activated, this, &ComposeTargetEditor::chooseRecent);
    refresh();
}

void ComposeTargetEditor::createWidgets()
{
    m_recentBox->setObjectName(QStringLiteral("composeRecentTargets"));
    m_kind->setObjectName(QStringLiteral("composeTargetKind"));
    m_server->setObjectName(QStringLiteral("composeServer"));
    m_path->setObjectName(QStringLiteral("composeSlotPath"));
    m_name->setObjectName(QStringLiteral("resultingName"));
    for (int i = 0; i < 4; ++i)
        m_kind->addItem(QString());
    m_path->setText(QStringLiteral("mailslot_monitor"));
    m_name->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // Combo boxes as narrow as their shortest useful text, so that the docks leave the stream room.
    for (QComboBox *box : {m_recentBox, m_kind}) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(8);
    }
}

ComposeTarget ComposeTargetEditor::target() const
{
    return ComposeTarget(ComposeTarget::Kind(m_kind->currentIndex()), m_server->text(), m_path->text());
}

void ComposeTargetEditor::setTarget(const ComposeTarget &target)
{
    {
        // One changed() for the three fields.
        const QSignalBlocker blockKind(m_kind);
        const QSignalBlocker blockServer(m_server);
        const QSignalBlocker blockPath(m_path);
        m_kind->setCurrentIndex(int(target.kind()));
        m_server->setText(target.server());
        m_path->setText(target.path());
    }
    refresh();
}

void ComposeTargetEditor::setRecent(const QStringList &names, const QStringList &domains)
{
    m_recent.set(names, domains);
    showRecent();
}

void ComposeTargetEditor::remember(const QString &name, ComposeTarget::Kind kind)
{
    m_recent.remember(name, kind);
    showRecent();
}

void ComposeTargetEditor::chooseRecent(int index)
{
    if (index > 0)
        setTarget(m_recent.target(m_recentBox->itemText(index)));
}

void ComposeTargetEditor::refresh()
{
    const ComposeTarget t = target();
    const bool needsServer = t.kind() == ComposeTarget::Kind::Computer || t.kind() == ComposeTarget::Kind::Domain;
    m_server->setEnabled(needsServer);
    if (QWidget *label = m_form->labelForField(m_server))
        label->setEnabled(needsServer);
    const MailslotName name = t.name();
    m_name->setFullText(name.isValid() ? name.canonical() : t.text());
    emit changed();
}

void ComposeTargetEditor::showRecent()
{
    const QSignalBlocker blocker(m_recentBox);
    m_recentBox->clear();
    // Short, so that the box shows it whole in every language at the dock's width.
    m_recentBox->addItem(m_recent.names().isEmpty() ? tr("(none yet)") : tr("(choose one)"));
    m_recentBox->addItems(m_recent.names());
    m_recentBox->setEnabled(!m_recent.names().isEmpty());
}

void ComposeTargetEditor::retranslateUi()
{
    FormLabels::setText(m_form, m_recentBox, tr("Rec&ent:"));
    m_recentBox->setAccessibleName(tr("Recent targets"));
    FormLabels::setText(m_form, m_kind, tr("&Target:"));
    m_kind->setItemText(0, tr("This computer"));
    m_kind->setItemText(1, tr("A computer"));
    m_kind->setItemText(2, tr("A workgroup or domain"));
    m_kind->setItemText(3, tr("Every computer (*)"));
    m_kind->setAccessibleName(tr("Target kind"));
    FormLabels::setText(m_form, m_server, tr("C&omputer or domain:"));
    m_server->setPlaceholderText(tr("e.g. WORKSTATION1 or WORKGROUP"));
    m_server->setAccessibleName(tr("Computer or domain name"));
    FormLabels::setText(m_form, m_path, tr("&Slot:"));
    m_path->setPlaceholderText(tr("e.g. mailslot_monitor or messngr"));
    m_path->setAccessibleName(tr("Slot path"));
    FormLabels::setText(m_form, m_name, tr("Name:"));
    m_name->setAccessibleName(tr("Resulting mailslot name"));
    showRecent();
}
