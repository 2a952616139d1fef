/* eslint-disable @n8n/community-nodes/no-restricted-imports -- a development script run by Node.js: never part of a published package */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { Resvg } from '@resvg/resvg-js';
import * as vega from 'vega';
import { compile, type TopLevelSpec } from 'vega-lite';

/**
 * The benchmark chart: one group of bars per case (ours, the baseline, the ideal; seconds),
 * drawn with Vega-Lite, rendered to SVG by Vega without a browser and to PNG by resvg.
 * The figures it draws are the ones `npm run bench -- --write` keeps in docs/benchmark.json,
 * so `npm run bench -- --chart-only` can draw it again without running the cases.
 */

export interface ChartCase {
	/** The case as the table names it; the part in parentheses goes on a second line. */
	name: string;
	/** Median seconds. */
	ours: number;
	baseline: number;
	ideal: number;
}

export interface BenchFigures {
	/** e.g. "2 × Intel(R) Xeon(R) Processor" */
	machine: string;
	/** e.g. "v20.20.2" */
	node: string;
	runs: number;
	cases: ChartCase[];
}

export const FIGURES_FILE = 'benchmark.json';

const SERIES = [
	{ key: 'ours', title: 'Ours: this package in n8n', color: '#1f6feb' },
	{ key: 'baseline', title: 'Baseline: one request after another (HTTP Request node)', color: '#b8bcc4' },
	{ key: 'ideal', title: 'Ideal: floor set by latency, concurrency and rate limit', color: '#2da44e' },
] as const;

const FONT = 'Liberation Sans, Arial, Helvetica, DejaVu Sans, sans-serif';

/** "2.8× faster" — how many times the baseline's time ours takes, one decimal. */
export function speedup(chartCase: ChartCase): string {
	return `${(chartCase.baseline / chartCase.ours).toFixed(1)}× faster`;
}

/** The case's axis label: its name, and the part in parentheses on a second line. */
function caseLabel(name: string): string {
	const open = name.indexOf(' (');
	return open < 0 ? name : `${name.slice(0, open)}|${name.slice(open + 1)}`;
}

export function chartSpec(figures: BenchFigures): TopLevelSpec {
	const values = figures.cases.flatMap((chartCase) =>
		SERIES.map((series) => ({
			case: caseLabel(chartCase.name),
			series: series.title,
			seconds: chartCase[series.key],
			label:
				series.key === 'ours'
					? `${chartCase.ours.toFixed(2)} s — ${speedup(chartCase)} than the baseline`
					: `${chartCase[series.key].toFixed(2)} s`,
			ours: series.key === 'ours',
		})),
	);
	const runs = `median of ${figures.runs} run${figures.runs === 1 ? '' : 's'}`;
	const seriesOrder = SERIES.map((series) => series.title);
	return {
		$schema: 'https://vega.github.io/schema/vega-lite/v5.json',
		title: {
			text: 'n8n-nodes-tmapi-shopline benchmark: seconds per case, lower is better',
			subtitle: [
				`${figures.machine}, Node ${figures.node}; ${runs} each, against the local emulator with fixed latency.`,
				'Ours vs. a plain loop doing what the HTTP Request node does, and the ideal set by latency, concurrency (3) and the rate limit.',
			],
			anchor: 'start',
			fontSize: 18,
			subtitleFontSize: 12,
			subtitleColor: '#57606a',
			offset: 14,
		},
		width: 760,
		height: { step: 26 },
		padding: 16,
		background: 'white',
		config: {
			font: FONT,
			view: { stroke: null },
			axis: { labelFontSize: 13, titleFontSize: 13, labelColor: '#24292f', titleColor: '#24292f' },
			legend: { labelFontSize: 12, labelLimit: 600, orient: 'bottom', direction: 'vertical', title: null, symbolType: 'square' },
		},
		data: { values },
		encoding: {
			y: {
				field: 'case',
				type: 'nominal',
				sort: null,
				title: null,
				axis: { labelExpr: "split(datum.label, '|')", labelLimit: 480, labelPadding: 10, ticks: false, domain: false, labelFontWeight: 'bold' },
				scale: { paddingInner: 0.25 },
			},
			yOffset: { field: 'series', type: 'nominal', sort: seriesOrder },
			x: {
				field: 'seconds',
				type: 'quantitative',
				title: 'Seconds (median wall-clock time, lower is better)',
				axis: { grid: true, gridColor: '#eaeef2', tickCount: 8 },
			},
		},
		layer: [
			{
				mark: { type: 'bar', cornerRadiusEnd: 2 },
				encoding: {
					color: {
						field: 'series',
						type: 'nominal',
						sort: seriesOrder,
						scale: { domain: seriesOrder, range: SERIES.map((series) => series.color) },
					},
				},
			},
			...[false, true].map((ours) => ({
				transform: [{ filter: ours ? 'datum.ours' : '!datum.ours' }],
				mark: {
					type: 'text' as const,
					align: 'left' as const,
					baseline: 'middle' as const,
					dx: 5,
					fontSize: 12,
					fontWeight: ours ? ('bold' as const) : ('normal' as const),
					color: ours ? '#0b3d91' : '#57606a',
				},
				encoding: { text: { field: 'label' } },
			})),
		],
	};
}

/** The chart as SVG (Vega, headless) and PNG (resvg, twice the SVG's size). */
export async function renderChart(figures: BenchFigures): Promise<{ svg: string; png: Buffer }> {
	const view = new vega.View(vega.parse(compile(chartSpec(figures)).spec), { renderer: 'none' });
	const svg = await view.toSVG();
	view.finalize();
	const png = new Resvg(svg, {
		fitTo: { mode: 'zoom', value: 2 },
		background: 'white',
		font: { loadSystemFonts: true, defaultFontFamily: 'Liberation Sans', sansSerifFamily: 'Liberation Sans' },
	})
		.render()
		.asPng();
	return { svg, png };
}

/** Writes <dir>/benchmark.svg and <dir>/benchmark.png; returns their paths. */
export async function writeChart(figures: BenchFigures, dir = 'docs'): Promise<string[]> {
	const { svg, png } = await renderChart(figures);
	mkdirSync(dir, { recursive: true });
	const paths = [join(dir, 'benchmark.svg'), join(dir, 'benchmark.png')];
	writeFileSync(paths[0], svg);
	writeFileSync(paths[1], png);
	return paths;
}

export function writeFigures(figures: BenchFigures, dir = 'docs'): string {
	mkdirSync(dir, { recursive: true });
	const path = join(dir, FIGURES_FILE);
	writeFileSync(path, `${JSON.stringify(figures, null, '\t')}\n`);
	return path;
}

export function readFigures(dir = 'docs'): BenchFigures {
	return JSON.parse(readFileSync(join(dir, FIGURES_FILE), 'utf8')) as BenchFigures;
}
