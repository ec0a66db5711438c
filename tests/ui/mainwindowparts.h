// The parts of the main window, found as the tests find every widget: by object name.
#pragma once

#include "ui/compose/composedock.h"
#include "ui/network/networkdock.h"
#include "ui/slots/slotsdock.h"
#include "ui/statistics/statisticsdock.h"
#include "ui/stream/detailpane.h"
#include "ui/stream/messagestreamwidget.h"
#include "ui/window/mainwindow.h"
#include "uitesthelpers.h"

namespace uitest {

inline MessageStreamWidget *stream(const MainWindow &w) { return child<MessageStreamWidget>(&w, QStringLiteral("messageStream")); }
inline DetailPane *detail(const MainWindow &w) { return child<DetailPane>(&w, QStringLiteral("detailPane")); }
inline SlotsDock *slotsDock(const MainWindow &w) { return child<SlotsDock>(&w, QStringLiteral("slotsDock")); }
inline ComposeDock *composeDock(const MainWindow &w) { return child<ComposeDock>(&w, QStringLiteral("composeDock")); }
inline StatisticsDock *statisticsDock(const MainWindow &w) { return child<StatisticsDock>(&w, QStringLiteral("statisticsDock")); }
inline NetworkDock *networkDock(const MainWindow &w) { return child<NetworkDock>(&w, QStringLiteral("networkDock")); }

} // namespace uitest
