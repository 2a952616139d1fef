import { renderChart, speedup, type BenchFigures } from './benchChart';

const figures: BenchFigures = {
	machine: '4 × Test CPU',
	node: 'v20.0.0',
	runs: 3,
	cases: [
		{ name: 'TMAPI category Return All (2,000 items, 100 pages, 100 ms)', ours: 3.5, baseline: 10.15, ideal: 3.4 },
		{ name: 'SHOPLINE Get Many Return All (10,000 products, 50 ms)', ours: 2.5, baseline: 40, ideal: 2 },
	],
};

/** Text of the SVG's <text> elements (tspans joined by a space), entities decoded. */
function texts(svg: string): string[] {
	return [...svg.matchAll(/<text\b[^>]*>([\s\S]*?)<\/text>/g)].map((match) =>
		match[1]
			.replace(/<tspan\b[^>]*>([\s\S]*?)<\/tspan>/g, '$1 ')
			.replace(/&amp;/g, '&')
			.replace(/&lt;/g, '<')
			.replace(/&gt;/g, '>')
			.replace(/&quot;/g, '"')
			.replace(/&#39;/g, "'")
			.trim(),
	);
}

describe('benchmark chart', () => {
	let rendered: { svg: string; png: Buffer };
	beforeAll(async () => {
		rendered = await renderChart(figures);
	});

	it('computes the ratio against the baseline with one decimal', () => {
		expect(speedup(figures.cases[0])).toBe('2.9× faster');
		expect(speedup(figures.cases[1])).toBe('16.0× faster');
	});

	it('labels every case, writes each value in seconds and the ratio on the chart', () => {
		const all = texts(rendered.svg);
		expect(all).toContain('TMAPI category Return All (2,000 items, 100 pages, 100 ms)');
		expect(all).toContain('SHOPLINE Get Many Return All (10,000 products, 50 ms)');
		expect(all).toContain('3.50 s — 2.9× faster than the baseline');
		expect(all).toContain('2.50 s — 16.0× faster than the baseline');
		for (const value of ['10.15 s', '3.40 s', '40.00 s', '2.00 s']) expect(all).toContain(value);
		expect(all.some((text) => text.startsWith('Seconds'))).toBe(true);
		expect(all.some((text) => text.includes('4 × Test CPU, Node v20.0.0; median of 3 runs'))).toBe(true);
		expect(all.some((text) => text.includes('benchmark: seconds per case'))).toBe(true);
	});

	it('draws one bar per case and series', () => {
		const bars = rendered.svg.match(/<path [^>]*aria-roledescription="bar"/g) ?? [];
		expect(bars).toHaveLength(figures.cases.length * 3);
	});

	it('renders a PNG of sane size', () => {
		const { png } = rendered;
		expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
		expect(png.toString('latin1', 12, 16)).toBe('IHDR');
		const width = png.readUInt32BE(16);
		const height = png.readUInt32BE(20);
		expect(width).toBeGreaterThanOrEqual(1200);
		expect(width).toBeLessThanOrEqual(4000);
		expect(height).toBeGreaterThanOrEqual(400);
		expect(height).toBeLessThan(width);
		// Twice the SVG's own size.
		const svgWidth = Number(/<svg[^>]* width="(\d+(?:\.\d+)?)"/.exec(rendered.svg)?.[1]);
		expect(width).toBe(Math.round(svgWidth * 2));
	});
});
