/* eslint-disable @n8n/community-nodes/no-restricted-globals, @n8n/community-nodes/no-restricted-imports -- a development script run by Node.js: never part of a published package */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { NODE_TYPE } from '../../test/harness/packages';
import { emulatorCredentialsFile, executeWorkflow, n8n, prepareInstance } from '../e2e/n8n';
import type { EmulatorProcess } from './emulatorProcess';
import { installN8n } from './n8nCache';
import { packPackages } from './pack';

/**
 * Case 8: inside a real n8n 2.x (installed and cached as the e2e does it, the package installed
 * by the README's command), the category of 2,000 offers in 100 pages at 100 ms on an account
 * that allows 8 requests at once, read by n8n's own HTTP Request node (its pagination: "Update a
 * Parameter in Each Request", page = $pageCount + 1, complete when has_next_page is false) and
 * by Category → Get Items with Return All and Concurrency Mode Auto. The time of each is the
 * node's own executionTime from n8n's run data, so n8n's start does not count.
 */

const CATEGORY = '1031922';
const TOKEN = 'emulator-tmapi-token';

const trigger = { id: 'b0000000-0000-4000-8000-000000000001', name: 'Start', type: 'n8n-nodes-base.manualTrigger', typeVersion: 1, position: [0, 0], parameters: {} };

function workflow(id: string, node: Record<string, unknown>) {
	return { id, name: `Benchmark: ${String(node.name)}`, active: false, nodes: [trigger, { position: [300, 0], ...node }], connections: { Start: { main: [[{ node: node.name, type: 'main', index: 0 }]] } }, settings: { executionOrder: 'v1' } };
}

/** Category → Get Items, Return All, with these run options. */
function categoryWorkflow(id: string, nodeId: string, options: Record<string, unknown>) {
	return workflow(id, {
		id: nodeId,
		name: 'Category Items',
		type: NODE_TYPE.tmapi1688,
		typeVersion: 1,
		parameters: { resource: 'category', operation: 'getItems', categoryId: CATEGORY, returnAll: true, options },
		credentials: { tmapi1688Api: { id: 'tmapiExample1688', name: 'TMAPI API' } },
	});
}

export interface N8nRow {
	httpRequestMs: number[];
	oursMs: number[];
	/** Fixed at the account's limit (8): what knowing the limit beforehand gives. */
	fixedMs: number[];
	refusedShare: number[];
	version: string;
}

export async function measureInN8n(emulator: EmulatorProcess, runs: number, log: (text: string) => void): Promise<N8nRow> {
	const install = await installN8n('2', log);
	const { tarballs } = await packPackages(log);
	const instance = await prepareInstance(install, tarballs, Number(process.env.N8N_E2E_PORT ?? 5690));
	const credentials = join(instance.userFolder, 'credentials.json');
	writeFileSync(credentials, JSON.stringify(emulatorCredentialsFile(emulator.url)));
	await n8n(instance, ['import:credentials', `--input=${credentials}`]);
	const httpRequest = workflow('benchHttpRequest1', {
		id: 'b0000000-0000-4000-8000-000000000002',
		name: 'HTTP Request',
		type: 'n8n-nodes-base.httpRequest',
		typeVersion: 4.2,
		parameters: {
			url: `${emulator.url}/1688/category/items/v2`,
			sendQuery: true,
			queryParameters: { parameters: [{ name: 'apiToken', value: TOKEN }, { name: 'cat_id', value: CATEGORY }, { name: 'page_size', value: '20' }] },
			options: {
				pagination: {
					pagination: {
						paginationMode: 'updateAParameterInEachRequest',
						parameters: { parameters: [{ type: 'qs', name: 'page', value: '={{ $pageCount + 1 }}' }] },
						paginationCompleteWhen: 'other',
						completeExpression: '={{ $response.body.data.has_next_page === false }}',
						limitPagesFetched: true,
						maxRequests: 200,
					},
				},
			},
		},
	});
	const ours = categoryWorkflow('benchTmapiAuto001', 'b0000000-0000-4000-8000-000000000003', { concurrencyMode: 'auto' });
	const fixed = categoryWorkflow('benchTmapiFixed08', 'b0000000-0000-4000-8000-000000000004', { concurrency: 8 });
	for (const flow of [httpRequest, ours, fixed]) {
		const file = join(instance.userFolder, `${flow.id}.json`);
		writeFileSync(file, JSON.stringify(flow));
		await n8n(instance, ['import:workflow', `--input=${file}`]);
	}
	/** Runs a Category → Get Items workflow on a fresh log; its node's time, once it read all 2,000 offers. */
	const categoryRun = async (id: string, label: string) => {
		await emulator.reset();
		const run = await executeWorkflow(instance, id);
		const offers = run.nodes['Category Items']?.items[0] ?? [];
		if (run.error || offers.length !== 2000) throw new Error(`case 8: Category → Get Items (${label}) read ${offers.length} offers${run.error ? `: ${run.error}` : ''}`);
		return run.nodes['Category Items'].executionTime ?? NaN;
	};
	const row: N8nRow = { httpRequestMs: [], oursMs: [], fixedMs: [], refusedShare: [], version: install.version };
	await emulator.configure({ categorySize: 2000, tmapi: { latencyMs: 100, concurrencyLimit: 8, maxPageSize: 20 } });
	for (let run = 1; run <= runs; run++) {
		await emulator.reset();
		const pages = await executeWorkflow(instance, httpRequest.id);
		const bodies = pages.nodes['HTTP Request']?.items[0] ?? [];
		const items = bodies.reduce((sum, page) => sum + ((page.json.data as { items?: unknown[] } | undefined)?.items?.length ?? 0), 0);
		if (pages.error || items !== 2000) throw new Error(`case 8: the HTTP Request node read ${items} offers in ${bodies.length} pages${pages.error ? `: ${pages.error}` : ''}`);
		row.httpRequestMs.push(pages.nodes['HTTP Request'].executionTime ?? NaN);
		row.oursMs.push(await categoryRun(ours.id, 'Auto'));
		const stats = await emulator.stats();
		row.refusedShare.push(stats.faults / stats.requests.tmapi);
		row.fixedMs.push(await categoryRun(fixed.id, 'Fixed 8'));
		log(`run ${run}: HTTP Request ${row.httpRequestMs.at(-1)} ms, Category → Get Items Auto ${row.oursMs.at(-1)} ms, Fixed 8 ${row.fixedMs.at(-1)} ms`);
	}
	await emulator.configure({ tmapi: { concurrencyLimit: 0, latencyMs: 0, maxPageSize: 100 } });
	return row;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

export function n8nTable(row: N8nRow): string {
	const http = median(row.httpRequestMs) / 1000;
	const ours = median(row.oursMs) / 1000;
	return [
		`Inside n8n ${row.version} (node execution time from the run data, medians of ${row.oursMs.length}): category of 2,000 offers, 100 pages at 100 ms, account limit 8`,
		'| node | seconds | HTTP Request / ours | answered 503 |',
		'| --- | ---: | ---: | ---: |',
		`| n8n's HTTP Request node, pagination by page parameter | ${http.toFixed(2)} | 1.00 | – |`,
		`| TMAPI 1688 → Category → Get Items, Return All, Concurrency Mode Auto | ${ours.toFixed(2)} | ${(http / ours).toFixed(2)} | ${(100 * median(row.refusedShare)).toFixed(1)} % |`,
		`| the same, Fixed at the account's limit (Max Concurrent Requests 8) | ${(median(row.fixedMs) / 1000).toFixed(2)} | ${(http / (median(row.fixedMs) / 1000)).toFixed(2)} | 0 % |`,
	].join('\n');
}
