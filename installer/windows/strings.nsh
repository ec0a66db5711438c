; Installer strings of Mailslot Monitor in English, Spanish and Italian (UTF-8). Included by the
; NSIS template that installer/windows/nsis-template.cmake makes, after the MUI_LANGUAGE lines.
; NSIS translates its own pages (welcome, licence, folder, progress, finish) by itself.

LangString MS_ALREADY_INSTALLED ${LANG_ENGLISH} "Mailslot Monitor is already installed.$\n$\nDo you want to uninstall the old version before installing the new one?"
LangString MS_ALREADY_INSTALLED ${LANG_SPANISH} "Mailslot Monitor ya está instalado.$\n$\n¿Quiere desinstalar la versión anterior antes de instalar la nueva?"
LangString MS_ALREADY_INSTALLED ${LANG_ITALIAN} "Mailslot Monitor è già installato.$\n$\nVuoi disinstallare la versione precedente prima di installare quella nuova?"

LangString MS_UNINSTALL_FAILED ${LANG_ENGLISH} "The old version could not be uninstalled."
LangString MS_UNINSTALL_FAILED ${LANG_SPANISH} "No se ha podido desinstalar la versión anterior."
LangString MS_UNINSTALL_FAILED ${LANG_ITALIAN} "Non è stato possibile disinstallare la versione precedente."

LangString MS_OPTIONS_TITLE ${LANG_ENGLISH} "Install Options"
LangString MS_OPTIONS_TITLE ${LANG_SPANISH} "Opciones de instalación"
LangString MS_OPTIONS_TITLE ${LANG_ITALIAN} "Opzioni di installazione"

LangString MS_OPTIONS_SUBTITLE ${LANG_ENGLISH} "Choose how to install Mailslot Monitor."
LangString MS_OPTIONS_SUBTITLE ${LANG_SPANISH} "Elija cómo instalar Mailslot Monitor."
LangString MS_OPTIONS_SUBTITLE ${LANG_ITALIAN} "Scegli come installare Mailslot Monitor."
