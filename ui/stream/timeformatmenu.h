// The View > Time Display menu: one checked entry per TimeFormat mode; choosing one sets it.
#pragma once

#include "ui/stream/timeformat.h"

#include <QMenu>

class QActionGroup;

class TimeFormatMenu : public QMenu
{
    Q_OBJECT

public:
    explicit TimeFormatMenu(TimeFormat *format, QWidget *parent = nullptr);

protected:
    void changeEvent(QEvent *event) override;

private:
    void check(TimeFormat::Mode mode);
    void retranslateUi();

    TimeFormat *m_format;
    QActionGroup *m_group;
};
