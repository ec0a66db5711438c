// The labels of a QFormLayout's rows, set by their field: for retranslating forms whose rows
// were added with an empty label (addRow(new QLabel, field), or addRow() here). (An empty text in
// QFormLayout::addRow(QString, field) makes no label at all.)
#pragma once

#include <QFormLayout>
#include <QLabel>
#include <QString>

class FormLabels
{
public:
    // Adds a row of field with an empty label whose buddy is field (its text set by setText()).
    static QLabel *addRow(QFormLayout *form, QWidget *field)
    {
        auto *label = new QLabel;
        label->setBuddy(field);
        form->addRow(label, field);
        return label;
    }
    // Sets the text of field's row label (nothing when the row has no QLabel).
    static void setText(QFormLayout *form, QWidget *field, const QString &text)
    {
        if (auto *label = qobject_cast<QLabel *>(form->labelForField(field)))
            label->setText(text);
    }
};
