#!/usr/bin/env bash
# Proves a built DealBrief bundle is whole: its launcher runs the CLI with the bundled runtime,
# passes arguments, stdout and exit codes through, and the store (H2, Flyway, Lucene) works.
#
#   installer/smoke.sh [LAUNCHER]
#
# LAUNCHER defaults to the app image's target/installer/dealbrief/bin/dealbrief; pass
# /opt/dealbrief/bin/dealbrief (or dealbrief) to check an installed package. No display needed.
# Exits 0 when every check passes, 1 otherwise.
set -euo pipefail

cd "$(dirname "$0")/.."
LAUNCHER=${1:-target/installer/dealbrief/bin/dealbrief}
if [[ "$LAUNCHER" != */* ]]; then LAUNCHER=$(command -v "$LAUNCHER" || echo "$LAUNCHER"); fi
[[ -x "$LAUNCHER" ]] || { echo "smoke: no launcher at $LAUNCHER (run installer/build.sh app-image)" >&2; exit 1; }

WORK=$(mktemp -d "${TMPDIR:-/tmp}/dealbrief-smoke.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
DATA=$WORK/data
FAILED=0
pass() { printf 'smoke: ok   %s\n' "$*"; }
fail() { printf 'smoke: FAIL %s\n' "$*" >&2; FAILED=1; }

# Keep the user's own folder out of it even if --data-dir were ignored.
export DEALBRIEF_HOME=$WORK/wrong-home XDG_DATA_HOME=$WORK/wrong-xdg

mkdir -p "$WORK/notes"
cat > "$WORK/notes/2025-11-12 - Smoke check.md" <<'EOF'
---
type: "customer"
title: "Installer smoke check"
date: "2025-11-12"
account: "Zephyr Logistics"
participants:
  - "Ada Smoke (Account Executive)"
source: "transcript"
tags:
  - "account/zephyr-logistics"
---

# Installer smoke check

## Summary
Zephyr Logistics reviewed its GPU capacity plan; NVIDIA remains primary.

## Key Information
- Zephyr Logistics signed a three-year capacity commitment.
EOF

run() { # run NAME EXPECTED_EXIT ARGS... ; stdout -> $WORK/NAME.out, stderr -> $WORK/NAME.err
    local name=$1 want=$2 rc=0
    shift 2
    "$LAUNCHER" "$@" --data-dir "$DATA" >"$WORK/$name.out" 2>"$WORK/$name.err" || rc=$?
    if [[ $rc -eq $want ]]; then
        pass "$name exits $rc"
    else
        fail "$name exits $rc, expected $want"
        sed 's/^/    /' "$WORK/$name.err" | tail -n 20 >&2
    fi
}

START=$SECONDS
run import 0 import "$WORK/notes/2025-11-12 - Smoke check.md"
if grep -q '^imported 1, ' "$WORK/import.out"; then pass "import reports 1 imported"; else fail "import printed: $(cat "$WORK/import.out")"; fi

run accounts 0 accounts --json
if grep -q '"name" *: *"Zephyr Logistics"' "$WORK/accounts.out" && grep -q '"noteCount" *: *1' "$WORK/accounts.out"; then
    pass "accounts --json names the account"
else
    fail "accounts --json printed: $(cat "$WORK/accounts.out")"
fi

run notes 0 notes "zephyr logistics" --json
if grep -q '"title" *: *"Installer smoke check"' "$WORK/notes.out"; then pass "notes lists the note"; else fail "notes printed: $(cat "$WORK/notes.out")"; fi

run unknown 3 notes Nobody

run search 0 search capacity --json
if grep -q 'Zephyr Logistics' "$WORK/search.out"; then pass "search finds the note"; else fail "search printed: $(cat "$WORK/search.out")"; fi

[[ -e "$WORK/wrong-home" || -e "$WORK/wrong-xdg" ]] && fail "--data-dir was not honoured"
[[ -d "$DATA" ]] && pass "store written to the --data-dir folder"

if [[ $FAILED -eq 0 ]]; then
    echo "smoke: all checks passed in $((SECONDS - START)) s ($LAUNCHER)"
else
    echo "smoke: FAILED ($LAUNCHER)" >&2
    exit 1
fi
