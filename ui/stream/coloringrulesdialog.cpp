#include "ui/stream/coloringrulesdialog.h"

#include <QColorDialog>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

ColoringRulesDialog::ColoringRulesDialog(const QList<ColoringRules::Rule> &rules, QWidget *parent)
    : QDialog(parent),
      m_intro(new QLabel(this)),
      m_table(new QTableWidget(0, ColumnCount, this)),
      m_add(new QPushButton(this)),
      m_remove(new QPushButton(this)),
      m_up(new QPushButton(this)),
      m_down(new QPushButton(this)),
      m_defaults(new QPushButton(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("coloringRulesDialog"));
    m_table->setObjectName(QStringLiteral("coloringRulesTable"));
    m_intro->setWordWrap(true);
    m_intro->setTextFormat(Qt::PlainText);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(PatternColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(FieldColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(EnabledColumn, QHeaderView::ResizeToContents);

    auto *side = new QVBoxLayout;
    for (QPushButton *button : {m_add, m_remove, m_up, m_down, m_defaults})
        side->addWidget(button);
    side->addStretch();
    auto *middle = new QHBoxLayout;
    middle->addWidget(m_table, 1);
    middle->addLayout(side);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(middle, 1);
    layout->addWidget(m_buttons);

    connect(m_add, &QPushButton::clicked, this, &ColoringRulesDialog::addRule);
    connect(m_remove, &QPushButton::clicked, this, &ColoringRulesDialog::removeRule);
    connect(m_up, &QPushButton::clicked, this, [this] { moveRule(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { moveRule(1); });
    connect(m_defaults, &QPushButton::clicked, this, [this] { setRules(ColoringRules::defaults()); });
    connect(m_table, &QTableWidget::currentCellChanged, this, &ColoringRulesDialog::updateButtons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    retranslateUi();
    setRules(rules);
    resize(640, 360);
}

void ColoringRulesDialog::setRules(const QList<ColoringRules::Rule> &rules)
{
    m_table->setRowCount(0);
    m_table->setRowCount(int(rules.size()));
    for (int row = 0; row < rules.size(); ++row)
        setRow(row, rules.at(row));
    updateButtons();
}

void ColoringRulesDialog::setRow(int row, const ColoringRules::Rule &rule)
{
    auto *enabled = new QTableWidgetItem;
    enabled->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    enabled->setCheckState(rule.enabled ? Qt::Checked : Qt::Unchecked);
    m_table->setItem(row, EnabledColumn, enabled);
    auto *field = new QComboBox;
    for (const ColoringRules::Field f : ColoringRules::fields())
        field->addItem(ColoringRules::fieldTitle(f), int(f));
    field->setCurrentIndex(field->findData(int(rule.field)));
    m_table->setCellWidget(row, FieldColumn, field);
    m_table->setItem(row, PatternColumn, new QTableWidgetItem(rule.pattern));
    auto *color = new QToolButton;
    color->setAutoRaise(true);
    connect(color, &QToolButton::clicked, this, [this, color] {
        for (int r = 0; r < m_table->rowCount(); ++r) {
            if (m_table->cellWidget(r, ColorColumn) == color)
                chooseColor(r);
        }
    });
    m_table->setCellWidget(row, ColorColumn, color);
    setColor(row, rule.color);
}

void ColoringRulesDialog::setColor(int row, const QColor &color)
{
    auto *button = qobject_cast<QToolButton *>(m_table->cellWidget(row, ColorColumn));
    button->setProperty("ruleColor", color);
    QPixmap swatch(32, 16);
    swatch.fill(ColoringRules::background(color, palette()));
    button->setIcon(QIcon(swatch));
    button->setIconSize(swatch.size());
    button->setToolTip(color.name());
    button->setAccessibleName(tr("Color %1").arg(color.name()));
}

QList<ColoringRules::Rule> ColoringRulesDialog::rules() const
{
    QList<ColoringRules::Rule> rules;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        ColoringRules::Rule rule;
        rule.enabled = m_table->item(row, EnabledColumn)->checkState() == Qt::Checked;
        rule.field = ColoringRules::Field(qobject_cast<QComboBox *>(m_table->cellWidget(row, FieldColumn))->currentData().toInt());
        rule.pattern = m_table->item(row, PatternColumn)->text().trimmed();
        rule.color = m_table->cellWidget(row, ColorColumn)->property("ruleColor").value<QColor>();
        rules.append(rule);
    }
    return rules;
}

void ColoringRulesDialog::addRule()
{
    const int row = m_table->currentRow() + 1; // below the selected rule, or first
    QList<ColoringRules::Rule> list = rules();
    list.insert(row, {true, ColoringRules::Field::Text, QString(), QColor(0x43, 0xa0, 0x47)});
    setRules(list);
    m_table->setCurrentCell(row, PatternColumn);
    m_table->editItem(m_table->item(row, PatternColumn));
}

void ColoringRulesDialog::removeRule()
{
    const int row = m_table->currentRow();
    if (row < 0)
        return;
    QList<ColoringRules::Rule> list = rules();
    list.removeAt(row);
    setRules(list);
    m_table->setCurrentCell(qMin(row, m_table->rowCount() - 1), PatternColumn);
}

void ColoringRulesDialog::moveRule(int step)
{
    const int row = m_table->currentRow();
    const int to = row + step;
    if (row < 0 || to < 0 || to >= m_table->rowCount())
        return;
    QList<ColoringRules::Rule> list = rules();
    list.move(row, to);
    setRules(list);
    m_table->setCurrentCell(to, PatternColumn);
}

void ColoringRulesDialog::chooseColor(int row)
{
    const QColor current = m_table->cellWidget(row, ColorColumn)->property("ruleColor").value<QColor>();
    const QColor chosen = QColorDialog::getColor(current, this, tr("Rule Color"));
    if (chosen.isValid())
        setColor(row, chosen);
}

void ColoringRulesDialog::updateButtons()
{
    const int row = m_table->currentRow();
    m_remove->setEnabled(row >= 0);
    m_up->setEnabled(row > 0);
    m_down->setEnabled(row >= 0 && row + 1 < m_table->rowCount());
}

void ColoringRulesDialog::retranslateUi()
{
    setWindowTitle(tr("Coloring Rules"));
    m_intro->setText(tr("A row takes the color of the first enabled rule whose text is in its slot, source, decoded "
                        "kind (for example browse., netlogon., malformed) or message text; case is ignored."));
    m_table->setHorizontalHeaderLabels({tr("On"), tr("Match"), tr("Contains"), tr("Color")});
    m_add->setText(tr("&Add"));
    m_remove->setText(tr("&Remove"));
    m_up->setText(tr("Move &Up"));
    m_down->setText(tr("Move &Down"));
    m_defaults->setText(tr("Restore De&faults"));
}
