#!/usr/bin/env bash
# Benchmarks (figures, not pass/fail): build/bench.sh [suite ...]
# Each suite runs in a process of its own so its peak memory is its own; prints "suite.name: value unit".
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
project="$root/build/bench/TriggerMail.Benchmarks.csproj"
dotnet build "$project" -c Release --nologo -v quiet -clp:ErrorsOnly >&2
dll="$root/build/bench/bin/Release/net10.0/TriggerMail.Benchmarks.dll"
if [ $# -eq 0 ]; then
    mapfile -t suites < <(dotnet "$dll" --list)
else
    suites=("$@")
fi
# The tracking suite's load comes from wrk, a separate process, so the client does not take the server's CPU.
if [[ " ${suites[*]} " == *" tracking "* ]] && ! command -v wrk >/dev/null; then
    echo "installing wrk (apt-get) for the tracking benchmark" >&2
    sudo_cmd=(); [ "$(id -u)" -ne 0 ] && sudo_cmd=(sudo)
    "${sudo_cmd[@]}" apt-get install -y -qq wrk >&2 || { "${sudo_cmd[@]}" apt-get update -qq >&2 && "${sudo_cmd[@]}" apt-get install -y -qq wrk >&2; }
fi
for suite in "${suites[@]}"; do
    dotnet "$dll" "$suite"
done
