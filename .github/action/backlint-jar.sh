#!/usr/bin/env bash
# The backlint CLI jar the action runs, as the step output `jar`: the released jar of the
# action's own version when the workflow uses the action at a release tag (vX.Y.Z), else
# a jar built from the action's checkout (a branch, a commit, a major-version tag).
set -euo pipefail

ref="${ACTION_REF:-}"
out="${GITHUB_OUTPUT:-/dev/stdout}"
if [[ "$ref" =~ ^v([0-9]+\.[0-9]+\.[0-9]+)$ ]]; then
  version="${BASH_REMATCH[1]}"
  jar="${RUNNER_TEMP:-${TMPDIR:-/tmp}}/backlint-$version.jar"
  url="${BACKLINT_RELEASES:-https://github.com/backlint/backlint/releases/download}/v$version/backlint-$version.jar"
  echo "backlint $version: $url" >&2
  curl -fsSL --retry 3 -o "$jar" "$url"
else
  echo "backlint from the action's checkout (${ref:-no ref}): building it" >&2
  (cd "$ACTION_PATH" && mvn -B -q -DskipTests -pl src -am package)
  jar="$ACTION_PATH/src/target/backlint-cli.jar"
fi
echo "jar=$jar" >>"$out"
