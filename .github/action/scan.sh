#!/usr/bin/env bash
# Runs the scan of the action: writes the SARIF report and sets the step outputs
# `sarif-file`, `errors`, `warnings`, `notes` and `exit-code` (backlint's exit code: 0, or
# 1 for findings at or above fail-on or files that failed to parse, 2 for bad usage). The
# step itself succeeds, so that the report is uploaded before a later step fails the job.
set -uo pipefail

out="${GITHUB_OUTPUT:-/dev/stdout}"
args=(scan)
read -r -a paths <<<"${INPUT_PATHS:-.}"
args+=("${paths[@]}")
args+=(--format sarif --output "$INPUT_SARIF_FILE" --fail-on "${INPUT_FAIL_ON:-error}" --no-color)
if [ -n "${INPUT_CONFIG:-}" ]; then args+=(--config "$INPUT_CONFIG"); fi
if [ -n "${INPUT_CATEGORY:-}" ]; then args+=(--category "$INPUT_CATEGORY"); fi
if [ -n "${INPUT_BASELINE:-}" ]; then args+=(--baseline "$INPUT_BASELINE"); fi

java -jar "$BACKLINT_JAR" "${args[@]}"
code=$?
echo "exit-code=$code" >>"$out"
if [ ! -s "$INPUT_SARIF_FILE" ]; then
  echo "backlint wrote no SARIF report (exit code $code)" >&2
  exit 0
fi
echo "sarif-file=$INPUT_SARIF_FILE" >>"$out"
# the counts of the report's results by level (suppressed findings are not in it)
python3 - "$INPUT_SARIF_FILE" >>"$out" <<'PY'
import json, sys
with open(sys.argv[1], encoding="utf-8") as f:
    log = json.load(f)
counts = {"error": 0, "warning": 0, "note": 0}
for run in log.get("runs", []):
    for result in run.get("results", []):
        level = result.get("level", "warning")
        if level in counts:
            counts[level] += 1
for level in ("error", "warning", "note"):
    print(f"{level}s={counts[level]}")
PY
