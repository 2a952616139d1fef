import { RunCancelledError } from '../flow/cancellation';

/** Largest answer read, once decompressed: a larger one is refused rather than held in memory. */
export const MAX_BODY_BYTES = 64 * 1024 * 1024;

/** Deepest nesting of a JSON answer; deeper ones would overflow the stack of whoever walks them. */
export const MAX_JSON_DEPTH = 256;

/** Why an answer that came could not be used. */
export class UnreadableBody extends Error {
	constructor(readonly reason: string) {
		super(reason);
		this.name = 'UnreadableBody';
	}
}

interface ByteStream extends AsyncIterable<unknown> {
	destroy(error?: Error): void;
}

const isStream = (value: unknown): value is ByteStream =>
	value !== null && typeof value === 'object' && typeof (value as ByteStream)[Symbol.asyncIterator] === 'function' && typeof (value as ByteStream).destroy === 'function';

/**
 * Reads a (decompressed) answer stream up to `maxBytes`, as bytes (see `parseBody`); stops
 * reading and refuses past that.
 */
export async function readBody(body: unknown, maxBytes: number, signal?: AbortSignal): Promise<Buffer | unknown> {
	if (!isStream(body)) return body;
	const chunks: Buffer[] = [];
	let size = 0;
	const onAbort = () => body.destroy(new RunCancelledError());
	signal?.addEventListener('abort', onAbort, { once: true });
	try {
		for await (const chunk of body) {
			const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
			size += buffer.length;
			if (size > maxBytes) {
				body.destroy();
				throw new UnreadableBody(`an answer larger than ${Math.round(maxBytes / 1024 / 1024)} MiB (the most the node reads)`);
			}
			chunks.push(buffer);
		}
	} finally {
		signal?.removeEventListener('abort', onAbort);
	}
	if (signal?.aborted) throw new RunCancelledError();
	return chunks.length === 1 ? chunks[0] : Buffer.concat(chunks, size);
}

/** Index of the quote that ends the string opened at `start`, or -1 (escaped quotes skipped). */
function endOfString(text: string, start: number): number {
	for (let quote = text.indexOf('"', start + 1); quote !== -1; quote = text.indexOf('"', quote + 1)) {
		let backslashes = 0;
		while (text.charCodeAt(quote - 1 - backslashes) === 92) backslashes++;
		if (backslashes % 2 === 0) return quote;
	}
	return -1;
}

/**
 * True when the JSON text nests objects and lists deeper than `max`. Strings are jumped over
 * with indexOf, so the cost is in the structure, not in the text of the answer.
 */
export function nestsDeeperThan(text: string, max: number): boolean {
	let depth = 0;
	for (let index = 0; index < text.length; index++) {
		const code = text.charCodeAt(index);
		if (code === 34) {
			index = endOfString(text, index);
			if (index === -1) return false;
		} else if (code === 123 || code === 91) {
			if (++depth > max) return true;
		} else if (code === 125 || code === 93) depth--;
	}
	return false;
}

/** Text that holds JSON is parsed (refused when nested too deep); anything else is returned as it came. */
export function parseBody(body: unknown): unknown {
	if (Buffer.isBuffer(body)) return parseBytes(body);
	if (typeof body !== 'string') return body;
	const trimmed = body.trim();
	if (!trimmed.startsWith('{') && !trimmed.startsWith('[')) return body;
	return parseJsonText(trimmed, body);
}

function parseJsonText(text: string, asCame: unknown): unknown {
	if (nestsDeeperThan(text, MAX_JSON_DEPTH)) {
		throw new UnreadableBody(`JSON nested deeper than ${MAX_JSON_DEPTH} levels`);
	}
	try {
		return JSON.parse(text);
	} catch {
		return asCame;
	}
}

/** First byte that is not JSON whitespace, or -1. */
function firstSignificantByte(bytes: Buffer): number {
	for (const byte of bytes) if (byte !== 0x20 && byte !== 0x0a && byte !== 0x0d && byte !== 0x09) return byte;
	return -1;
}

const NON_ASCII = /[\u0080-\u00ff]/;

/** Turns the UTF-8 bytes that a latin1 reading left in strings (and keys) back into characters, in place. */
function decodeStringsInPlace(value: unknown): unknown {
	if (typeof value === 'string') return NON_ASCII.test(value) ? Buffer.from(value, 'latin1').toString('utf8') : value;
	if (Array.isArray(value)) {
		for (let i = 0; i < value.length; i++) value[i] = decodeStringsInPlace(value[i]);
		return value;
	}
	if (value !== null && typeof value === 'object') {
		const record = value as Record<string, unknown>;
		const keys = Object.keys(record);
		for (const key of keys) {
			const entry = decodeStringsInPlace(record[key]);
			if (entry !== record[key]) record[key] = entry;
		}
		if (keys.some((key) => NON_ASCII.test(key))) {
			// Keys to decode: the entries are added again in their order.
			const entries = keys.map((key) => [decodeStringsInPlace(key) as string, record[key]] as const);
			for (const key of keys) delete record[key];
			for (const [key, entry] of entries) record[key] = entry;
		}
	}
	return value;
}

/**
 * An answer's bytes. JSON is read as latin1, one byte per character: V8 keeps that text at
 * one byte per character, while UTF-8 text with a single Chinese character in it becomes a
 * two-byte string, twice the size, for the whole answer. The few strings that held
 * non-ASCII bytes are decoded as UTF-8 afterwards. An answer with \u escapes is read as
 * UTF-8 text, as is anything that is not JSON.
 */
function parseBytes(bytes: Buffer): unknown {
	const first = firstSignificantByte(bytes);
	if (first !== 0x7b && first !== 0x5b) return bytes.toString('utf8');
	const text = bytes.toString('latin1');
	const ascii = !NON_ASCII.test(text);
	if (!ascii && bytes.includes('\\u')) {
		const utf8 = bytes.toString('utf8');
		return parseJsonText(utf8.trim(), utf8);
	}
	const parsed = parseJsonText(text.trim(), undefined);
	if (parsed === undefined) return bytes.toString('utf8');
	return ascii ? parsed : decodeStringsInPlace(parsed);
}
