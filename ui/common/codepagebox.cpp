#include "ui/common/codepagebox.h"

#include <QEvent>

using mailslot::wire::OemCodec;
using mailslot::wire::OemCodePage;

namespace {
constexpr int kLocaleDefault = -1; // item data of the first item
} // namespace

CodePageBox::CodePageBox(QWidget *parent) : QComboBox(parent)
{
    // As narrow as a short text, so that the dock it is in keeps its width (the list is wider).
    setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    setMinimumContentsLength(8);
    addItem(QString(), kLocaleDefault);
    for (const OemCodePage cp : OemCodec::allCodePages())
        addItem(QString(), int(cp));
    retranslateUi();
}

std::optional<OemCodePage> CodePageBox::codePage() const
{
    const int data = currentData().toInt();
    if (data == kLocaleDefault)
        return std::nullopt;
    return OemCodePage(data);
}

void CodePageBox::setCodePage(std::optional<OemCodePage> codePage)
{
    setCurrentIndex(std::max(0, findData(codePage ? int(*codePage) : kLocaleDefault)));
}

void CodePageBox::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QComboBox::changeEvent(event);
}

void CodePageBox::retranslateUi()
{
    const mailslot::wire::OemLocaleDefault locale = OemCodec::systemDefault();
    setItemText(0, tr("%1 (from the locale %2)").arg(OemCodec::number(locale.codePage)).arg(locale.localeName));
    setItemData(0, locale.description(), Qt::ToolTipRole);
    for (int i = 1; i < count(); ++i) {
        switch (OemCodePage(itemData(i).toInt())) {
        case OemCodePage::Cp437: setItemText(i, tr("437 (US)")); break;
        case OemCodePage::Cp850: setItemText(i, tr("850 (Western Europe)")); break;
        case OemCodePage::Latin1: setItemText(i, tr("Latin-1 (ISO 8859-1)")); break;
        case OemCodePage::Utf8: setItemText(i, tr("UTF-8")); break;
        }
    }
    setToolTip(tr("The code page of messenger texts and names in received datagrams. Default: %1.")
                   .arg(locale.description()));
}
