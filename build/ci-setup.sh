#!/usr/bin/env bash
# What the tests need beside the .NET SDK: Debian's Chromium and ChromeDriver for the admin pages' browser tests,
# and the front-end libraries nopCommerce's admin ships under ~/lib_npm (jQuery, Bootstrap, AdminLTE, Font Awesome,
# Chart.js) for the test admin site. Idempotent; .ci/run calls it before the tests.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)

if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ]; then
    sudo=""
    [ "$(id -u)" -ne 0 ] && sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium chromium-driver >/dev/null
fi

host="$root/Nop.Plugin.Misc.TriggerMail.Tests/AdminHost"
if [ ! -f "$host/node_modules/chart.js/dist/chart.umd.min.js" ]; then
    (cd "$host" && npm ci --no-audit --no-fund --loglevel=error)
fi
