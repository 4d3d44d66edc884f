#!/usr/bin/env bash
# A private RabbitMQ node on loopback for the broker tests, in a folder of its own (never the machine's service).
# Usage: tests/rabbitmq/rabbitmq.sh install|start|stop|restart|url
#   install  Debian's rabbitmq-server, when it is not there yet (needs root)
#   start    starts the node and waits until it takes connections
#   url      prints the address to export as NEWSX_TEST_BROKER
# NEWSX_TEST_BROKER_PORT (default 5679) picks the AMQP port; the node's files go to /tmp/newsx-rabbitmq-PORT
# (or NEWSX_TEST_BROKER_DIR).
set -euo pipefail
port="${NEWSX_TEST_BROKER_PORT:-5679}"
# Not under $TMPDIR: the script that starts the node and the tests that restart it must find the same folder.
base="${NEWSX_TEST_BROKER_DIR:-/tmp/newsx-rabbitmq-$port}"
node="newsx-test-$port@localhost"
export RABBITMQ_NODENAME="$node" RABBITMQ_NODE_IP_ADDRESS=127.0.0.1 RABBITMQ_NODE_PORT="$port" \
  RABBITMQ_DIST_PORT="$((port + 20000))" RABBITMQ_MNESIA_BASE="$base/mnesia" RABBITMQ_LOG_BASE="$base/log" \
  RABBITMQ_ENABLED_PLUGINS_FILE="$base/plugins" RABBITMQ_CONFIG_FILE="$base/rabbitmq" RABBITMQ_PID_FILE="$base/pid" \
  ERL_EPMD_ADDRESS=127.0.0.1

start() {
  mkdir -p "$base"
  [ -f "$base/plugins" ] || echo "[]." > "$base/plugins"
  # The server drops to the rabbitmq user when started as root: that user must own the node's folder.
  if [ "$(id -u)" = 0 ] && id rabbitmq > /dev/null 2>&1; then chown -R rabbitmq:rabbitmq "$base"; fi
  # Detached, the node would keep the caller's output open (a test reading it would wait for ever).
  rabbitmq-server -detached > /dev/null 2>&1 < /dev/null
  rabbitmqctl -n "$node" wait "$base/pid" --timeout 60 > /dev/null
}

stop() {
  rabbitmqctl -n "$node" stop "$base/pid" > /dev/null 2>&1 || true
}

case "${1:-}" in
  install)
    command -v rabbitmq-server > /dev/null && exit 0
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq rabbitmq-server > /dev/null
    ;;
  start) start ;;
  stop) stop; epmd -names 2> /dev/null | grep -q '^name ' || epmd -kill > /dev/null 2>&1 || true ;;
  restart) stop; start ;;
  url) echo "amqp://guest:guest@127.0.0.1:$port/" ;;
  *) echo "usage: $0 install|start|stop|restart|url" >&2; exit 2 ;;
esac
