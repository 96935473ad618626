#!/usr/bin/env bash
# Refreshes lib_npm/: the few files of nopCommerce 4.90's admin front-end libraries the test admin site serves
# (versions in package.json, the ones nopCommerce 4.90 ships). They are committed so tests need no npm at run time.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
npm ci --no-audit --no-fund --loglevel=error
rm -rf lib_npm
copy() { mkdir -p "lib_npm/$(dirname "$2")"; cp "node_modules/$1" "lib_npm/$2"; }
copy admin-lte/dist/css/adminlte.min.css admin-lte/dist/css/adminlte.min.css
copy admin-lte/dist/js/adminlte.min.js admin-lte/dist/js/adminlte.min.js
copy admin-lte/LICENSE admin-lte/LICENSE
copy bootstrap/dist/js/bootstrap.bundle.min.js bootstrap/dist/js/bootstrap.bundle.min.js
copy bootstrap/LICENSE bootstrap/LICENSE
copy jquery/dist/jquery.min.js jquery/dist/jquery.min.js
copy jquery/LICENSE.txt jquery/LICENSE.txt
# a store serves Chart.js from ~/lib_npm/chart.js/ (nopCommerce's build drops the package's dist/ folder)
copy chart.js/dist/chart.umd.min.js chart.js/chart.umd.min.js
copy chart.js/LICENSE.md chart.js/LICENSE.md
copy @fortawesome/fontawesome-free/css/all.min.css @fortawesome/fontawesome-free/css/all.min.css
copy @fortawesome/fontawesome-free/LICENSE.txt @fortawesome/fontawesome-free/LICENSE.txt
for font in node_modules/@fortawesome/fontawesome-free/webfonts/*; do copy "${font#node_modules/}" "${font#node_modules/}"; done
