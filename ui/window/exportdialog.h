// File > Export: the format (CSV, JSON, pcapng), which rows (all, or only those the view filter
// shows), what happens to local messages in a pcapng file, and the file name.
#pragma once

#include "core/formats/messageexporter.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;

class ExportDialog : public QDialog
{
    Q_OBJECT

public:
    ExportDialog(int allRows, int shownRows, bool filtering, QWidget *parent = nullptr);

    MessageExporter::Format format() const;
    void setFormat(MessageExporter::Format format);
    bool onlyShownRows() const;
    void setOnlyShownRows(bool only);
    MessageExporter::LocalMessages localMessages() const;
    void setLocalMessages(MessageExporter::LocalMessages local);
    QString path() const;
    void setPath(const QString &path);

private:
    void browse();
    void update();

    QComboBox *m_format;
    QRadioButton *m_all;
    QRadioButton *m_shown;
    QLabel *m_localLabel;
    QRadioButton *m_skipLocal;
    QRadioButton *m_loopbackLocal;
    QLabel *m_localHelp;
    QLineEdit *m_path;
    QPushButton *m_browse;
    QDialogButtonBox *m_buttons;
};
