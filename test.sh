#!/usr/bin/env bash
# Runs every test project of the suite and ends with one line of totals:
#   N passed, N failed, N skipped
# First installs what the tests need when it is missing (Debian's chromium for the browser
# tests, PostgreSQL's server binaries for the production-profile tests, Java for the Nu HTML checker); the tests start
# PostgreSQL, the site and the browser themselves.
set -uo pipefail
cd "$(dirname "$0")"

need=()
[ -x /usr/bin/chromium ] || need+=(chromium)
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || need+=(postgresql)
command -v npm >/dev/null 2>&1 || need+=(nodejs npm)
command -v pdftotext >/dev/null 2>&1 || need+=(poppler-utils)
command -v java >/dev/null 2>&1 || need+=(default-jre-headless)
# The production-profile tests: several nodes behind nginx, with Redis.
[ -x /usr/bin/redis-server ] || need+=(redis-server)
[ -x /usr/sbin/nginx ] || need+=(nginx)
command -v openssl >/dev/null 2>&1 || need+=(openssl)
if [ ${#need[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "Installing ${need[*]} ..."
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null \
      || { echo "Could not install ${need[*]} with apt-get."; echo "0 passed, 1 failed"; exit 1; }
  else
    echo "Missing: ${need[*]}. Install them (e.g. sudo apt-get install ${need[*]}) and run again."
    echo "0 passed, 1 failed"
    exit 1
  fi
fi

log=$(mktemp)
dotnet build Participation.sln -nologo -v quiet -clp:ErrorsOnly 2>&1 | tee "$log"
build_status=${PIPESTATUS[0]}
if [ "$build_status" -ne 0 ]; then
  echo "The build failed (see the errors above): no test ran."
  echo "0 passed, 1 failed"
  exit 1
fi

dotnet test Participation.sln --no-build -nologo 2>&1 | tee "$log"
test_status=${PIPESTATUS[0]}

# Each test project prints "Passed!  - Failed: F, Passed: P, Skipped: S, Total: T" (or "Failed!").
read -r passed failed skipped projects < <(grep -aE "^(Passed|Failed)! +- Failed: +[0-9]+, Passed: +[0-9]+, Skipped: +[0-9]+" "$log" \
  | sed -E 's/.*Failed: +([0-9]+), Passed: +([0-9]+), Skipped: +([0-9]+).*/\1 \2 \3/' \
  | awk '{f+=$1; p+=$2; s+=$3; n++} END {printf "%d %d %d %d\n", p, f, s, n}')
expected=$(ls tests/*/*Tests.csproj | wc -l)
if [ "$test_status" -ne 0 ] && [ "$failed" -eq 0 ]; then
  echo "dotnet test failed without a failing test (a test host crashed or a project did not run)."
  failed=1
elif [ "$projects" -lt "$expected" ]; then
  echo "Only $projects of $expected test projects reported results."
  failed=$((failed + 1))
fi

# The benchmark's smoke mode (every case for a moment on tiny data, correctness only), counted
# as one test so the benchmark never rots; its figures mean nothing on a loaded CI machine.
echo "Benchmark smoke run (bench/Participation.Benchmarks --smoke) ..."
if timeout 600 dotnet bench/Participation.Benchmarks/bin/Debug/net10.0/Participation.Benchmarks.dll --smoke > "$log" 2>&1; then
  passed=$((passed + 1))
  tail -n 3 "$log"
else
  failed=$((failed + 1))
  cat "$log"
  echo "FAILED: the benchmark smoke run (dotnet run --project bench/Participation.Benchmarks -- --smoke): a case broke or a correctness check failed (lines marked WRONG above)."
fi
rm -f "$log"
echo "$passed passed, $failed failed, $skipped skipped"
[ "$failed" -eq 0 ]
