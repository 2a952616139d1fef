import { RunCancelledError } from './cancellation';

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

/** Reads a (decompressed) answer stream up to `maxBytes`; stops reading and refuses past that. */
export async function readBody(body: unknown, maxBytes: number, signal?: AbortSignal): Promise<string | unknown> {
	if (!isStream(body)) return Buffer.isBuffer(body) ? body.toString('utf8') : body;
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
	return Buffer.concat(chunks).toString('utf8');
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
	if (typeof body !== 'string') return body;
	const trimmed = body.trim();
	if (!trimmed.startsWith('{') && !trimmed.startsWith('[')) return body;
	if (nestsDeeperThan(trimmed, MAX_JSON_DEPTH)) {
		throw new UnreadableBody(`JSON nested deeper than ${MAX_JSON_DEPTH} levels`);
	}
	try {
		return JSON.parse(trimmed);
	} catch {
		return body;
	}
}
