#!/bin/bash
# Runs classroom.mjs 10 times against one web build (dist/, from `cargo xtask web --for-tests`),
# each with a fresh class server, with both cores kept busy (slow frames, as on a loaded CI
# machine or an old tablet). Needs target/debug/clickwise-server (`cargo build --workspace`).
cd "$(dirname "$0")/../.."
export CHROMIUM=/usr/bin/chromium NODE_PATH=$PWD/xtask/js/node_modules ARTIFACTS=/tmp/bt-art
yes > /dev/null & H1=$!; yes > /dev/null & H2=$!
pass=0; retries=0
for i in $(seq 1 10); do
  rm -rf ${TMPDIR:-/tmp}/classroom-run-data; target/debug/clickwise-server --addr 127.0.0.1:8898 --dist dist --data ${TMPDIR:-/tmp}/classroom-run-data > /dev/null 2>&1 & S=$!
  for k in $(seq 1 50); do (echo > /dev/tcp/127.0.0.1/8898) 2>/dev/null && break; sleep 0.1; done
  start=$(date +%s)
  node tests/browser/classroom.mjs http://127.0.0.1:8898/ > ${TMPDIR:-/tmp}/classroom-run-$i.log 2>&1; rc=$?
  kill $S; wait $S 2>/dev/null
  r=$(grep -o "never received (tried again): [0-9]*" ${TMPDIR:-/tmp}/classroom-run-$i.log | grep -o "[0-9]*$")
  echo "run $i: exit $rc, $(( $(date +%s) - start )) s, taps tried again: ${r:-?}"
  [ $rc = 0 ] && pass=$((pass+1)); retries=$((retries+${r:-0}))
done
kill $H1 $H2
echo "classroom.mjs: $pass of 10 passed, $retries taps tried again"
