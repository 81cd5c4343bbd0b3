#!/usr/bin/env bash
# Builds DealBrief's self-contained app image and, where this machine has the tools, its
# native Linux packages, with jpackage from the JDK in use.
#
#   installer/build.sh [app-image|deb|rpm|all]     (default: all)
#
#   app-image  target/installer/dealbrief/         (bin/dealbrief + bundled runtime)
#   deb        target/installer/dealbrief_<version>-1_amd64.deb   (needs dpkg-deb and fakeroot)
#   rpm        target/installer/dealbrief-<version>-1.x86_64.rpm  (needs rpmbuild)
#   all        app-image, then each package type whose tools exist (missing tools: skipped)
#
# Environment: JAVA_HOME (else the jpackage on PATH), APP_VERSION (else pom.xml's version),
# DEB_MAINTAINER (an e-mail address), DPKG_DEB_COMPRESSOR_TYPE=gzip for a fast, larger .deb.
# The one input is the fat jar (`mvn -q -DskipTests package`); JavaFX's Linux jars are inside
# it, on the class path. Windows and macOS: see installer/README.md.
set -euo pipefail

cd "$(dirname "$0")/.."
ROOT=$PWD
OUT=$ROOT/target/installer
INPUT=$ROOT/target/installer-input
JAR=$ROOT/target/dealbrief.jar
RESOURCES=$ROOT/installer/resources
NAME=dealbrief               # launcher, package and install folder: /opt/dealbrief/bin/dealbrief
MAIN_CLASS=app.dealbrief.Main
DESCRIPTION="Offline meeting briefings from account notes"
DEB_MAINTAINER=${DEB_MAINTAINER:-packaging@dealbrief.example}

# The runtime's modules. Derived with jdeps on the fat jar (minus the versioned module-info
# files the shaded jar carries, which make jdeps treat it as a module):
#   jdeps --multi-release 17 --ignore-missing-deps --print-module-deps dealbrief.jar
# -> java.base,java.compiler,java.instrument,java.management,java.naming,java.scripting,
#    java.sql,jdk.jfr,jdk.net,jdk.unsupported,jdk.unsupported.desktop
# plus what is loaded reflectively or by service lookup: java.desktop and java.logging
# (JavaFX, PDFBox), jdk.management (Lucene's HotSpot probe), jdk.crypto.ec, jdk.charsets,
# jdk.zipfs. jdeps takes ~30 s, so the list is fixed here; rerun it when dependencies change.
MODULES=java.base,java.compiler,java.desktop,java.instrument,java.logging,java.management,\
java.naming,java.scripting,java.sql,java.xml,jdk.jfr,jdk.net,jdk.unsupported,\
jdk.unsupported.desktop,jdk.management,jdk.crypto.ec,jdk.charsets,jdk.zipfs

# The launchers' JVM options (issue 17, docs/decisions/0004-import-and-cold-start.md): the quick compiler only
# (on two cores the optimising one spent more CPU compiling than it saved, for a cold CLI command and for a
# 25 MB import alike), the serial collector (a small heap: the import's peak RSS fell from ~700 MB to ~400 MB),
# and the JVM's own warnings on stderr, so nothing but the command's output reaches stdout (CDS's are off: an
# image moved after the build, like the .deb's /opt/dealbrief, runs without the app archive, silently).
JAVA_OPTIONS="-Dfile.encoding=UTF-8 -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xshare:auto -Xlog:disable -Xlog:all=warning,cds=off,cds+dynamic=off:stderr"

log() { printf '[installer] %s\n' "$*" >&2; }
die() { log "error: $*"; exit 1; }
have() { command -v "$1" >/dev/null 2>&1; }

find_jpackage() {
    if [[ -n "${JAVA_HOME:-}" && -x "$JAVA_HOME/bin/jpackage" ]]; then
        echo "$JAVA_HOME/bin/jpackage"
    elif have jpackage; then
        command -v jpackage
    else
        die "jpackage not found: set JAVA_HOME to a JDK 17+ (not a JRE)"
    fi
}

app_version() {
    if [[ -n "${APP_VERSION:-}" ]]; then
        echo "$APP_VERSION"
        return
    fi
    # The project's own <version> is the first one in pom.xml (there is no parent).
    local v
    v=$(sed -n 's:^  <version>\([^<]*\)</version>.*:\1:p' pom.xml | head -n 1)
    [[ -n "$v" ]] || die "no <version> in pom.xml; set APP_VERSION"
    echo "${v%%-*}"   # jpackage wants digits and dots: 0.2.0-SNAPSHOT -> 0.2.0
}

ensure_jar() {
    if [[ ! -f "$JAR" ]]; then
        have mvn || die "$JAR is missing and mvn is not on PATH"
        log "building $JAR"
        mvn -q -DskipTests package
    fi
    [[ -f "$JAR" ]] || die "mvn did not produce $JAR"
}

build_app_image() {
    ensure_jar
    rm -rf "$INPUT" "$OUT/$NAME"
    mkdir -p "$INPUT" "$OUT"
    cp "$JAR" "$INPUT/"
    cp installer/LICENSE.txt "$INPUT/"
    log "jpackage app-image -> $OUT/$NAME"
    local t0=$SECONDS
    "$JPACKAGE" --type app-image \
        --dest "$OUT" \
        --input "$INPUT" \
        --main-jar dealbrief.jar \
        --main-class "$MAIN_CLASS" \
        --name "$NAME" \
        --app-version "$VERSION" \
        --vendor DealBrief \
        --copyright "Copyright (c) 2026 DealBrief" \
        --description "$DESCRIPTION" \
        --icon installer/dealbrief.png \
        --add-modules "$MODULES" \
        --jlink-options "--strip-debug --no-man-pages --no-header-files --generate-cds-archive" \
        --java-options "$JAVA_OPTIONS"
    train_class_archive
    log "app image built in $((SECONDS - t0)) s: $(du -sh "$OUT/$NAME" | cut -f1)"
}

# Application class data sharing (issue 17, docs/decisions/0004): the runtime gets the JDK's own CDS archive
# (jlink --generate-cds-archive, which needs the runtime's bin/java: native commands are kept) and the app a dynamic archive of the classes a CLI import, brief and sheet
# load, written by one training run on a scratch data folder (the sample vault) and named in the launcher's
# options. The JVM checks the archive against the jar and runtime and ignores one that does not match
# (-Xshare:auto), so a stale or missing archive costs speed, never a start.
train_class_archive() {
    local app=$OUT/$NAME launcher=$OUT/$NAME/bin/$NAME work
    local archive=$app/lib/app/$NAME.jsa cfg=$app/lib/app/$NAME.cfg
    work=$(mktemp -d "${TMPDIR:-/tmp}/dealbrief-cds.XXXXXX")
    local t0=$SECONDS
    if "$launcher" import "$ROOT/assets/sample-vault" --data-dir "$work/data" >/dev/null 2>"$work/import.err" \
        && JAVA_TOOL_OPTIONS="-XX:ArchiveClassesAtExit=$archive -Xlog:cds=off,cds+dynamic=off" \
            "$launcher" sheet Microsoft --out "$work/sheet.pdf" --data-dir "$work/data" >/dev/null 2>"$work/sheet.err" \
        && [[ -s "$archive" ]]; then
        # [JavaOptions] is the cfg's last section: the archive joins the launcher's options
        grep -q '^\[JavaOptions\]' "$cfg" || echo '[JavaOptions]' >>"$cfg"
        echo "java-options=-XX:SharedArchiveFile=\$APPDIR/$NAME.jsa" >>"$cfg"
        log "class archive: $(du -h "$archive" | cut -f1) in $((SECONDS - t0)) s"
    else
        rm -f "$archive"
        log "class archive skipped (training run failed: $(tail -n 3 "$work"/*.err 2>/dev/null | tr '\n' ' '))"
    fi
    rm -rf "$work"
}

# Native Linux package from the app image, so jlink runs once for all types.
build_linux_package() {
    local type=$1 deps=$2
    log "jpackage $type -> $OUT"
    local t0=$SECONDS
    "$JPACKAGE" --type "$type" \
        --dest "$OUT" \
        --app-image "$OUT/$NAME" \
        --name "$NAME" \
        --app-version "$VERSION" \
        --vendor DealBrief \
        --copyright "Copyright (c) 2026 DealBrief" \
        --description "$DESCRIPTION" \
        --icon installer/dealbrief.png \
        --license-file installer/LICENSE.txt \
        --resource-dir "$RESOURCES" \
        --linux-package-name "$NAME" \
        --linux-menu-group Office \
        --linux-app-category office \
        --linux-shortcut \
        --linux-deb-maintainer "$DEB_MAINTAINER" \
        --linux-rpm-license-type Proprietary \
        --linux-package-deps "$deps"
    log "$type built in $((SECONDS - t0)) s"
}

# jpackage finds the bundled runtime's library dependencies itself (libc6, libx11-6, libxtst6,
# libfreetype6, libasound2 ...). JavaFX's native libraries travel inside the jar and are
# unpacked at run time, so declare what they need: GTK 3 (which brings cairo, pango, atk,
# gdk-pixbuf, fontconfig) and libGL for the hardware pipeline.
require_deb_tools() {
    have dpkg-deb || die "deb: dpkg-deb not found"
    have fakeroot || die "deb: fakeroot not found (apt-get install fakeroot)"
}
build_deb() {
    build_linux_package deb "libgtk-3-0, libgl1"
}

require_rpm_tools() {
    have rpmbuild || die "rpm: rpmbuild not found (dnf install rpm-build)"
}
build_rpm() {
    build_linux_package rpm "gtk3, mesa-libGL"
}

[[ "$(uname -s)" == Linux ]] || die "this script builds Linux images; see installer/README.md for Windows and macOS"
TARGET=${1:-all}
JPACKAGE=$(find_jpackage)
VERSION=$(app_version)
log "jpackage $("$JPACKAGE" --version), version $VERSION, target $TARGET"

case "$TARGET" in
    app-image) build_app_image ;;
    deb) require_deb_tools; build_app_image; build_deb ;;
    rpm) require_rpm_tools; build_app_image; build_rpm ;;
    all)
        build_app_image
        if have dpkg-deb && have fakeroot; then build_deb; else log "deb skipped: needs dpkg-deb and fakeroot"; fi
        if have rpmbuild; then build_rpm; else log "rpm skipped: needs rpmbuild"; fi
        ;;
    -h|--help) sed -n '2,15p' "$0"; exit 0 ;;
    *) die "unknown target '$TARGET' (app-image, deb, rpm or all)" ;;
esac
ls -l "$OUT" >&2
