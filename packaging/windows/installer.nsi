; Dân Vận Desktop: the Windows installer (NSIS 3, Unicode).
;
; Built by packaging/windows/make_artefacts.py, which passes:
;   makensis -DVERSION=0.1.0 -DVERSION_QUAD=0.1.0.0 -DSOURCE_DIR=dist\DanVanDesktop
;            -DOUTFILE=dist\DanVanDesktop-0.1.0-setup.exe -DICON=build\build\assets\DanVanDesktop.ico
;            packaging\windows\installer.nsi
;
; Per user, no administrator rights: the program goes to %LOCALAPPDATA%\Programs\DanVanDesktop.
; The data (database, backups, logs) live elsewhere, in %LOCALAPPDATA%\DanVanDesktop, and are
; never touched: an upgrade replaces the program files in place; the uninstaller removes the
; program and its shortcuts and keeps the data.

; A 64-bit installer for a 64-bit app (PySide6 has no 32-bit Windows build) where this NSIS
; has the amd64 stubs (Debian's does; it also runs under a 64-bit-only Wine). The official
; Windows NSIS ships only x86 stubs: a 32-bit Unicode installer there, which installs the
; same per-user files and registry entries on 64-bit Windows (HKCU is not redirected).
!if /FileExists "${NSISDIR}/Stubs/zlib-amd64-unicode"
  Target amd64-unicode
!else
  Unicode true
!endif
ManifestDPIAware true
; -DCOMPRESSOR=lzma (the default, smallest), zlib, or none (tests: makensis checks the
; script the same way, without minutes of compression).
!ifndef COMPRESSOR
  !define COMPRESSOR "lzma"
!endif
!if "${COMPRESSOR}" == "none"
  SetCompress off
!else
  SetCompressor /SOLID ${COMPRESSOR}
!endif

!ifndef VERSION
  !error "VERSION is required (-DVERSION=0.1.0)"
!endif
!ifndef VERSION_QUAD
  !error "VERSION_QUAD is required (-DVERSION_QUAD=0.1.0.0)"
!endif
!ifndef SOURCE_DIR
  !error "SOURCE_DIR is required: the PyInstaller one-folder build (dist\DanVanDesktop)"
!endif
!ifndef OUTFILE
  !define OUTFILE "DanVanDesktop-${VERSION}-setup.exe"
!endif

!define APP_NAME "Dân Vận Desktop"
!define APP_ID "DanVanDesktop"
!define APP_EXE "DanVanDesktop.exe"
!define PUBLISHER "Dân Vận Desktop"
!define UNINSTALL_EXE "Gỡ cài đặt.exe"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\${APP_ID}"
!define DATA_DIR "$LOCALAPPDATA\${APP_ID}"

Name "${APP_NAME}"
OutFile "${OUTFILE}"
RequestExecutionLevel user
InstallDir "$LOCALAPPDATA\Programs\${APP_ID}"
; An upgrade goes where the previous version was installed.
InstallDirRegKey HKCU "${UNINSTALL_KEY}" "InstallLocation"
BrandingText "${APP_NAME} ${VERSION}"

VIProductVersion "${VERSION_QUAD}"
VIFileVersion "${VERSION_QUAD}"
VIAddVersionKey /LANG=0 "ProductName" "${APP_NAME}"
VIAddVersionKey /LANG=0 "CompanyName" "${PUBLISHER}"
VIAddVersionKey /LANG=0 "FileDescription" "Cài đặt ${APP_NAME}"
VIAddVersionKey /LANG=0 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "LegalCopyright" "GPL-3.0-or-later"

!include "MUI2.nsh"
!include "FileFunc.nsh"

!ifdef ICON
  !define MUI_ICON "${ICON}"
  !define MUI_UNICON "${ICON}"
!endif
!define MUI_ABORTWARNING
!define MUI_WELCOMEPAGE_TITLE "Cài đặt ${APP_NAME} ${VERSION}"
!define MUI_WELCOMEPAGE_TEXT "Chương trình sẽ cài ${APP_NAME} cho người dùng này, không cần quyền quản trị.$\r$\n$\r$\nNếu máy đã có phiên bản cũ, chương trình sẽ được nâng cấp tại chỗ; dữ liệu (cơ sở dữ liệu, bản sao lưu) được giữ nguyên.$\r$\n$\r$\nHãy đóng ${APP_NAME} trước khi tiếp tục."
!define MUI_FINISHPAGE_RUN "$INSTDIR\${APP_EXE}"
!define MUI_FINISHPAGE_RUN_TEXT "Mở ${APP_NAME}"
!define MUI_UNCONFIRMPAGE_TEXT_TOP "Chương trình ${APP_NAME} sẽ được gỡ khỏi máy. Dữ liệu trong ${DATA_DIR} (cơ sở dữ liệu, bản sao lưu, nhật ký) được giữ lại; muốn xóa hẳn, hãy xóa thư mục đó sau khi đã sao lưu."

!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES
!insertmacro MUI_LANGUAGE "Vietnamese"

; The program must be closed: its files cannot be replaced (or removed) while it runs, and
; Windows refuses to open a running program's file for writing. $R0: the file to check.
!macro DEFINE_ENSURE_CLOSED PREFIX
Function ${PREFIX}EnsureClosed
  retry:
  ClearErrors
  IfFileExists "$R0" 0 done
  FileOpen $0 "$R0" a
  IfErrors 0 opened
  MessageBox MB_RETRYCANCEL|MB_ICONEXCLAMATION "${APP_NAME} đang chạy. Hãy đóng chương trình rồi bấm Thử lại." \
    /SD IDCANCEL IDRETRY retry
  Abort "${APP_NAME} đang chạy."
  opened:
  FileClose $0
  done:
FunctionEnd
!macroend
!insertmacro DEFINE_ENSURE_CLOSED ""
!insertmacro DEFINE_ENSURE_CLOSED "un."

Section "${APP_NAME}" SecMain
  SectionIn RO
  StrCpy $R0 "$INSTDIR\${APP_EXE}"
  Call EnsureClosed
  StrCpy $R0 "$INSTDIR\danvan.exe"
  Call EnsureClosed
  SetOutPath "$INSTDIR"
  ; Upgrade in place: the previous version's program files go first, so nothing stale
  ; (a module or library the new version dropped) stays behind. Only the program folder.
  RMDir /r "$INSTDIR\_internal"
  File /r "${SOURCE_DIR}\*.*"
  WriteUninstaller "$INSTDIR\${UNINSTALL_EXE}"

  SetShellVarContext current
  CreateDirectory "$SMPROGRAMS\${APP_NAME}"
  CreateShortcut "$SMPROGRAMS\${APP_NAME}\${APP_NAME}.lnk" "$INSTDIR\${APP_EXE}" "" "$INSTDIR\${APP_EXE}" 0 \
    SW_SHOWNORMAL "" "Công tác dân vận chính quyền: đơn thư, tiếp công dân, báo cáo"
  CreateShortcut "$SMPROGRAMS\${APP_NAME}\Gỡ cài đặt ${APP_NAME}.lnk" "$INSTDIR\${UNINSTALL_EXE}"
  CreateShortcut "$DESKTOP\${APP_NAME}.lnk" "$INSTDIR\${APP_EXE}" "" "$INSTDIR\${APP_EXE}" 0

  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayName" "${APP_NAME}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "Publisher" "${PUBLISHER}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\${APP_EXE}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\${UNINSTALL_EXE}"'
  WriteRegStr HKCU "${UNINSTALL_KEY}" "QuietUninstallString" '"$INSTDIR\${UNINSTALL_EXE}" /S'
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoRepair" 1
  ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
  IntFmt $0 "0x%08X" $0
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "EstimatedSize" "$0"
SectionEnd

Section "Uninstall"
  StrCpy $R0 "$INSTDIR\${APP_EXE}"
  Call un.EnsureClosed
  SetShellVarContext current
  Delete "$DESKTOP\${APP_NAME}.lnk"
  RMDir /r "$SMPROGRAMS\${APP_NAME}"
  ; The program folder only; the data folder ${DATA_DIR} is kept.
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\${APP_EXE}"
  Delete "$INSTDIR\danvan.exe"
  Delete "$INSTDIR\${UNINSTALL_EXE}"
  RMDir "$INSTDIR"
  DeleteRegKey HKCU "${UNINSTALL_KEY}"
  DetailPrint "Dữ liệu được giữ lại tại ${DATA_DIR}."
SectionEnd
