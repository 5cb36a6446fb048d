#!/usr/bin/env bash
# The README's second command: installs what the tests need, then runs typecheck, lint,
# unit and integration tests (a real PostgreSQL: embedded, or TEST_DATABASE_URL), the
# production build, tests against the real server, and Playwright in Debian's Chromium.
source "$(dirname "$0")/ensure.sh"
ensure_node
ensure_node_modules
ensure_prisma_client
ensure_python
ensure_anchors
ensure_chromium
command -v redis-server >/dev/null || apt_install redis-server

# The tests' build lives apart from the studio's own, so a running studio is untouched.
export NEXT_DIST_DIR=.next-test
results=.studio-test/results
rm -rf "$results" && mkdir -p "$results"

step "Typecheck" && npx tsc --noEmit
step "Lint" && npx eslint . --max-warnings=0
step "Unit and integration tests" && npx vitest run --project unit --reporter=default --reporter=json --outputFile="$results/unit.json"
step "Production build" && npx next build >"$results/build.log" 2>&1 || { cat "$results/build.log"; exit 1; }
step "Server tests" && npx vitest run --project server --reporter=default --reporter=json --outputFile="$results/server.json"
step "End-to-end tests (Chromium)" && PLAYWRIGHT_JSON_OUTPUT_NAME="$results/e2e.json" npx playwright test --reporter=list,json
node scripts/summarize-results.mjs "$results"
