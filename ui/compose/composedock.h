// Compose: build a target (this computer, a computer, a workgroup or domain, everyone), write a
// payload as text in an encoding, as hex or from a file, and send it once or repeatedly. The byte
// count shows the 424-byte network limit; every run's outcome is logged (success, or the error
// with its Win32 name). Local targets go through MailslotRegistry::send; other computers through
// MailslotRegistry::sendNetwork (NetBIOS datagrams, in a worker thread since finding a computer
// may wait for a name query), and only while the network is on: until then Send is disabled
// with the reason and a button to the network settings.
#pragma once

#include "ui/compose/composetarget.h"

#include <QDockWidget>
#include <QTimer>

#include <optional>

class MailslotRegistry;
class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QStackedWidget;
class QThread;

class ComposeDock : public QDockWidget
{
    Q_OBJECT

public:
    enum class PayloadMode { Text, Hex, File };
    static constexpr int kMaxRecentTargets = 10;

    explicit ComposeDock(MailslotRegistry *registry, QWidget *parent = nullptr);
    // Waits for a network send in progress.
    ~ComposeDock() override;

    ComposeTarget target() const;
    void setTarget(const QString &name);
    void setTargetParts(ComposeTarget::Kind kind, const QString &server, const QString &path);
    QString targetText() const;

    PayloadMode payloadMode() const;
    void setPayloadMode(PayloadMode mode);
    void setPayloadText(const QString &text);
    void setFilePath(const QString &path);
    void setEncoding(const QString &encodingName);
    // The bytes to send, or nullopt with *error.
    std::optional<QByteArray> payload(QString *error = nullptr) const;

    void setRepeat(int count, int intervalMs);

    // Why Send is disabled (empty when it is enabled).
    QString refusal() const { return m_refusalText; }
    bool canSend() const { return m_refusalText.isEmpty(); }
    bool isSending() const { return m_remaining > 0; }

    QStringList recentTargets() const { return m_recent; }
    // Those of recentTargets() that name a workgroup or domain (\\NAME\... is either).
    QStringList recentDomainTargets() const { return m_recentDomains; }
    void setRecentTargets(const QStringList &targets, const QStringList &domains = {});

    QPushButton *sendButton() const { return m_send; }
    // Ctrl+Return and Ctrl+Enter.
    QAction *sendAction() const { return m_sendAction; }
    QSpinBox *repeatBox() const { return m_repeat; }
    QComboBox *recentBox() const { return m_recentBox; }
    QPlainTextEdit *payloadEditor() const { return m_text; }
    QComboBox *kindBox() const { return m_kind; }
    QLabel *refusalLabel() const { return m_refusalLabel; }
    QPushButton *networkSettingsButton() const { return m_networkButton; }
    QPlainTextEdit *log() const { return m_log; }
    QLabel *byteCountLabel() const { return m_byteCount; }

    // Starts a run (repeat count times, interval apart). Returns false if refused.
    bool send();
    void stop();
    // The network was turned on or off: re-checks the target.
    void networkStateChanged();

signals:
    // "Network Settings..." was clicked (the refusal of a network target while the network is off).
    void networkSettingsRequested();
    // The outcome of a run, as logged.
    void sendFinished(bool ok, const QString &text);
    void statusMessage(const QString &text);

protected:
    void changeEvent(QEvent *event) override;

private:
    struct FileBytes
    {
        QByteArray bytes;
        QString error;
    };
    static FileBytes readFile(const QString &path);
    void updateRepeatSuffix();
    void validate();
    void sendNext();
    void sendNetworkNext();
    void finishRun(bool ok, const QString &text);
    void rememberTarget(const QString &name, ComposeTarget::Kind kind);
    void chooseFile();
    void retranslateUi();

    MailslotRegistry *m_registry;
    QLabel *m_kindLabel;
    QComboBox *m_kind;
    QLabel *m_serverLabel;
    QLineEdit *m_server;
    QLabel *m_pathLabel;
    QLineEdit *m_path;
    QLabel *m_nameLabel;
    QLabel *m_name;
    QLabel *m_recentLabel;
    QComboBox *m_recentBox;
    QLabel *m_modeLabel;
    QComboBox *m_mode;
    QLabel *m_encodingLabel;
    QComboBox *m_encoding;
    QStackedWidget *m_payloadStack;
    QPlainTextEdit *m_text;
    QWidget *m_filePage;
    QLineEdit *m_file;
    QPushButton *m_browse;
    QLabel *m_byteCount;
    QLabel *m_repeatLabel;
    QSpinBox *m_repeat;
    QLabel *m_intervalLabel;
    QSpinBox *m_interval;
    QLabel *m_refusalLabel;
    QPushButton *m_send;
    QPushButton *m_stop;
    QPushButton *m_networkButton;
    QAction *m_sendAction;
    QPlainTextEdit *m_log;

    QStringList m_recent;
    QStringList m_recentDomains;
    // The chosen file's contents (or why it cannot be read), read once.
    mutable std::optional<FileBytes> m_fileBytes;
    QString m_refusalText;
    QTimer m_repeatTimer;
    QString m_runTarget;
    ComposeTarget::Kind m_runKind = ComposeTarget::Kind::ThisComputer;
    QByteArray m_runPayload;
    int m_remaining = 0;
    int m_sent = 0;
    bool m_runIsNetwork = false;
    bool m_networkJobRunning = false;
    QThread *m_job = nullptr;
    quint64 m_datagramsSent = 0;
    QString m_lastRoute;
};
