#!/usr/bin/env bash
# `make run`: a local broker (unless KAFKA_BOOTSTRAP_SERVERS points elsewhere),
# the worker, a replay of the bundled sample feed, and the alerts it raises.
# Ctrl-C stops everything this script started.
set -uo pipefail
cd "$(dirname "$0")/.."
CW=.venv/bin/claimwatch
SAMPLE=${CLAIMWATCH_SAMPLE_FEED:-streams/sample}
export CLAIMWATCH_NAMESPACE=${CLAIMWATCH_NAMESPACE:-claimwatch}
mkdir -p .run
started_kafka=0
worker_pid=""
cleanup() {
  trap - EXIT INT TERM
  # Background jobs ignore Ctrl-C in a script: stop them here.
  if [ -n "${alerts_pid:-}" ]; then kill "$alerts_pid" 2>/dev/null; fi
  if [ -n "$worker_pid" ]; then kill "$worker_pid" 2>/dev/null; wait "$worker_pid" 2>/dev/null; fi
  if [ "$started_kafka" = 1 ]; then "$CW" kafka down; fi
}
trap cleanup EXIT
worker_exited() {
  echo "the worker exited: see .run/worker.log"
  tail -20 .run/worker.log
  if grep -q "persisted offset for changelog" .run/worker.log; then
    echo "its table state belongs to topics that are gone: \`$CW kafka reset\` (broker stopped) or \`make clean\` clears it"
  fi
  exit 1
}
trap 'exit 130' INT TERM

if [ -z "${KAFKA_BOOTSTRAP_SERVERS:-}" ] && ! "$CW" kafka status >/dev/null 2>&1; then
  "$CW" kafka up || exit 1
  started_kafka=1
fi
"$CW" topics create >/dev/null || exit 1
echo "starting the worker (log: .run/worker.log)"
"$CW" worker >.run/worker.log 2>&1 &
worker_pid=$!
for _ in $(seq 1 120); do
  if curl -fs "http://127.0.0.1:${CLAIMWATCH_WEB_PORT:-6066}/health" 2>/dev/null | grep -q '"assigned_partitions":[1-9]'; then break; fi
  if ! kill -0 "$worker_pid" 2>/dev/null; then worker_exited; fi
  sleep 1
done
# A modest rate, like a live feed: each article goes through every stage before the next.
"$CW" replay --rate "${CLAIMWATCH_RUN_RATE:-2}" "$SAMPLE" || exit 1
echo
echo "articles.normalized (first records):"
"$CW" tail articles.normalized --from-beginning --idle-timeout 5 --max 10
echo
echo "dead letters:"
"$CW" tail articles.rejected --from-beginning --idle-timeout 3
echo
echo "alerts (Ctrl-C to stop):"
"$CW" alerts --from-beginning &
alerts_pid=$!
# Say so, rather than wait for alerts for ever, if the worker dies meanwhile.
while kill -0 "$alerts_pid" 2>/dev/null; do
  if ! kill -0 "$worker_pid" 2>/dev/null; then
    kill "$alerts_pid" 2>/dev/null
    worker_exited
  fi
  sleep 1
done
