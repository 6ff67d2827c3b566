; Inno Setup script for NEO Desktop: a per-machine installation into Program Files.
; Build: iscc /DAppVersion=0.1.0 installer\neo_desktop.iss  (after python installer\build.py)
; Silent installation for deployment tools, with the shared database pre-set for every user:
;   NEO-Desktop-Setup.exe /VERYSILENT /SUPPRESSMSGBOXES /NORESTART /DBHOST=db.example.org /DBNAME=neo /DBPORT=5432 /DBSSLMODE=verify-full
; See installer/README.md.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "NEO Desktop"
#define SourceFolder "dist\NEO Desktop"

[Setup]
; The AppId ties upgrades to earlier installations: never change it.
AppId={{5B0E6B3C-2E7A-4C55-9C1B-7D3F1A2E4B61}
AppName={#AppName}
AppVersion={#AppVersion}
AppPublisher=NEO partnership
VersionInfoVersion={#AppVersion}
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
; Per machine: installed by IT for every user of the workstation.
PrivilegesRequired=admin
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
; An upgrade replaces the program in place; user data lives in each user's profile and is never touched.
UsePreviousAppDir=yes
CloseApplications=yes
OutputDir=output
OutputBaseFilename=NEO-Desktop-Setup-{#AppVersion}
SetupIconFile=..\resources\icons\neo.ico
UninstallDisplayIcon={app}\NEO Desktop.exe
Compression=lzma2
SolidCompression=yes
WizardStyle=modern

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "da"; MessagesFile: "compiler:Languages\Danish.isl"

[Files]
; Remove the previous version's files first, so that an upgrade leaves no stale module behind.
Source: "{#SourceFolder}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\NEO Desktop.exe"

[UninstallDelete]
; Only what the installer itself wrote. Users' databases, settings and logs stay in their profiles.
Type: files; Name: "{commonappdata}\NEO\NEO Desktop\connection.json"

[Run]
Filename: "{app}\NEO Desktop.exe"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[Code]
{ The shared database for every user of this machine (host, port, database, TLS mode; never a password),
  from /DBHOST= /DBPORT= /DBNAME= /DBSSLMODE= on the command line. Without /DBHOST nothing is written and
  an existing file is kept, so an upgrade does not undo what IT set up. }

function JsonText(Value: String): String;
begin
  StringChangeEx(Value, '\', '\\', True);
  StringChangeEx(Value, '"', '\"', True);
  Result := '"' + Value + '"';
end;

procedure WriteMachineConnection();
var
  Host, Port, Database, SslMode, Folder: String;
begin
  Host := ExpandConstant('{param:DBHOST|}');
  if Host = '' then
    exit;
  Port := ExpandConstant('{param:DBPORT|5432}');
  Database := ExpandConstant('{param:DBNAME|neo}');
  SslMode := ExpandConstant('{param:DBSSLMODE|verify-full}');
  if StrToIntDef(Port, -1) < 1 then
    Port := '5432';
  Folder := ExpandConstant('{commonappdata}\NEO\NEO Desktop');
  ForceDirectories(Folder);
  SaveStringToFile(Folder + '\connection.json',
    '{' + #13#10 +
    '  "host": ' + JsonText(Host) + ',' + #13#10 +
    '  "port": ' + Port + ',' + #13#10 +
    '  "database": ' + JsonText(Database) + ',' + #13#10 +
    '  "sslmode": ' + JsonText(SslMode) + #13#10 +
    '}' + #13#10, False);
end;

procedure CurStepChanged(CurStep: TSetupStep);
begin
  if CurStep = ssPostInstall then
    WriteMachineConnection();
end;
