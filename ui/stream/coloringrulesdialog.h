// View > Coloring Rules: the rules as a list (on, field, text, color), first match wins; add,
// remove, move up and down, restore the defaults. rules() is what OK keeps.
#pragma once

#include "ui/stream/coloringrules.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QPushButton;
class QTableWidget;

class ColoringRulesDialog : public QDialog
{
    Q_OBJECT

public:
    enum Column { EnabledColumn, FieldColumn, PatternColumn, ColorColumn, ColumnCount };

    explicit ColoringRulesDialog(const QList<ColoringRules::Rule> &rules, QWidget *parent = nullptr);

    QList<ColoringRules::Rule> rules() const;
    void setRules(const QList<ColoringRules::Rule> &rules);
    QTableWidget *table() const { return m_table; }

    // The actions of the buttons (for the buttons and the tests).
    void addRule();
    void removeRule();
    void moveRule(int step);
    void chooseColor(int row);

private:
    void setRow(int row, const ColoringRules::Rule &rule);
    void setColor(int row, const QColor &color);
    void updateButtons();
    void retranslateUi();

    QLabel *m_intro;
    QTableWidget *m_table;
    QPushButton *m_add;
    QPushButton *m_remove;
    QPushButton *m_up;
    QPushButton *m_down;
    QPushButton *m_defaults;
    QDialogButtonBox *m_buttons;
};
