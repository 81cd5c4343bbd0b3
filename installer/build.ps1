# Builds DealBrief's Windows app image or .msi with jpackage (JDK 17+; .msi needs WiX 3.14 on PATH).
#   powershell -ExecutionPolicy Bypass -File installer\build.ps1 [msi|app-image]
# Untested in CI (Linux only); see installer\README.md.
param([ValidateSet('msi', 'app-image')][string]$Type = 'msi')
$ErrorActionPreference = 'Stop'
Set-Location (Join-Path $PSScriptRoot '..')

$jpackage = if ($env:JAVA_HOME -and (Test-Path "$env:JAVA_HOME\bin\jpackage.exe")) { "$env:JAVA_HOME\bin\jpackage.exe" } else { 'jpackage' }
$version = if ($env:APP_VERSION) { $env:APP_VERSION } else {
    ([xml](Get-Content pom.xml)).project.version -replace '-.*$', ''
}
# Same module list as build.sh (derived there with jdeps).
$modules = 'java.base,java.compiler,java.desktop,java.instrument,java.logging,java.management,java.naming,' +
           'java.scripting,java.sql,java.xml,jdk.jfr,jdk.net,jdk.unsupported,jdk.unsupported.desktop,' +
           'jdk.management,jdk.crypto.ec,jdk.charsets,jdk.zipfs'

if (-not (Test-Path target\dealbrief.jar)) {
    # Must be built on Windows: the jar carries the JavaFX natives of the OS it was built on.
    mvn -q -DskipTests package
    if ($LASTEXITCODE -ne 0) { throw 'mvn package failed' }
}
Remove-Item -Recurse -Force target\installer-input, target\installer\DealBrief -ErrorAction SilentlyContinue
New-Item -ItemType Directory -Force target\installer-input, target\installer | Out-Null
Copy-Item target\dealbrief.jar, installer\LICENSE.txt target\installer-input\

$common = @(
    '--dest', 'target\installer',
    '--input', 'target\installer-input', '--main-jar', 'dealbrief.jar', '--main-class', 'app.dealbrief.Main',
    '--name', 'DealBrief', '--app-version', $version, '--vendor', 'DealBrief',
    '--description', 'Offline meeting briefings from account notes',
    '--copyright', 'Copyright (c) 2026 DealBrief',
    '--icon', 'installer\dealbrief.ico',
    '--add-modules', $modules,
    '--java-options', '-Dfile.encoding=UTF-8',
    '--add-launcher', 'dealbrief-cli=installer\windows\dealbrief-cli.properties'
)
if ($Type -eq 'msi') {
    $common += @(
        '--license-file', 'installer\LICENSE.txt',
        '--win-menu', '--win-menu-group', 'DealBrief', '--win-shortcut', '--win-dir-chooser',
        # Never change: a newer .msi with this upgrade code replaces the installed version.
        '--win-upgrade-uuid', 'c34de0a1-8230-417f-a9ba-499751b9cf25'
    )
}
& $jpackage --type $Type @common
if ($LASTEXITCODE -ne 0) { throw "jpackage $Type failed" }
Get-ChildItem target\installer
