#!/usr/bin/env bash
# On the GPU machine, from the repository root, with build/gpu-kit carried (gpu/README.md): train
# readers side by side and leave each in $OUT in parts of at most 15 MB.
#
#   bash gpu/run.sh NAME "TRAIN-OPTIONS" [NAME "TRAIN-OPTIONS" ...]
#
# MINUTES (default 8) bounds each run, reading the data (about 3 minutes) included: its learning
# rate decays to zero within them (--finish-within-minutes); scoring a dev sample and packing follow.
# $OUT gets NAME.tgz.part00, .part01 (the reader folder and the run's log) and summary.txt (each
# run's dev-sample scores). Score the readers on the full sets back here (gpu/README.md).
set -uo pipefail
PY=${PY:-python3}
MINUTES=${MINUTES:-8}
KIT=build/gpu-kit
[ -d "$KIT" ] || { echo "$KIT is missing: build it with gpu/kit.py and carry it (gpu/README.md)"; exit 2; }
(( $# >= 2 && $# % 2 == 0 )) || { echo "usage: bash gpu/run.sh NAME \"TRAIN-OPTIONS\" [NAME \"TRAIN-OPTIONS\" ...]"; exit 2; }

WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT  # the assembled base, SQuAD and the readers (packed into $OUT by then)
SITE=$WORK/site
$PY -c "import pysbd, Stemmer, rank_bm25, pylatexenc" 2>/dev/null ||  # there; a Python that has them (this CPU) skips it
    $PY -m pip install -q --no-index --no-deps --no-compile --no-cache-dir --target "$SITE" "$KIT"/wheels/*.whl || exit 1
export PYTHONPATH="$SITE:$PWD${PYTHONPATH:+:$PYTHONPATH}" PYTHONUNBUFFERED=1
$PY gpu/kit.py assemble "$SITE" || exit 1
nvidia-smi -L 2>/dev/null

names=()
while (( $# )); do
    names+=("$1")
    mkdir -p "$WORK/$1"
    # shellcheck disable=SC2086  # the options are words
    $PY -m qa.cli train-reader --train "$SITE/squad/squad-v1.1-train.jsonl" --dev "$SITE/squad/squad-v1.1-dev.jsonl" \
        --out "$WORK/$1/reader" --checkpoint-dir "$WORK/$1/checkpoint" --finish-within-minutes "$MINUTES" $2 \
        > "$WORK/$1/log.txt" 2>&1 &
    shift 2
done
wait

for name in "${names[@]}"; do
    rm -rf "$WORK/$name/checkpoint"
    tar -C "$WORK" -czf - "$name" | split -b 15M -d - "$OUT/$name.tgz.part"
    { echo "== $name"
      tr '\r' '\n' < "$WORK/$name/log.txt" | grep -a -E "^[0-9]+ windows|^step [0-9]+:|^final:|Error|error:" | tail -n 20
    } >> "$OUT/summary.txt"
done
cat "$OUT/summary.txt"
