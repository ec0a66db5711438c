// The payload of the Compose form: its kind (text in an encoding, hex bytes, a file's contents)
// and encoding rows, and the editor under the form (a text box, or a file name with Browse). A
// chosen file is read once (and again by reloadFile(), at send time), not at every check.
// changed() whenever the bytes may have changed.
#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>

#include <optional>

class QComboBox;
class QFormLayout;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class QWidget;

class ComposePayloadEditor : public QObject
{
    Q_OBJECT

public:
    enum class Mode { Text, Hex, File };
    // A file larger than this is not read into a message.
    static constexpr qint64 kMaxFileSize = 64 * 1024 * 1024;

    // Adds the Payload and Encoding rows to form; editor() is for the caller to place.
    explicit ComposePayloadEditor(QFormLayout *form, QObject *parent = nullptr);

    // The text box or the file chooser, as the mode says.
    QWidget *editor() const;

    Mode mode() const;
    void setMode(Mode mode);
    void setText(const QString &text);
    void setFilePath(const QString &path);
    // An encoding by any of its names (PayloadText::encodingFromName); others are ignored.
    void setEncoding(const QString &encodingName);

    // The bytes to send, or nullopt with *error saying why.
    std::optional<QByteArray> payload(QString *error = nullptr) const;
    // The next payload() reads the file again (what it holds now).
    void reloadFile();

    void retranslateUi();

signals:
    void changed();

private:
    // The shared title of the encoding of that item ("UTF-8").
    QString encodingTitle(int item) const;
    struct FileBytes
    {
        QByteArray bytes;
        QString error;
    };
    static FileBytes readFile(const QString &path);
    std::optional<QByteArray> fileBytes(QString *error) const;
    void createWidgets();
    void modeChanged();
    void chooseFile();

    QFormLayout *m_form;
    QComboBox *m_mode;
    QComboBox *m_encoding;
    QStackedWidget *m_stack;
    QPlainTextEdit *m_text;
    QLineEdit *m_file;
    QPushButton *m_browse;
    // The chosen file's contents (or why it cannot be read), read once.
    mutable std::optional<FileBytes> m_fileBytes;
};
