; housedesk's Windows installer (Inno Setup 6), around the frozen folder dist\housedesk\.
;
;   python scripts\build.py
;   iscc /DAppVersion=0.1.0 packaging\windows\housedesk.iss
;
; writes dist\installer\housedesk-0.1.0-setup.exe (.github/workflows/windows.yml does both,
; with the version from housedesk.__version__). With a code-signing certificate the workflow
; also passes /DSign and /Shousedesk=... so that the installer and the uninstaller are signed.
;
; What a volunteer gets: a Dutch wizard that needs no administrator (per-user install in
; %LOCALAPPDATA%\Programs\housedesk), a Start-menu entry and, if ticked, a desktop icon.
; Installing a newer version over an older one replaces the program in place (same AppId,
; same folder); the data is never touched by the installer: the app itself migrates the
; database at its next start, after a backup. The uninstaller removes the program only and
; says where the data stayed.

#ifndef AppVersion
  #error Give the version: iscc /DAppVersion=x.y.z (housedesk.__version__)
#endif
#define AppName "housedesk"
#define AppExe "housedesk.exe"
; The data folder (database, backups, logs, settings): platformdirs' per-user data folder as
; housedesk/common/paths.py asks for it, %LOCALAPPDATA%\housedesk (tests/test_bundle.py).
#define DataFolder "{localappdata}\housedesk"

[Setup]
; Never change the AppId: Windows knows an installed housedesk by it, and an installer with
; the same AppId upgrades it in place instead of installing a second copy.
AppId={{70A05D1A-C8B6-4944-967F-B9E05705C05A}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=housedesk
AppComments=Het register van een gemeenschapshuis
; Per user, without administrator rights, where Windows puts per-user programs
; (%LOCALAPPDATA%\Programs, what {userpf} names; written out, as Wine cannot name it).
PrivilegesRequired=lowest
DefaultDirName={localappdata}\Programs\{#AppName}
; Fewer questions: the folder and the Start-menu group are fixed.
DisableDirPage=yes
DisableProgramGroupPage=yes
UsePreviousAppDir=yes
; A housedesk that is still open is closed (the wizard asks first) before its files are replaced.
CloseApplications=yes
RestartApplications=no
ShowLanguageDialog=no
LanguageDetectionMethod=none
WizardStyle=modern
SetupIconFile=..\housedesk.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
OutputDir=..\..\dist\installer
OutputBaseFilename=housedesk-{#AppVersion}-setup
Compression=lzma2
SolidCompression=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
#ifdef Sign
SignTool=housedesk
SignedUninstaller=yes
#endif

[Languages]
Name: "dutch"; MessagesFile: "compiler:Languages\Dutch.isl"

[CustomMessages]
dutch.DataKept=housedesk is verwijderd. Uw gegevens zijn bewaard gebleven: de database, de back-ups en het logboek staan nog in%n%n%1%n%nInstalleert u housedesk opnieuw, dan vindt het ze daar terug. Wilt u ze echt kwijt, verwijder die map dan zelf (zet eerst een back-up op een USB-stick als u ze later nog nodig kunt hebben).
dutch.ShortcutComment=Het register van het gemeenschapshuis

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; An upgrade replaces the whole program: no file of an older version stays beside the new one.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "..\..\dist\housedesk\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; Comment: "{cm:ShortcutComment}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Comment: "{cm:ShortcutComment}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[Code]
// The uninstaller deletes only what the installer put in the program's folder; the data folder
// is not among it. Say where it is, so that nobody thinks the data is gone, or gone for good.
procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
var
  Folder: String;
begin
  if CurUninstallStep = usPostUninstall then
  begin
    Folder := ExpandConstant('{#DataFolder}');
    if DirExists(Folder) and not UninstallSilent then
      MsgBox(FmtMessage(CustomMessage('DataKept'), [Folder]), mbInformation, MB_OK);
  end;
end;
