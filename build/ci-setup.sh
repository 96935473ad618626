#!/usr/bin/env bash
# What the tests need beside the .NET SDK: Debian's Chromium and ChromeDriver for the admin pages' browser tests.
# (The admin's front-end libraries are committed under Nop.Plugin.Misc.TriggerMail.Tests/AdminHost/lib_npm.)
# Idempotent; .ci/run calls it before the tests. Package downloads are retried: the mirrors time out now and then.
set -euo pipefail

retry() {
    local attempt
    for attempt in 1 2 3 4; do
        "$@" && return 0
        echo "attempt $attempt of '$*' failed; retrying in $((attempt * 10)) s" >&2
        sleep $((attempt * 10))
    done
    return 1
}

if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ]; then
    sudo=""
    [ "$(id -u)" -ne 0 ] && sudo="sudo"
    retry $sudo apt-get update -qq
    retry env DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium chromium-driver >/dev/null
fi
