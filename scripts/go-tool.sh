#!/usr/bin/env bash
# Builds one Go command-line tool the tests and the benchmark compare against
# or check with (helm, actionlint) from the Go module proxy, into the same
# cache root as the e2e cluster binaries (scripts/e2e-build.sh). The cache key
# is the tool's module version and the Go version, so a bump builds a new
# entry and a complete entry skips the build. Nothing is downloaded from
# release pages: `go install module@version` only talks to the module proxy.
#
# Usage: scripts/go-tool.sh NAME   (prints the binary's path on the last line)
set -euo pipefail
if ! command -v go >/dev/null && [[ -x /usr/local/go/bin/go ]]; then export PATH="$PATH:/usr/local/go/bin"; fi

name="${1:?usage: go-tool.sh helm|actionlint}"
case "$name" in
  helm) pkg="helm.sh/helm/v3/cmd/helm@v3.19.5" ;;
  actionlint) pkg="github.com/rhysd/actionlint/cmd/actionlint@v1.7.12" ;;
  *) echo "go-tool: unknown tool '$name' (known: helm, actionlint)" >&2; exit 2 ;;
esac

key="$( { go version; echo "$pkg"; } | sha256sum | cut -c1-16)"
root="${SECRETS_INJECTOR_E2E_CACHE:-${HOME:-/tmp}/.cache/secrets-injector-e2e}"
dir="$root/tools/$name-$key"
bin="$dir/$name"
if [[ -x "$bin" ]]; then
  echo "go-tool: $name cached ($bin)" >&2
  echo "$bin"
  exit 0
fi

echo "go-tool: building $name from $pkg ..." >&2
start=$(date +%s)
mkdir -p "$dir"
tmp="$(mktemp -d "$dir/.build.XXXXXX")"
trap 'rm -rf "$tmp"' EXIT
# The install lands in a temporary GOBIN and is renamed into place, so an
# interrupted build never leaves a half-written binary that looks like a hit.
CGO_ENABLED=0 GOFLAGS="-buildvcs=false" GOBIN="$tmp" go install -trimpath "-ldflags=-s -w" "$pkg"
mv "$tmp/$name" "$bin"
end=$(date +%s)
echo "$name $((end - start))" >> "$root/tools/build-times.txt"
echo "go-tool: $name built in $((end - start))s" >&2
echo "$bin"
