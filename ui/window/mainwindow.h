// The monitor's main window: the message stream with the detail pane in the centre, and the
// Slots, Compose, Statistics and Network docks around it; File > Open Capture (pcap/pcapng,
// read in a worker thread into the stream) and Export (CSV, JSON, pcapng); menus, language
// switching at run time, the status bar (with the network's state) and persistent settings.
#pragma once

#include "core/formats/messageexporter.h"

#include <QMainWindow>

class BridgeSource;
class CaptureSource;
class ComposeDock;
class DetailPane;
class ExportAction;
class LanguageMenu;
class MailslotRegistry;
class MessageModel;
class MessageStreamWidget;
class NetworkDock;
class QAction;
class SaveSessionAction;
class QMenu;
class QSplitter;
class SlotModel;
class SlotsDock;
class StatisticsDock;
class StreamHub;
class StreamStatusBar;

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    static QString defaultSlotName();

    explicit MainWindow(MailslotRegistry *registry, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Serves \\.\mailslot\mailslot_monitor; if another process has it, says so in the status bar.
    bool startDefaultSlot();
    QString defaultSlotStatus() const;
    // The status bar's message counts ("N messages shown, M received").
    QString countStatusText() const;

    // "system", "en", "es" or "it": installs the catalogues; the window retranslates itself.
    // remember = false for a --lang override that should not change the saved choice.
    void setLanguage(const QString &language, bool remember = true);
    QString language() const { return m_language; }

    void loadSettings();
    void saveSettings() const;

    // Its parts are found by object name: "messageStream", "detailPane", "slotsDock",
    // "composeDock", "statisticsDock", "networkDock", "openCaptureAction", "saveSessionAction", "exportAction".
    MessageModel *messageModel() const { return m_messages; }
    SlotModel *slotModel() const { return m_slots; }
    // The stream's sources and their rows (local slots, the network, capture files).
    StreamHub *hub() const { return m_hub; }
    // The capture file being read (null when none).
    CaptureSource *capture() const { return m_capture; }
    // The network's state with its counters (the network button's tooltip).
    QString networkStatusText() const;

    // Reads a pcap/pcapng file into the stream (in a worker thread; progress in the status bar).
    // False if a capture is already being read.
    bool openCapture(const QString &path);
    // Writes all rows, or only those the view filter shows, to path (see MessageExporter).
    MessageExporter::Result exportMessages(const QString &path, MessageExporter::Format format, bool onlyShownRows,
                                           MessageExporter::LocalMessages local = MessageExporter::LocalMessages::Skip);

signals:
    // A capture file was read to its end, cancelled or failed (another one can be opened now).
    void captureDone();

protected:
    void closeEvent(QCloseEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void layOutDocks();
    void connectStream();
    void connectDocks();
    void connectNetwork();
    void connectCapture(CaptureSource *capture);
    void captureFinished(const QString &name, bool ok, const QString &error, qint64 datagrams, qint64 frames,
                         bool cancelled);
    void createActions();
    void createMenus();
    void updateCounts();
    void askOpenCapture();
    void showNetworkSettings();
    void updateNetworkStatus();
    void showProblem(const QString &title, const QString &text);
    void showAbout();
    void retranslateUi();

    MailslotRegistry *m_registry;
    StreamHub *m_hub;
    BridgeSource *m_bridge;
    CaptureSource *m_capture = nullptr;
    MessageModel *m_messages;
    SlotModel *m_slots;
    MessageStreamWidget *m_stream;
    DetailPane *m_detail;
    QSplitter *m_splitter;
    SlotsDock *m_slotsDock;
    ComposeDock *m_composeDock;
    StatisticsDock *m_statisticsDock;
    NetworkDock *m_networkDock;
    StreamStatusBar *m_status;
    LanguageMenu *m_languageMenu;

    QMenu *m_fileMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_slotsMenu = nullptr;
    QMenu *m_networkMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_openCaptureAction = nullptr;
    ExportAction *m_exportAction = nullptr;
    SaveSessionAction *m_saveSessionAction = nullptr;
    QAction *m_networkSettingsAction = nullptr;
    QAction *m_copyMessageAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_aboutQtAction = nullptr;

    QString m_language = QStringLiteral("system");
    bool m_rememberLanguage = true;
    QString m_defaultSlotStatus;
    bool m_defaultSlotServed = false;
    // The saved dock layout, restored at the first show; the stream's columns fitted then when
    // none were saved.
    QByteArray m_pendingState;
    bool m_statePending = true;
    bool m_fitColumnsPending = false;
    QString m_lastCaptureDir;
};
