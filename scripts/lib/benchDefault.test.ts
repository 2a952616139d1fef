/* eslint-disable @n8n/community-nodes/no-restricted-globals, @n8n/community-nodes/no-restricted-imports -- test code run by jest: never part of a published package */
/**
 * The TMAPI node's Concurrency Mode default is what the README says it is, in its option table
 * and in the benchmark rows that compare the two modes (`npm run bench -- --cases 9`), and the
 * bench's table marks the default and reports medians, ranges and lost data as measured.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { defaultConcurrencyMode, defaultModeTable, type DefaultModeRow } from './benchDefault';

const README = readFileSync(join(__dirname, '..', '..', 'README.md'), 'utf8');
const label = (mode: string) => (mode === 'auto' ? 'Auto' : 'Fixed');

it("the node's Concurrency Mode default is the one the README's option table names", () => {
	const mode = defaultConcurrencyMode();
	expect(['auto', 'fixed']).toContain(mode);
	const row = /^\| Concurrency Mode \| (\w+) \|/m.exec(README);
	expect(row?.[1]).toBe(label(mode));
});

it("the README's Fixed 3 / Auto benchmark rows mark the node's default", () => {
	const section = README.slice(README.indexOf('### Concurrency Mode by default'));
	const marked = [...section.matchAll(/^\| \d+ \| (Fixed 3|Auto \(cap 16\)) \(default\) \|/gm)].map((match) => match[1]);
	expect(marked).toHaveLength(3);
	expect(new Set(marked)).toEqual(new Set([defaultConcurrencyMode() === 'auto' ? 'Auto (cap 16)' : 'Fixed 3']));
});

describe('the bench table of Fixed 3 against Auto', () => {
	const runs = (seconds: number[], refused: number[], lost = 0) => ({ seconds, refusedShare: refused, requests: seconds.map(() => 100), peak: seconds.map(() => 3), lost });
	const rows: DefaultModeRow[] = [
		{ limit: 3, fixed3: runs([4, 3.8, 5], [0, 0, 0]), auto: runs([4.2, 3.9, 3.7], [0.05, 0.065, 0.04], 1), ratio: [1.05, 1.03, 0.74], load: [2, 3.5, 1] },
	];
	const lines = defaultModeTable(rows).split('\n');

	it('gives medians, ranges, the same-round ratio, the highest 503 share and the runs with data lost', () => {
		const auto = lines.find((line) => line.startsWith('| 3 | Auto'))!.split(' | ');
		expect(auto.slice(2)).toEqual(['3.90', '3.70–4.20', '1.03', '0.74–1.05', '5.0 %', '6.5 %', '100', '3', '1 of 3 |']);
		const fixed = lines.find((line) => line.startsWith('| 3 | Fixed 3'))!.split(' | ');
		expect(fixed.slice(2, 5)).toEqual(['4.00', '3.80–5.00', '1.00']);
		expect(lines[0]).toContain('medians of 3 rounds (load average 1.00–3.50 while measured)');
	});

	it("marks the node's default mode and only that one", () => {
		const marked = lines.filter((line) => line.includes('(default)'));
		expect(marked).toHaveLength(1);
		expect(marked[0]).toContain(defaultConcurrencyMode() === 'auto' ? '| Auto' : '| Fixed 3');
	});
});
