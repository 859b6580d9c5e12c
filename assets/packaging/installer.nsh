; Included by electron-builder's NSIS installer (nsis.include).
; "Open with DuThao" for .docx without taking .docx away from Word: a ProgID
; of our own plus an OpenWithProgids entry, per user (SHCTX = HKCU for a
; per-user install). Removed again on uninstall.
!macro customInstall
  WriteRegStr SHCTX "Software\Classes\DuThao.WordDocument" "" "DuThao - Word document"
  WriteRegStr SHCTX "Software\Classes\DuThao.WordDocument\DefaultIcon" "" "$appExe,0"
  WriteRegStr SHCTX "Software\Classes\DuThao.WordDocument\shell\open\command" "" '"$appExe" "%1"'
  WriteRegStr SHCTX "Software\Classes\.docx\OpenWithProgids" "DuThao.WordDocument" ""
  WriteRegStr SHCTX "Software\Classes\Applications\${APP_EXECUTABLE_FILENAME}\SupportedTypes" ".docx" ""
  WriteRegStr SHCTX "Software\Classes\Applications\${APP_EXECUTABLE_FILENAME}\SupportedTypes" ".duthao" ""
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'
!macroend

!macro customUnInstall
  DeleteRegValue SHCTX "Software\Classes\.docx\OpenWithProgids" "DuThao.WordDocument"
  DeleteRegKey SHCTX "Software\Classes\DuThao.WordDocument"
  DeleteRegKey SHCTX "Software\Classes\Applications\${APP_EXECUTABLE_FILENAME}"
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'
!macroend
