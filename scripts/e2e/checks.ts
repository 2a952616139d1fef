/* eslint-disable @n8n/community-nodes/no-restricted-globals, no-console -- a development script run by Node.js: never part of a published package */
import type { WorkflowRun } from './n8n';

/** The e2e's record of checks: each printed as it is made, all counted at the end. */

export interface Check {
	name: string;
	ok: boolean;
	detail?: string;
}

export const checks: Check[] = [];
export function check(name: string, ok: boolean, detail?: string) {
	checks.push({ name, ok, detail });
	console.log(`${ok ? '  ok  ' : ' FAIL '} ${name}${detail && !ok ? ` — ${detail}` : ''}`);
}

/** How many items a node of a run output, and their JSON. */
export const count = (run: WorkflowRun, node: string, output = 0) => run.nodes[node]?.items[output]?.length ?? 0;
export const json = (run: WorkflowRun, node: string, output = 0) => (run.nodes[node]?.items[output] ?? []).map((item) => item.json);

/** Prints the failed checks and the tally; exits non-zero when a check failed or none ran. */
export function finish(): never {
	const failed = checks.filter((entry) => !entry.ok);
	for (const entry of failed) console.log(`FAILED: ${entry.name}${entry.detail ? ` — ${entry.detail}` : ''}`);
	console.log(`${checks.length - failed.length} passed, ${failed.length} failed`);
	process.exit(failed.length > 0 || checks.length === 0 ? 1 : 0);
}

/** Runs an end-to-end test's main; an error that escapes it counts as one failed check. */
export function runMain(main: () => Promise<void>): void {
	main().catch((error) => {
		console.error(error instanceof Error ? error.message : error);
		console.log('0 passed, 1 failed');
		process.exit(1);
	});
}
