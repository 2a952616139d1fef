/* eslint-disable @n8n/community-nodes/no-restricted-imports, no-console -- a development script run by Node.js: never part of a published package */
import { loadavg } from 'node:os';

import type { ICredentialDataDecryptedObject, INodeProperties } from 'n8n-workflow';

import { Tmapi1688 } from '../../nodes/Tmapi1688/Tmapi1688.node';
import { runWorkflow } from '../../test/harness/workflow';
import { tmapiWorkflow } from '../../test/helpers/workflows';
import type { EmulatorProcess } from './emulatorProcess';

/**
 * Which Concurrency Mode the TMAPI node should default to: the category of 2,000 offers
 * (100 pages of 20, answers in 100 ms) read with Fixed 3 and with Auto (its cap at the
 * default) against accounts that allow 2, 3 and 8 requests at once (TMAPI answers 503 beyond).
 * Each round runs both modes on each account, one right after the other (which goes first
 * alternates), so a round's Auto / Fixed 3 is measured under the same load. Per run: seconds,
 * the share of requests answered 503 and whether every offer came back, once each.
 */

const ITEMS = 2000;
const LIMITS = [2, 3, 8] as const;
const MODES = {
	fixed3: { concurrencyMode: 'fixed', concurrency: 3 },
	auto: { concurrencyMode: 'auto' },
} as const;
type Mode = keyof typeof MODES;

interface ModeRuns {
	seconds: number[];
	refusedShare: number[];
	requests: number[];
	peak: number[];
	/** Runs that ended with an error or without every offer exactly once. */
	lost: number;
}

export interface DefaultModeRow {
	limit: number;
	fixed3: ModeRuns;
	auto: ModeRuns;
	/** Auto's seconds over Fixed 3's, per round. */
	ratio: number[];
	/** The one-minute load average before each round. */
	load: number[];
}

/** The Concurrency Mode the TMAPI node's description defaults to. */
export function defaultConcurrencyMode(): string {
	const find = (properties: readonly unknown[]): unknown => {
		for (const property of properties as INodeProperties[]) {
			if (property.name === 'concurrencyMode') return property.default;
			const nested = (property.options ?? []) as unknown[];
			const found = find(nested.flatMap((option) => ((option as { values?: unknown[] }).values ?? [option]) as unknown[]));
			if (found !== undefined) return found;
		}
		return undefined;
	};
	return String(find(new Tmapi1688().description.properties));
}

export async function measureDefaultMode(
	emulator: EmulatorProcess,
	credentials: Record<string, ICredentialDataDecryptedObject>,
	runs: number,
): Promise<DefaultModeRow[]> {
	const empty = (): ModeRuns => ({ seconds: [], refusedShare: [], requests: [], peak: [], lost: 0 });
	const rows: DefaultModeRow[] = LIMITS.map((limit) => ({ limit, fixed3: empty(), auto: empty(), ratio: [], load: [] }));
	const once = async (limit: number, mode: Mode, into: ModeRuns): Promise<number> => {
		await emulator.configure({ categorySize: ITEMS, tmapi: { latencyMs: 100, concurrencyLimit: limit, maxPageSize: 20 } });
		await emulator.reset();
		const workflow = tmapiWorkflow({ resource: 'category', operation: 'getItems', categoryId: '1031922', returnAll: true, options: MODES[mode] });
		const started = performance.now();
		const result = await runWorkflow(workflow, { credentials });
		const seconds = (performance.now() - started) / 1000;
		const ids = new Set(result.items.map((item) => String(item.json.item_id)));
		if (result.error || result.items.length !== ITEMS || ids.size !== ITEMS) into.lost += 1;
		const stats = await emulator.stats();
		into.seconds.push(seconds);
		into.requests.push(stats.requests.tmapi);
		into.refusedShare.push(stats.faults / stats.requests.tmapi);
		into.peak.push(stats.peakInFlight.tmapi);
		return seconds;
	};
	for (let run = 1; run <= runs; run++) {
		for (const row of rows) {
			row.load.push(loadavg()[0]);
			const order: Mode[] = run % 2 === 1 ? ['fixed3', 'auto'] : ['auto', 'fixed3'];
			const seconds: Partial<Record<Mode, number>> = {};
			for (const mode of order) seconds[mode] = await once(row.limit, mode, row[mode]);
			row.ratio.push(seconds.auto! / seconds.fixed3!);
			const share = (mode: Mode) => `${(100 * row[mode].refusedShare.at(-1)!).toFixed(1)} % 503`;
			console.log(
				`  run ${run}, account limit ${row.limit} (load ${row.load.at(-1)!.toFixed(2)}): Fixed 3 ${seconds.fixed3!.toFixed(2)} s (${share('fixed3')}), Auto ${seconds.auto!.toFixed(2)} s (${share('auto')}), Auto / Fixed 3 ${row.ratio.at(-1)!.toFixed(2)}`,
			);
		}
	}
	await emulator.configure({ tmapi: { concurrencyLimit: 0, latencyMs: 0, maxPageSize: 100 } });
	return rows;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const range = (values: number[], f: (value: number) => string) => `${f(Math.min(...values))}–${f(Math.max(...values))}`;

export function defaultModeTable(rows: DefaultModeRow[]): string {
	const fallback = defaultConcurrencyMode();
	const s = (value: number) => value.toFixed(2);
	const pct = (value: number) => `${(100 * value).toFixed(1)} %`;
	const runs = rows[0]?.ratio.length ?? 0;
	const loads = rows.flatMap((row) => row.load);
	const lines = [
		`Concurrency Mode on accounts limited to 2, 3 and 8 requests at once: category of 2,000 offers, 100 pages of 20 at 100 ms; medians of ${runs} rounds (load average ${range(loads, s)} while measured). The node's default is ${fallback === 'auto' ? 'Auto' : 'Fixed'}.`,
		'',
		'| account limit | mode | seconds (median) | seconds (range) | Auto / Fixed 3, same round (median) | (range) | answered 503 (median) | (highest) | requests | peak in flight | runs with data lost |',
		'| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
	];
	for (const row of rows) {
		for (const mode of ['fixed3', 'auto'] as const) {
			const runsOf = row[mode];
			const name = mode === 'auto' ? 'Auto (cap 16)' : 'Fixed 3';
			const isDefault = (mode === 'auto') === (fallback === 'auto');
			const ratio = mode === 'auto' ? [s(median(row.ratio)), range(row.ratio, s)] : ['1.00', '–'];
			lines.push(
				`| ${row.limit} | ${name}${isDefault ? ' (default)' : ''} | ${s(median(runsOf.seconds))} | ${range(runsOf.seconds, s)} | ${ratio[0]} | ${ratio[1]} | ${pct(median(runsOf.refusedShare))} | ${pct(Math.max(...runsOf.refusedShare))} | ${median(runsOf.requests)} | ${median(runsOf.peak)} | ${runsOf.lost} of ${runsOf.seconds.length} |`,
			);
		}
	}
	return lines.join('\n');
}
