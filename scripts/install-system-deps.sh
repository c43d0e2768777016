#!/usr/bin/env bash
# Install the Debian packages wire-alerts needs, when a command is missing:
#   demo : java, mvn (the local Kafka broker)
#   test : the above + promtool, amtool (Prometheus checks) + chromium (the board's browser test)
# Usage: scripts/install-system-deps.sh [demo|test]. Services are installed, not started.
set -euo pipefail
profile="${1:-test}"

declare -A PACKAGES=([java]=openjdk-17-jdk-headless [mvn]=maven [make]=make)
if [[ $profile == test ]]; then
    PACKAGES+=([promtool]=prometheus [amtool]=prometheus-alertmanager [chromium]=chromium)
fi
missing=()
for cmd in "${!PACKAGES[@]}"; do
    command -v "$cmd" >/dev/null 2>&1 || missing+=("${PACKAGES[$cmd]}")
done
python3 -c 'import ensurepip, venv' >/dev/null 2>&1 || missing+=(python3-venv)
((${#missing[@]})) || exit 0

SUDO=""
if [[ "$(id -u)" != 0 ]]; then
    if command -v sudo >/dev/null 2>&1; then SUDO=sudo; else
        echo "missing: ${missing[*]} — install them with apt-get (root needed)" >&2
        exit 1
    fi
fi
if ! command -v apt-get >/dev/null 2>&1; then
    echo "missing: ${missing[*]} — install them with your package manager" >&2
    exit 1
fi
echo "==> apt-get install ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
policy=/usr/sbin/policy-rc.d
made_policy=0
if [[ ! -e $policy ]]; then
    printf '#!/bin/sh\nexit 101\n' | $SUDO tee $policy >/dev/null
    $SUDO chmod +x $policy
    made_policy=1
fi
$SUDO apt-get update -q
$SUDO apt-get install -y -q --no-install-recommends "${missing[@]}"
if [[ $made_policy == 1 ]]; then $SUDO rm -f $policy; fi
