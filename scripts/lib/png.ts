import { deflateSync } from 'node:zlib';

import { FONT } from './font5x7';

/** A tiny RGB canvas with rectangles and bitmap text, written out as PNG. No dependencies. */
export class Canvas {
	private readonly pixels: Buffer;

	constructor(
		readonly width: number,
		readonly height: number,
		background: [number, number, number] = [255, 255, 255],
	) {
		this.pixels = Buffer.alloc(width * height * 3);
		this.fillRect(0, 0, width, height, background);
	}

	fillRect(x: number, y: number, w: number, h: number, color: [number, number, number]): void {
		const x0 = Math.max(0, Math.round(x));
		const y0 = Math.max(0, Math.round(y));
		const x1 = Math.min(this.width, Math.round(x + w));
		const y1 = Math.min(this.height, Math.round(y + h));
		for (let row = y0; row < y1; row++) {
			for (let col = x0; col < x1; col++) {
				const offset = (row * this.width + col) * 3;
				this.pixels[offset] = color[0];
				this.pixels[offset + 1] = color[1];
				this.pixels[offset + 2] = color[2];
			}
		}
	}

	/** Width in pixels of `text` at `scale`. */
	static textWidth(text: string, scale: number): number {
		return text.length * 6 * scale - scale;
	}

	text(x: number, y: number, text: string, scale: number, color: [number, number, number]): void {
		let cursor = x;
		for (const char of text.toUpperCase()) {
			const glyph = FONT[char] ?? FONT[' '];
			glyph.forEach((bits, row) => {
				for (let col = 0; col < 5; col++) {
					if (bits & (1 << (4 - col))) this.fillRect(cursor + col * scale, y + row * scale, scale, scale, color);
				}
			});
			cursor += 6 * scale;
		}
	}

	toPng(): Buffer {
		const raw = Buffer.alloc((this.width * 3 + 1) * this.height);
		for (let row = 0; row < this.height; row++) {
			raw[row * (this.width * 3 + 1)] = 0;
			this.pixels.copy(raw, row * (this.width * 3 + 1) + 1, row * this.width * 3, (row + 1) * this.width * 3);
		}
		const header = Buffer.alloc(13);
		header.writeUInt32BE(this.width, 0);
		header.writeUInt32BE(this.height, 4);
		header[8] = 8; // bit depth
		header[9] = 2; // truecolour RGB
		return Buffer.concat([
			Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
			chunk('IHDR', header),
			chunk('IDAT', deflateSync(raw)),
			chunk('IEND', Buffer.alloc(0)),
		]);
	}
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
	let c = n;
	for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
	return c >>> 0;
});

function crc32(data: Buffer): number {
	let crc = 0xffffffff;
	for (const byte of data) crc = CRC_TABLE[(crc ^ byte) & 0xff] ^ (crc >>> 8);
	return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
	const length = Buffer.alloc(4);
	length.writeUInt32BE(data.length);
	const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
	const crc = Buffer.alloc(4);
	crc.writeUInt32BE(crc32(body));
	return Buffer.concat([length, body, crc]);
}

export interface BarGroup {
	label: string;
	bars: Array<{ label: string; value: number }>;
}

const COLORS: Array<[number, number, number]> = [
	[255, 106, 0],
	[120, 130, 150],
	[40, 160, 90],
];

/** Horizontal grouped bar chart of seconds, one group per case. */
export function barChart(title: string, groups: BarGroup[], unit = 'S'): Buffer {
	const barHeight = 22;
	const groupGap = 26;
	const labelWidth = 40;
	const width = 960;
	const top = 60;
	const height = top + groups.length * (groups[0].bars.length * (barHeight + 6) + groupGap + 26) + 50;
	const canvas = new Canvas(width, height);
	canvas.text(20, 18, title, 3, [30, 30, 30]);
	const max = Math.max(...groups.flatMap((group) => group.bars.map((bar) => bar.value)), 0.001);
	const plotWidth = width - labelWidth - 120;
	let y = top;
	for (const group of groups) {
		canvas.text(20, y, group.label, 2, [30, 30, 30]);
		y += 26;
		group.bars.forEach((bar, index) => {
			const length = Math.max(2, (bar.value / max) * plotWidth);
			canvas.fillRect(labelWidth, y, length, barHeight, COLORS[index % COLORS.length]);
			canvas.text(labelWidth + length + 8, y + 4, `${bar.value.toFixed(1)}${unit}`, 2, [30, 30, 30]);
			y += barHeight + 6;
		});
		y += groupGap;
	}
	// Legend
	let x = labelWidth;
	groups[0].bars.forEach((bar, index) => {
		canvas.fillRect(x, y, 16, 16, COLORS[index % COLORS.length]);
		canvas.text(x + 22, y + 1, bar.label, 2, [30, 30, 30]);
		x += Canvas.textWidth(bar.label, 2) + 60;
	});
	return canvas.toPng();
}
