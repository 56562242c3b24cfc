#!/usr/bin/env bash
# Run a command with a Kafka broker: use the one at $KAFKA_BOOTSTRAP_SERVERS
# (default 127.0.0.1:9092) if it answers, else start the local one and stop it
# afterwards, whatever the command's outcome.
set -uo pipefail
cd "$(dirname "$0")/.."
CW=.venv/bin/claimwatch
started=0
stop() { if [ "$started" = 1 ]; then "$CW" kafka down || true; fi; }
trap stop EXIT
trap 'exit 130' INT TERM
if ! "$CW" kafka status >/dev/null 2>&1; then
  "$CW" kafka up || exit 1
  started=1
fi
"$@"
