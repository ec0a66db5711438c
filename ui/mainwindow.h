// The monitor's main window: the message stream with the detail pane in the centre, and the
// Slots, Compose and Statistics docks around it; menus, language switching at run time, the
// status bar and persistent settings.
//
// Network layer (later), to be added next to the local docks here: a Network settings dock
// (bridge on/off, interfaces, port, NetBIOS name, workgroup, duplicate suppression) with the
// bridge state in the status bar, and File > Open Capture / Export (pcapng) in the File menu.
#pragma once

#include <QMainWindow>

class ComposeDock;
class DetailPane;
class MailslotRegistry;
class MessageModel;
class MessageStreamWidget;
class QAction;
class QActionGroup;
class QLabel;
class QMenu;
class QSplitter;
class SlotModel;
class SlotsDock;
class StatisticsDock;

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

    // "system", "en", "es" or "it": installs the catalogues; the window retranslates itself.
    // remember = false for a --lang override that should not change the saved choice.
    void setLanguage(const QString &language, bool remember = true);
    QString language() const { return m_language; }

    void loadSettings();
    void saveSettings() const;

    MessageModel *messageModel() const { return m_messages; }
    SlotModel *slotModel() const { return m_slots; }
    MessageStreamWidget *stream() const { return m_stream; }
    DetailPane *detail() const { return m_detail; }
    SlotsDock *slotsDock() const { return m_slotsDock; }
    ComposeDock *composeDock() const { return m_composeDock; }
    StatisticsDock *statisticsDock() const { return m_statisticsDock; }
    QMenu *languageMenu() const { return m_languageMenu; }

protected:
    void closeEvent(QCloseEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void createActions();
    void createMenus();
    void updateCounts();
    void askCapacity();
    void showAbout();
    void retranslateUi();

    MailslotRegistry *m_registry;
    MessageModel *m_messages;
    SlotModel *m_slots;
    MessageStreamWidget *m_stream;
    DetailPane *m_detail;
    QSplitter *m_splitter;
    SlotsDock *m_slotsDock;
    ComposeDock *m_composeDock;
    StatisticsDock *m_statisticsDock;
    QLabel *m_slotStatus;
    QLabel *m_countStatus;

    QMenu *m_fileMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_slotsMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_copyMessageAction = nullptr;
    QAction *m_capacityAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_aboutQtAction = nullptr;
    QActionGroup *m_languageGroup = nullptr;
    QAction *m_systemLanguageAction = nullptr;
    QAction *m_englishAction = nullptr;
    QAction *m_spanishAction = nullptr;
    QAction *m_italianAction = nullptr;

    QString m_language = QStringLiteral("system");
    bool m_rememberLanguage = true;
    QString m_defaultSlotStatus;
    bool m_defaultSlotServed = false;
    bool m_defaultLayoutPending = true;
};
