; KZ Planner: per-user installer (NSIS 3). No administrator rights: the program goes to
; %LOCALAPPDATA%\Programs\KZ Planner, the Start-menu shortcut and the .kzp association to the
; user's own hive (HKCU\Software\Classes). The uninstaller removes only what it installed: the
; user's projects, settings and logs stay.
;
; Build on Windows after `python scripts/build_app.py` (dist\KZPlanner\):
;   makensis /DVERSION=0.1.0 installer\kzplanner.nsi      → dist\KZPlanner-0.1.0-setup.exe
; Dry run of the script on Linux against the Linux one-folder build (.ci/run does this):
;   makensis -DSOURCE_DIR=/abs/dist/KZPlanner -DAPP_EXE=KZPlanner -DOUT_FILE=/tmp/setup.exe \
;            -DDRY_RUN installer/kzplanner.nsi
; Status: prepared, not yet run on Windows.

Unicode true
!ifndef VERSION
  !define VERSION "0.1.0"
!endif
!ifndef SOURCE_DIR
  !define SOURCE_DIR "..\dist\KZPlanner"
!endif
!ifndef APP_EXE
  !define APP_EXE "KZPlanner.exe"
!endif
!ifndef OUT_FILE
  !define OUT_FILE "..\dist\KZPlanner-${VERSION}-setup.exe"
!endif
!define APP_NAME "KZ Planner"
!define PROG_ID "KZPlanner.Project"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\KZPlanner"
!define INSTALL_KEY "Software\KZPlanner\Install"

Name "${APP_NAME} ${VERSION}"
OutFile "${OUT_FILE}"
RequestExecutionLevel user
InstallDir "$LOCALAPPDATA\Programs\${APP_NAME}"
InstallDirRegKey HKCU "${INSTALL_KEY}" "Path"
!ifdef DRY_RUN
  SetCompress off  ; the dry run checks the script, not the compression of 500 MB
!else
  SetCompressor /SOLID lzma
!endif

!include "MUI2.nsh"
!define MUI_ABORTWARNING
!define MUI_FINISHPAGE_RUN "$INSTDIR\${APP_EXE}"
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES
; The first language is the default; Windows' own language picks among them. NSIS ships no
; Kazakh translation of its pages (no Kazakh.nlf), so a Kazakh Windows gets the Russian ones;
; the program itself speaks Kazakh.
!insertmacro MUI_LANGUAGE "Russian"
!insertmacro MUI_LANGUAGE "English"

Function .onInit
  SetShellVarContext current
FunctionEnd

Function un.onInit
  SetShellVarContext current
FunctionEnd

Section "KZ Planner" SecMain
  SectionIn RO
  SetOutPath "$INSTDIR"
  ; an update replaces the program's own folder, never anything beside it
  RMDir /r "$INSTDIR\_internal"
  File /r "${SOURCE_DIR}/*"
  WriteUninstaller "$INSTDIR\Uninstall.exe"
  WriteRegStr HKCU "${INSTALL_KEY}" "Path" "$INSTDIR"

  CreateDirectory "$SMPROGRAMS\${APP_NAME}"
  CreateShortcut "$SMPROGRAMS\${APP_NAME}\${APP_NAME}.lnk" "$INSTDIR\${APP_EXE}"
  CreateShortcut "$SMPROGRAMS\${APP_NAME}\Uninstall ${APP_NAME}.lnk" "$INSTDIR\Uninstall.exe"

  ; .kzp projects open in KZ Planner: this user's association only (no admin rights needed)
  WriteRegStr HKCU "Software\Classes\.kzp" "" "${PROG_ID}"
  WriteRegStr HKCU "Software\Classes\${PROG_ID}" "" "KZ Planner project"
  WriteRegStr HKCU "Software\Classes\${PROG_ID}\DefaultIcon" "" "$INSTDIR\${APP_EXE},0"
  WriteRegStr HKCU "Software\Classes\${PROG_ID}\shell\open\command" "" \
    '"$INSTDIR\${APP_EXE}" gui "%1"'
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'  ; SHCNE_ASSOCCHANGED

  ; Settings → Apps lists it for this user
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayName" "${APP_NAME}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "Publisher" "KZ Planner"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\${APP_EXE},0"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\Uninstall.exe"'
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoRepair" 1
SectionEnd

Section "Uninstall"
  ; Only what the installer put there. The user's projects (wherever they were saved, even in
  ; the program folder), settings (HKCU\Software\KZPlanner\kzplanner) and logs
  ; (%LOCALAPPDATA%\KZ Planner) are kept.
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\${APP_EXE}"
  Delete "$INSTDIR\Uninstall.exe"
  RMDir "$INSTDIR"  ; only when empty: a project saved here keeps its folder

  Delete "$SMPROGRAMS\${APP_NAME}\${APP_NAME}.lnk"
  Delete "$SMPROGRAMS\${APP_NAME}\Uninstall ${APP_NAME}.lnk"
  RMDir "$SMPROGRAMS\${APP_NAME}"

  ; the association only while it is still ours
  ReadRegStr $0 HKCU "Software\Classes\.kzp" ""
  StrCmp $0 "${PROG_ID}" 0 +2
    DeleteRegKey HKCU "Software\Classes\.kzp"
  DeleteRegKey HKCU "Software\Classes\${PROG_ID}"
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'
  DeleteRegKey HKCU "${UNINSTALL_KEY}"
  DeleteRegKey HKCU "${INSTALL_KEY}"
  DeleteRegKey /ifempty HKCU "Software\KZPlanner"
SectionEnd
