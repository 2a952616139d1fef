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
