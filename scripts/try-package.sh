#!/usr/bin/env bash
# The package as users install it: `npm pack` this repository, install the tarball into an empty
# folder (no other dependency may come with it), and run `npx keybound check` on a copy of the demo,
# which must report its findings and exit 1. Then the same bundle with plain node and no node_modules
# anywhere near it. Used by .ci/run and the release workflow.
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$PWD
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

tarball=$(npm pack --silent --pack-destination "$work" | tail -1)
echo "packed $tarball ($(du -h "$work/$tarball" | cut -f1))"

# Only what a user needs: the bundles, the policies and schemas, the Action, README and LICENSE.
unexpected=$(tar -tzf "$work/$tarball" | sed 's|^package/||' |
  grep -Ev '^(dist/.+|policies/.+|action\.yml|README\.md|LICENSE|package\.json)$' || true)
if [ -n "$unexpected" ]; then
  echo "the package holds files users do not need:"
  echo "$unexpected"
  exit 1
fi

mkdir "$work/user"
cd "$work/user"
echo '{ "name": "user", "private": true }' >package.json
npm install --silent --no-audit --no-fund --no-package-lock "$work/$tarball"
installed=$(ls node_modules | grep -v '^\.' | tr '\n' ' ')
if [ "$installed" != "keybound " ]; then
  echo "installing keybound brought other packages: $installed"
  exit 1
fi

cp -R "$repo/examples/demo" "$work/user/demo"
status=0
out=$(npx --no keybound check demo --secrets-json demo/secrets.example.json 2>&1) || status=$?
if [ "$status" -ne 1 ] || ! grep -q 'no-dev-keys-in-prod' <<<"$out"; then
  echo "$out"
  echo "npx keybound check on the demo exited $status, expected 1 with findings"
  exit 1
fi
echo "npx keybound check demo: exit 1 with $(grep -c ' error ' <<<"$out") error rows, as expected"

# The bundle alone: copied where no node_modules can be found, run with plain node.
mkdir -p "$work/bare" && cp -R node_modules/keybound/dist "$work/bare/dist"
cd "$work/bare"
status=0
node dist/cli/index.js check "$work/user/demo" >/dev/null 2>&1 || status=$?
if [ "$status" -ne 1 ]; then
  echo "node dist/cli/index.js without node_modules exited $status, expected 1"
  exit 1
fi
echo "node dist/cli/index.js with no node_modules: exit 1, as expected"
