#!/usr/bin/env bash
# Builds the plugin.
#   build/build.sh [package] [--output DIR]  Release build, then DIR/Misc.TriggerMail.zip (default DIR: artifacts/)
#                                            in the layout of nopCommerce's "Upload plugin or theme".
#   build/build.sh nop <nopCommerce src>     Builds inside a nopCommerce 4.90 source tree: references
#                                            Presentation/Nop.Web.Framework and writes the plugin to
#                                            Presentation/Nop.Web/Plugins/Misc.TriggerMail.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
project="$root/Nop.Plugin.Misc.TriggerMail/Nop.Plugin.Misc.TriggerMail.csproj"
mode=${1:-package}
[ $# -gt 0 ] && shift

case "$mode" in
    nop)
        src=${1:?usage: build/build.sh nop <path to nopCommerce src folder>}
        src=$(cd "$src" && pwd)
        [ -f "$src/Presentation/Nop.Web.Framework/Nop.Web.Framework.csproj" ] \
            || { echo "error: $src is not a nopCommerce src folder (no Presentation/Nop.Web.Framework)" >&2; exit 2; }
        dotnet build "$project" -c Release -p:NopSrc="$src/" --nologo
        echo "Plugin written to $src/Presentation/Nop.Web/Plugins/Misc.TriggerMail"
        ;;
    package)
        output="$root/artifacts"
        while [ $# -gt 0 ]; do
            case "$1" in
                --output) output=$2; shift 2 ;;
                *) echo "error: unknown option $1" >&2; exit 2 ;;
            esac
        done
        mkdir -p "$output"
        output=$(cd "$output" && pwd)
        bin="$root/Nop.Plugin.Misc.TriggerMail/bin/Release/net9.0"
        rm -rf "$bin"
        dotnet build "$project" -c Release --nologo -v quiet -clp:ErrorsOnly
        dotnet msbuild "$root/build/package.proj" -nologo -v:minimal \
            -p:BinDir="$bin/" -p:ArtifactsDir="$output/"
        echo "Package: $output/Misc.TriggerMail.zip"
        ;;
    *)
        echo "usage: build/build.sh [package [--output DIR] | nop <nopCommerce src>]" >&2
        exit 2
        ;;
esac
