#!/usr/bin/env bash
# The README's first command: install what is missing, then serve the studio at
# http://localhost:${PORT:-3000}. Ctrl-C stops the studio and its embedded PostgreSQL.
source "$(dirname "$0")/ensure.sh"
ensure_node
ensure_node_modules
ensure_prisma_client
ensure_python
ensure_build
export NODE_ENV=production
exec node --import tsx server.ts "$@"
