// The main window's status bar: the default slot's hint on the left; on the right the progress
// of a capture file being read (with Stop Reading), the network's state (a button to its
// settings) and the stream's counts ("N messages shown, M received", and rows read from
// capture files, counted apart; rows that input pushed out before the view could show them).
// The counts are refreshed at most about ten times a second (RefreshThrottle); countText() is
// always current. Temporary messages cover the hint, never the figures.
#pragma once

#include <QStatusBar>

class MessageFilterProxy;
class MessageModel;
class QLabel;
class QProgressBar;
class QToolButton;
class RefreshThrottle;

class StreamStatusBar : public QStatusBar
{
    Q_OBJECT

public:
    static constexpr int kMessageTimeoutMs = 6000;

    explicit StreamStatusBar(QWidget *parent = nullptr);

    // The hint on the left: the default slot served ("try mailslot send ..."), or why not.
    void setDefaultSlot(const QString &name, bool served, const QString &error);
    QString slotHint() const;
    // The counts of the stream as shown through the filter (now, or within a tenth of a second).
    void updateCounts(const MessageModel *model, const MessageFilterProxy *proxy);
    QString countText() const;
    // The network button: a short text, the details (counters) in its tooltip.
    void setNetworkText(const QString &text, const QString &details);
    QString networkText() const;
    QString networkDetails() const { return m_networkDetails; }

    // A capture file is being read: busy, then progress in bytes.
    void captureStarted(const QString &name);
    void captureProgress(qint64 bytesRead, qint64 totalBytes);
    // The outcome of reading a capture file, for a few seconds.
    void captureFinished(const QString &name, bool ok, qint64 datagrams, qint64 frames, bool cancelled);
    void showTimed(const QString &text);

signals:
    void networkClicked();
    void cancelCaptureClicked();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateSlotHint();
    void refreshCounts();

    QLabel *m_slotHint;
    QLabel *m_counts;
    QToolButton *m_network;
    QString m_networkDetails;
    QProgressBar *m_captureProgress;
    QToolButton *m_cancelCapture;
    QString m_defaultSlot;
    bool m_defaultSlotServed = false;
    QString m_defaultSlotError;
    RefreshThrottle *m_countsThrottle;
    static constexpr int kProgressSteps = 1000;
    int m_progress = 0; // of kProgressSteps
    RefreshThrottle *m_progressThrottle; // the capture's progress bar, about ten times a second
    const MessageModel *m_model = nullptr;
    const MessageFilterProxy *m_proxy = nullptr;
};
