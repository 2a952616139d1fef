/* eslint-disable @n8n/community-nodes/no-restricted-globals, @n8n/community-nodes/no-restricted-imports, no-console -- a development script run by Node.js: never part of a published package */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';

import { writeChart, writeFigures, type BenchFigures } from './benchChart';

/**
 * The benchmark's report: the markdown tables (printed; with --write also into
 * docs/benchmark.md and between the README's benchmark markers), and with --write the
 * figures the chart draws (docs/benchmark.json) and the chart (docs/benchmark.svg and .png).
 */

export interface CaseResult {
	name: string;
	ours: number[];
	baseline: number[];
	ideal: number;
	peakInFlight: number[];
	extra: Record<string, number[]>;
}

export const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

export async function report(results: CaseResult[], options: { runs: number; write: boolean }) {
	const RUNS = options.runs;
	if (results.length === 0) return; // only cases 6–8 were asked for: they print their own tables
	const f = (value: number, digits = 2) => value.toFixed(digits);
	const timing = results.filter((result) => result.ours.length > 0);
	const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}`;
	const lines = [
		`Machine: ${machine}, Node ${process.version}. Medians of ${RUNS} run${RUNS === 1 ? '' : 's'}; all cases in one process, one after the other.`,
		'',
		'| case | ours (s) | baseline (s) | ideal (s) | ours / baseline | ours / ideal | peak in flight |',
		'| --- | --- | --- | --- | --- | --- | --- |',
		...timing.map((result) => {
			const ours = median(result.ours);
			const baseline = median(result.baseline);
			const speedup = `${f(baseline / ours)}× faster`;
			return `| ${result.name} | ${f(ours)} | ${f(baseline)} | ${f(result.ideal)} | ${f(ours / baseline)} (${speedup}) | ${f(ours / result.ideal)} | ${median(result.peakInFlight)} |`;
		}),
	];
	const shopline = timing.find((result) => result.name.startsWith('SHOPLINE'));
	if (shopline) {
		lines.push(
			'',
			`SHOPLINE: ours sent ${median(shopline.extra.oursRequests)} requests (250 per page) and met ${median(shopline.extra.ours429)} × 429; the baseline (50 per page, no pacing) met ${median(shopline.extra.baseline429)} × 429. ` +
				`The ideal counts latency only; a bare fetch loop over the same 40 pages (no node, no engine, no pacing) takes ${f(median(shopline.extra.bareSeconds))} s, so ours / bare loop = ${f(median(shopline.ours) / median(shopline.extra.bareSeconds))}: the rest is the emulator's own time and the transfer of 14 MB.`,
		);
	}
	const spread = timing.find((result) => result.extra.burstGapShare !== undefined);
	if (spread) {
		lines.push(
			'',
			`TMAPI category, 3 at once: ${f(median(spread.extra.burstGapShare) * 100, 0)} % of request starts came less than 3 ms after the one before (sent in bursts of 3, two in three would be): the starts are spread over the round trip.`,
		);
	}
	const auto = timing.find((result) => result.extra.refusedShare !== undefined);
	if (auto) {
		lines.push(
			'',
			`Concurrency Mode Auto: ${median(auto.extra.oursRequests)} requests, ${f(median(auto.extra.refusedShare) * 100, 1)} % of them answered 503 (concurrency limit exceeded); peak ${median(auto.peakInFlight)} in flight. ` +
				'Its baseline is the sequential fetch loop; against n8n\'s own HTTP Request node inside a real n8n, see `npm run bench -- --cases 8`.',
		);
	}
	lines.push(
		'',
		'| overhead | CPU µs per output item | of which fetch + JSON.parse | of which node + engine | peak heap / JSON bytes | JSON returned (MB) |',
		'| --- | --- | --- | --- | --- | --- |',
	);
	for (const result of results.filter((entry) => entry.name.startsWith('Node overhead'))) {
		const total = median(result.extra.cpuMicrosPerItem);
		const bare = median(result.extra.bareCpuMicrosPerItem);
		lines.push(
			`| ${result.name.replace('Node overhead: ', '')} | ${f(total, 1)} | ${f(bare, 1)} | ${f(total - bare, 1)} | ${f(median(result.extra.peakHeapOverJson))} | ${f(median(result.extra.jsonMB), 1)} |`,
		);
	}
	lines.push(
		'',
		'CPU is the whole process while the node runs (n8n engine, HTTP client and JSON parsing included), after one unmeasured warm-up run; the emulator runs in another process. "fetch + JSON.parse" is a bare loop fetching the same pages with Node\'s fetch: what any client pays. Peak heap is the highest heap use during the run (sampled every 2 ms) above the heap before it: the output items, the text of the answers and any garbage not yet collected.',
	);
	const markdown = lines.join('\n');
	console.log(`\n${markdown}\n`);
	if (!options.write) {
		console.log('README.md and docs/ left as they are; `npm run bench -- --write` updates them with these figures.');
		return;
	}
	mkdirSync('docs', { recursive: true });
	writeFileSync('docs/benchmark.md', `${markdown}\n`);
	// The README shows the latest table between its benchmark markers.
	const readme = readFileSync('README.md', 'utf8');
	const updated = readme.replace(/(<!-- benchmark:start -->\n)[\s\S]*?(<!-- benchmark:end -->)/, `$1${markdown}\n$2`);
	writeFileSync('README.md', updated);
	const ms = (value: number) => Math.round(value * 1000) / 1000;
	const figures: BenchFigures = {
		machine,
		node: process.version,
		runs: RUNS,
		cases: timing.map((result) => ({ name: result.name, ours: ms(median(result.ours)), baseline: ms(median(result.baseline)), ideal: ms(result.ideal) })),
	};
	writeFigures(figures);
	await writeChart(figures);
	console.log('Wrote docs/benchmark.md, docs/benchmark.json, docs/benchmark.svg, docs/benchmark.png and the table in README.md');
}
