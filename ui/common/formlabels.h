// The labels of a QFormLayout's rows, set by their field: for retranslating forms whose rows
// were added with an empty label (addRow(new QLabel, field)).
#pragma once

#include <QFormLayout>
#include <QLabel>
#include <QString>

class FormLabels
{
public:
    // Sets the text of field's row label (nothing when the row has no QLabel).
    static void setText(QFormLayout *form, QWidget *field, const QString &text)
    {
        if (auto *label = qobject_cast<QLabel *>(form->labelForField(field)))
            label->setText(text);
    }
};
