// A combo box that chooses the OEM code page of messenger texts and names: first the default,
// the code page of the user's locale as Windows chooses it ("850 (from the locale es_ES)"), then
// each code page the decoders know. Retranslates itself.
#pragma once

#include "core/wire/oemcodec.h"

#include <QComboBox>

#include <optional>

class CodePageBox : public QComboBox
{
    Q_OBJECT

public:
    explicit CodePageBox(QWidget *parent = nullptr);

    // nullopt: the locale's default.
    std::optional<mailslot::wire::OemCodePage> codePage() const;
    void setCodePage(std::optional<mailslot::wire::OemCodePage> codePage);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
};
