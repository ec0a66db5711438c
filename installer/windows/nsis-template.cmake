# Makes the NSIS template of Mailslot Monitor from CMake's stock one (so that it follows CMake's
# fixes) and puts it first on CPack's module path. Changes:
#   - languages: English (the default), Spanish and Italian only, instead of every NSIS language;
#   - a language choice when the installer starts, remembered in the registry for the uninstaller;
#   - the template's own English strings replaced by LangStrings from strings.nsh;
#   - the uninstaller removes the vendor key too, once empty;
#   - a 64-bit Unicode installer (accents in every language, whatever the Windows code page).
# If a future CMake changes the stock template so that a change cannot be made, configure warns
# and the stock template is used as it is.

set(_stock ${CMAKE_ROOT}/Modules/Internal/CPack/NSIS.template.in)
set(_dir ${PROJECT_BINARY_DIR}/installer/nsis)
file(READ ${_stock} _template)
set(_ok TRUE)

function(_mailslot_nsis_replace old new)
    string(FIND "${_template}" "${old}" _at)
    if(_at EQUAL -1)
        set(_ok FALSE PARENT_SCOPE)
        message(WARNING "installer: the NSIS template has no '${old}'; using CMake's stock template")
    else()
        string(REPLACE "${old}" "${new}" _template "${_template}")
        set(_template "${_template}" PARENT_SCOPE)
    endif()
endfunction()

# Languages: cut the stock list (English ... Welsh) down to three.
string(REGEX MATCH "  !insertmacro MUI_LANGUAGE \"English\"[^\n]*\n(  !insertmacro MUI_LANGUAGE \"[A-Za-z]+\"\n)+" _languages "${_template}")
if(_languages)
    string(REPLACE "${_languages}"
"  !insertmacro MUI_LANGUAGE \"English\" ;first language is the default language
  !insertmacro MUI_LANGUAGE \"Spanish\"
  !insertmacro MUI_LANGUAGE \"Italian\"
  !insertmacro MUI_RESERVEFILE_LANGDLL
  !include \"${MAILSLOT_INSTALLER_DIR}/windows/strings.nsh\"
" _template "${_template}")
else()
    set(_ok FALSE)
    message(WARNING "installer: the NSIS template's language list was not found")
endif()

_mailslot_nsis_replace("Function .onInit\n" "Function .onInit\n  !insertmacro MUI_LANGDLL_DISPLAY\n")
_mailslot_nsis_replace("Function un.onInit\n" "Function un.onInit\n  !insertmacro MUI_UNGETLANGUAGE\n")
_mailslot_nsis_replace(
    "\"@CPACK_NSIS_PACKAGE_NAME@ is already installed. $\\n$\\nDo you want to uninstall the old version before installing the new one?\""
    "\"$(MS_ALREADY_INSTALLED)\"")
_mailslot_nsis_replace("\"Uninstall failed.\"" "\"$(MS_UNINSTALL_FAILED)\"")
# The uninstaller's last registry step also removes the vendor key above ours once it is empty
# (the stock template leaves "Software\<vendor>" behind).
_mailslot_nsis_replace(
    "  DeleteRegKey /ifempty SHCTX \"Software\\@CPACK_PACKAGE_VENDOR@\\@CPACK_PACKAGE_INSTALL_REGISTRY_KEY@\"\n"
    "  DeleteRegKey /ifempty SHCTX \"Software\\@CPACK_PACKAGE_VENDOR@\\@CPACK_PACKAGE_INSTALL_REGISTRY_KEY@\"\n  DeleteRegKey /ifempty SHCTX \"Software\\@CPACK_PACKAGE_VENDOR@\"\n")
_mailslot_nsis_replace("\"Install Options\" \"Choose options for installing @CPACK_NSIS_PACKAGE_NAME@\""
    "\"$(MS_OPTIONS_TITLE)\" \"$(MS_OPTIONS_SUBTITLE)\"")

if(_ok)
    file(WRITE ${_dir}/NSIS.template.in "${_template}")
    list(PREPEND CMAKE_MODULE_PATH ${_dir})
endif()

# Read before the template's own code: a 64-bit Unicode installer (the programs are 64-bit; a
# 32-bit installer would also need 32-bit Wine to be tested), and where the chosen language is
# remembered.
set(CPACK_NSIS_DEFINES "
  Target amd64-unicode
  !define MUI_LANGDLL_ALLLANGUAGES
  !define MUI_LANGDLL_REGISTRY_ROOT SHCTX
  !define MUI_LANGDLL_REGISTRY_KEY \"Software\\MailslotMonitor\"
  !define MUI_LANGDLL_REGISTRY_VALUENAME \"Installer Language\"
  !define MUI_LANGDLL_WINDOWTITLE \"Mailslot Monitor\"
  !define MUI_LANGDLL_INFO \"Please choose a language.$\\nElija un idioma.$\\nScegli una lingua.\"")
