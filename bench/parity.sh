#!/usr/bin/env bash
# CooRTweet parity of `factbot coordination` on ../shared/data/coortweet (CI runs this after its Release build).
# Same-second pairs are compared unordered (SOURCE.md); edges must be equal line for line after sorting.
# Timing is not measured here: see `dotnet run -c Release --project bench/FactBot.Benchmarks -- coordination`.
set -euo pipefail
cd "$(dirname "$0")/.."

data=../shared/data/coortweet
if [ ! -d "$data/expected" ]; then
  echo "parity: $data not found, skipped"
  exit 0
fi

out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

# FACTBOT_DIR=<folder with the factbot apphost> uses that build; otherwise the Release build CI just made.
factbot() {
  if [ -n "${FACTBOT_DIR:-}" ]; then "$FACTBOT_DIR/factbot" "$@"; else dotnet run --project src/FactBot.Worker -c Release --no-build -- "$@"; fi
}
pairs() { awk -F, 'NR > 1 { if ($4 == "0" && ($2 "") > ($3 "")) print $1 "," $3 "," $2 "," $4 "," $6 "," $5; else print }' "$1" | LC_ALL=C sort; }
edges() { tail -n +2 "$1" | LC_ALL=C sort; }

status=0
for tw in 10 60; do
  dir="$out/tw$tw"
  factbot coordination --input "$data/russian_coord_tweets.csv" --time-window "$tw" --out "$dir" > "$out/tw$tw.log"
  if diff -q <(pairs "$data/expected/tw${tw}_pairs.csv") <(pairs "$dir/pairs.csv") > /dev/null \
     && diff -q <(edges "$data/expected/tw${tw}_edges.csv") <(edges "$dir/edges.csv") > /dev/null; then
    echo "parity tw$tw: ok ($(($(wc -l < "$dir/pairs.csv") - 1)) pairs, $(($(wc -l < "$dir/edges.csv") - 1)) edges," \
      "$(grep -E '^groups' "$out/tw$tw.log" | awk '{print $2}') groups)"
  else
    echo "parity tw$tw: FAILED"
    diff <(pairs "$data/expected/tw${tw}_pairs.csv") <(pairs "$dir/pairs.csv") | head -5 || true
    diff <(edges "$data/expected/tw${tw}_edges.csv") <(edges "$dir/edges.csv") | head -5 || true
    status=1
  fi
done
exit "$status"
