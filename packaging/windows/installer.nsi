; NSIS installer for ehealth-wizard: wraps a Windows PyInstaller one-folder build.
; Built by `python packaging/build.py windows-installer --dist DIR [--profile vendor.toml]`,
; which passes the /D defines below. makensis runs on Windows and on Linux alike.
;
; Per-user (no admin rights, %LOCALAPPDATA%\Programs) or per-machine (%ProgramFiles%) install,
; chosen on the first page; Start-menu shortcut; uninstaller registered in "Apps & features".

Unicode true
SetCompressor /SOLID lzma

!ifndef APP_VERSION
  !error "APP_VERSION is required (build.py passes it)"
!endif
!ifndef DIST_DIR
  !error "DIST_DIR (the Windows one-folder build) is required"
!endif
!ifndef OUT_FILE
  !define OUT_FILE "ehealth-wizard-${APP_VERSION}-setup.exe"
!endif
!ifndef VENDOR_NAME
  !define VENDOR_NAME "ehealth-wizard"
!endif

!define APP_NAME "ehealth-wizard"
!define APP_TITLE "eHealth Wizard"
!define APP_EXE "ehealth-wizard.exe"
!define UNINST_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\${APP_NAME}"

; MultiUser: the director can install without administrator rights.
!define MULTIUSER_EXECUTIONLEVEL Highest
!define MULTIUSER_MUI
!define MULTIUSER_INSTALLMODE_COMMANDLINE
!define MULTIUSER_INSTALLMODE_INSTDIR "${APP_NAME}"
!define MULTIUSER_INSTALLMODE_DEFAULT_REGISTRY_KEY "Software\${APP_NAME}"
!define MULTIUSER_INSTALLMODE_DEFAULT_REGISTRY_VALUENAME "InstallMode"
!define MULTIUSER_INSTALLMODE_INSTDIR_REGISTRY_KEY "Software\${APP_NAME}"
!define MULTIUSER_INSTALLMODE_INSTDIR_REGISTRY_VALUENAME "InstallDir"
!define MULTIUSER_USE_PROGRAMFILES64
!include MultiUser.nsh
!include MUI2.nsh

Name "${APP_TITLE} (${VENDOR_NAME})"
OutFile "${OUT_FILE}"
BrandingText "${VENDOR_NAME}"
VIProductVersion "${APP_VERSION}.0"
VIAddVersionKey /LANG=1058 "ProductName" "${APP_TITLE}"
VIAddVersionKey /LANG=1058 "CompanyName" "${VENDOR_NAME}"
VIAddVersionKey /LANG=1058 "FileVersion" "${APP_VERSION}"
VIAddVersionKey /LANG=1058 "FileDescription" "Реєстрація медичного закладу в eHealth"
VIAddVersionKey /LANG=1058 "LegalCopyright" "${VENDOR_NAME}"

!ifdef ICON_FILE
  !define MUI_ICON "${ICON_FILE}"
  !define MUI_UNICON "${ICON_FILE}"
!endif
!define MUI_ABORTWARNING
!define MUI_FINISHPAGE_RUN "$INSTDIR\${APP_EXE}"

!insertmacro MUI_PAGE_WELCOME
!insertmacro MULTIUSER_PAGE_INSTALLMODE
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES

!insertmacro MUI_LANGUAGE "Ukrainian"
!insertmacro MUI_LANGUAGE "English"

Function .onInit
  !insertmacro MULTIUSER_INIT
FunctionEnd

Function un.onInit
  !insertmacro MULTIUSER_UNINIT
FunctionEnd

Section "ehealth-wizard" SecMain
  SectionIn RO
  SetOutPath "$INSTDIR"
  File /r "${DIST_DIR}\*.*"
!ifdef PROFILE_DIR
  ; The vendor profile (vendor.toml + branding/) sits next to the executable, where the
  ; program looks for it.
  File /r "${PROFILE_DIR}\*.*"
!endif
  WriteUninstaller "$INSTDIR\uninstall.exe"

  CreateDirectory "$SMPROGRAMS\${VENDOR_NAME}"
  CreateShortCut "$SMPROGRAMS\${VENDOR_NAME}\${APP_TITLE}.lnk" "$INSTDIR\${APP_EXE}"
  CreateShortCut "$DESKTOP\${APP_TITLE}.lnk" "$INSTDIR\${APP_EXE}"

  WriteRegStr SHCTX "Software\${APP_NAME}" "InstallDir" "$INSTDIR"
  WriteRegStr SHCTX "Software\${APP_NAME}" "InstallMode" "$MultiUser.InstallMode"
  WriteRegStr SHCTX "${UNINST_KEY}" "DisplayName" "${APP_TITLE} (${VENDOR_NAME})"
  WriteRegStr SHCTX "${UNINST_KEY}" "DisplayVersion" "${APP_VERSION}"
  WriteRegStr SHCTX "${UNINST_KEY}" "Publisher" "${VENDOR_NAME}"
  WriteRegStr SHCTX "${UNINST_KEY}" "DisplayIcon" "$INSTDIR\${APP_EXE}"
  WriteRegStr SHCTX "${UNINST_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe" /$MultiUser.InstallMode'
  WriteRegStr SHCTX "${UNINST_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /$MultiUser.InstallMode /S'
  WriteRegDWORD SHCTX "${UNINST_KEY}" "NoModify" 1
  WriteRegDWORD SHCTX "${UNINST_KEY}" "NoRepair" 1
SectionEnd

Section "Uninstall"
  ; The director's drafts live in their profile (%LOCALAPPDATA%\ehealth-wizard), not here:
  ; uninstalling never deletes their data.
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\${APP_EXE}"
  Delete "$INSTDIR\vendor.toml"
  RMDir /r "$INSTDIR\branding"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"
  Delete "$SMPROGRAMS\${VENDOR_NAME}\${APP_TITLE}.lnk"
  RMDir "$SMPROGRAMS\${VENDOR_NAME}"
  Delete "$DESKTOP\${APP_TITLE}.lnk"
  DeleteRegKey SHCTX "${UNINST_KEY}"
  DeleteRegKey SHCTX "Software\${APP_NAME}"
SectionEnd
