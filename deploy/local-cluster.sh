#!/usr/bin/env bash
# Three Meridian nodes on loopback sharing one Cassandra, for trying the cluster on one machine.
#   deploy/local-cluster.sh start   Cassandra + nodes on HTTP 8081-8083, remoting 2551-2553
#   deploy/local-cluster.sh check   shows the shards on each node, stops node 3, shows its shards moved; exit 1 if not
#   deploy/local-cluster.sh stop    stops the nodes, then Cassandra
# Data and logs under data/cluster/ (override with MERIDIAN_CLUSTER_DIR).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
DIR="${MERIDIAN_CLUSTER_DIR:-$ROOT/data/cluster}"
mkdir -p "$DIR/pids"
SEEDS="pekko://Meridian@127.0.0.1:2551,pekko://Meridian@127.0.0.1:2552"
export MERIDIAN_DATA_DIR="$DIR" MERIDIAN_SBR_STABLE_AFTER=5s

log() { echo "[local-cluster] $*"; }

wait_ready() { # url, seconds
  for _ in $(seq 1 "$2"); do curl -fs "$1/ready" >/dev/null 2>&1 && return 0; sleep 1; done
  return 1
}

start() {
  # builds the jars if needed, and creates the signing key pair once, before three nodes look for it
  bin/meridian token --sub setup --roles ADMIN --tenant meridian >/dev/null
  if ! (exec 3<>/dev/tcp/127.0.0.1/9042) 2>/dev/null; then
    log "starting Cassandra (log: $DIR/cassandra.out)"
    nohup bin/meridian cassandra >"$DIR/cassandra.out" 2>&1 &
    echo $! >"$DIR/pids/cassandra"
    for _ in $(seq 1 120); do (exec 3<>/dev/tcp/127.0.0.1/9042) 2>/dev/null && break; sleep 1; done
  fi
  for n in 1 2 3; do
    log "starting node $n: http://127.0.0.1:808$n (log: $DIR/node$n.out)"
    MERIDIAN_REMOTE_PORT=255$n MERIDIAN_HTTP_PORT=808$n MERIDIAN_SEED_NODES="$SEEDS" \
      MERIDIAN_CASSANDRA_CONTACT_POINTS=127.0.0.1:9042 \
      nohup bin/meridian run >"$DIR/node$n.out" 2>&1 &
    echo $! >"$DIR/pids/node$n"
  done
  for n in 1 2 3; do
    wait_ready "http://127.0.0.1:808$n" 180 || { log "node $n not ready; see $DIR/node$n.out"; exit 1; }
    log "node $n ready"
  done
}

shards() { # prints "address shards entities" lines as seen by node $1
  curl -fs -H "Authorization: Bearer $TOKEN" "http://127.0.0.1:808$1/api/v1/admin/cluster?entity=Security" \
    | python3 -c 'import json,sys; r=json.load(sys.stdin); [print(a, v["shards"], v["entities"]) for a,v in sorted(r["shardsByNode"].items())]'
}

check() {
  TOKEN=$(bin/meridian token --sub ops --roles OPERATIONS --tenant meridian | tail -1)
  log "waiting until every node hosts Security shards (the coordinator rebalances every few seconds)"
  for _ in $(seq 1 90); do
    [ "$(shards 1 | awk '$2 > 0' | wc -l)" -eq 3 ] && break; sleep 2
  done
  log "shards per node before:"; shards 1 | sed 's/^/    /'
  before_total=$(shards 1 | awk '{s+=$2} END {print s}')
  [ "$(shards 1 | awk '$2 > 0' | wc -l)" -eq 3 ] || { log "FAIL: shards are not spread over three nodes"; exit 1; }

  log "stopping node 3 (SIGTERM: it leaves the cluster and hands its shards over)"
  kill -TERM "$(cat "$DIR/pids/node3")"
  for _ in $(seq 1 60); do
    [ "$(shards 1 | grep -c ':2553')" -eq 0 ] && break; sleep 2
  done
  # send every seeded security a command again (listing it unchanged is a no-op): the shards that lived on
  # node 3 start on the survivors
  ADMIN=$(bin/meridian token --sub root --roles ADMIN --tenant meridian | tail -1)
  python3 - "$ADMIN" <<'PY'
import csv, json, sys, time, urllib.error, urllib.request
for row in csv.DictReader(open("core-domain/src/main/resources/meridian/security-master.csv", encoding="utf-8")):
    body = {"code": row["code"], "name": row["name"], "type": row["type"],
            "aliases": [a for a in row["aliases"].split("|") if a]}
    req = urllib.request.Request("http://127.0.0.1:8081/api/v1/securities", json.dumps(body).encode(), method="POST",
                                 headers={"Authorization": "Bearer " + sys.argv[1], "Content-Type": "application/json"})
    for attempt in range(30):  # 503 while the departed node's shards are being handed over
        try:
            urllib.request.urlopen(req, timeout=30).read()
            break
        except urllib.error.HTTPError as e:
            if e.code != 503 or attempt == 29:
                raise
            time.sleep(1)
PY
  log "shards per node after:"; shards 1 | sed 's/^/    /'
  if shards 1 | grep -q ':2553'; then log "FAIL: node 3 still hosts shards"; exit 1; fi
  after_total=$(shards 1 | awk '{s+=$2} END {print s}')
  log "shards hosted: $before_total before, $after_total after on the two remaining nodes"
  [ "$after_total" -ge "$before_total" ] || { log "FAIL: shards were lost"; exit 1; }
  code=$(curl -s -o /dev/null -w '%{http_code}' -X PUT -H "Authorization: Bearer $ADMIN" \
    -H 'Content-Type: application/json' -d '{"name":"宁德时代","type":"STOCK","aliases":["宁德","CATL","宁王"]}' \
    http://127.0.0.1:8082/api/v1/securities/300750.SZ)
  [ "$code" = 200 ] || { log "FAIL: a command to a moved entity answered $code"; exit 1; }
  log "OK: node 3's shards moved to nodes 1 and 2, and its entities answer commands there"
}

stop() {
  for n in 3 2 1; do
    [ -f "$DIR/pids/node$n" ] && kill -TERM "$(cat "$DIR/pids/node$n")" 2>/dev/null || true
  done
  sleep 8
  [ -f "$DIR/pids/cassandra" ] && kill -TERM "$(cat "$DIR/pids/cassandra")" 2>/dev/null || true
  rm -f "$DIR"/pids/*
  log "stopped"
}

case "${1:-}" in
  start) start ;;
  check) check ;;
  stop) stop ;;
  *) echo "usage: $0 start|check|stop" >&2; exit 2 ;;
esac
