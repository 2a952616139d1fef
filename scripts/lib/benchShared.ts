/* eslint-disable no-console -- a development script run by Node.js: never part of a published package */
import type { ICredentialDataDecryptedObject } from 'n8n-workflow';

import { runWorkflow } from '../../test/harness/workflow';
import { shoplineWorkflow } from '../../test/helpers/workflows';
import type { EmulatorProcess } from './emulatorProcess';

/**
 * Runs side by side on one store: 1, 3 and 8 executions at once, each reading 2,000 products
 * in pages of 50 (40 requests), each with its own pacer, as executions on several queue-mode
 * workers are. Counts the requests against the answers needed and the 429s, and sets the time
 * against the bucket's floor (40 at once, then 4 a second, for all of them together).
 */

const PAGES_EACH = 40;

export interface SharedRow {
	runs: number;
	requests: number;
	needed: number;
	rateLimited: number;
	seconds: number;
	floor: number;
	failed: number;
}

export async function measureShared(emulator: EmulatorProcess, credentials: Record<string, ICredentialDataDecryptedObject>): Promise<SharedRow[]> {
	const rows: SharedRow[] = [];
	await emulator.configure({ shopline: { latencyMs: 20 } });
	for (const runs of [1, 3, 8]) {
		// Clears the log and empties the store's bucket: each row starts as a store at rest.
		await emulator.reset();
		const started = Date.now();
		const results = await Promise.all(
			Array.from({ length: runs }, async () =>
				await runWorkflow(shoplineWorkflow({ resource: 'product', operation: 'getAll', returnAll: false, limit: PAGES_EACH * 50, options: { pageSize: 50, maxTries: 10 } }), { credentials }),
			),
		);
		const seconds = (Date.now() - started) / 1000;
		const log = (await emulator.log()).filter((entry) => entry.api === 'shopline');
		const failed = results.filter((result) => result.error || result.items.length !== PAGES_EACH * 50).length;
		const needed = log.filter((entry) => entry.ok).length;
		rows.push({ runs, requests: log.length, needed, rateLimited: log.filter((entry) => entry.status === 429).length, seconds, floor: Math.max(0, (needed - 40) / 4), failed });
		console.log(`  ${runs} side by side: ${log.length} requests for ${needed} answers, ${rows[rows.length - 1].rateLimited} × 429, ${seconds.toFixed(1)} s`);
	}
	await emulator.configure({ shopline: { latencyMs: 0 } });
	return rows;
}

export function sharedTable(rows: SharedRow[]): string {
	const lines = [
		'| runs at once | requests | answers needed | requests / needed | 429s | failed runs | seconds | floor (s) | time / floor |',
		'| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
		...rows.map((row) => `| ${row.runs} | ${row.requests} | ${row.needed} | ${(row.requests / row.needed).toFixed(3)} | ${row.rateLimited} | ${row.failed} | ${row.seconds.toFixed(1)} | ${row.floor.toFixed(1)} | ${row.floor > 0 ? (row.seconds / row.floor).toFixed(2) : '–'} |`),
	];
	return lines.join('\n');
}
