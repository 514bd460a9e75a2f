#!/usr/bin/env bash
# The whole suite, the README's `npm test`: static checks and the build, then the unit and database
# tests (Vitest) beside the browser tests (Playwright). The two wait on different things (a database
# and timers, a browser and two servers), so side by side they fit the suite's time on two cores.
# Vitest's output is kept in .data/vitest.log and printed after Playwright's.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:$PATH"

eslint .
prettier --check . --log-level warn
vite build
svelte-check --tsconfig ./tsconfig.json --threshold error

mkdir -p .data
started=$(date +%s)
vitest run > .data/vitest.log 2>&1 &
vitest_pid=$!
set +e
playwright test
browser=$?
wait "$vitest_pid"
unit=$?
set -e
echo "== Vitest (unit and database tests), run beside Playwright"
cat .data/vitest.log
echo "== vitest exit $unit, playwright exit $browser, $(($(date +%s) - started)) s for both"
[ "$unit" -eq 0 ] && [ "$browser" -eq 0 ]
