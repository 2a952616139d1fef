import { NodeApiError, type INode, type JsonObject } from 'n8n-workflow';

import type { ApiCall, Attempt } from '../../shared/http/client';
import { getHeader, type HttpExchange } from '../../shared/http/http';
import { redactText, redactValue } from '../../shared/http/redact';
import { parseRetryAfter } from '../../shared/http/retry';

/** What a status means for a user of the store, and what to do. */
const ADVICE: Record<number, string> = {
	400: 'SHOPLINE refused the request as malformed. Check the fields of this item.',
	401: 'The access token is missing, invalid or expired. Copy it again from the app\'s API credentials in the SHOPLINE admin.',
	402: 'The store is frozen (unpaid subscription). Settle it in the SHOPLINE admin, then run again.',
	403: 'The token may not do this. Give the private app the read_products and write_products scopes.',
	404: 'Nothing found at this address: the product ID may be wrong or deleted, or the API version may not exist.',
	406: 'SHOPLINE cannot answer in JSON for this request.',
	412: 'SHOPLINE flagged content of the product as risky. Change the text or images and try again.',
	422: 'SHOPLINE could not process the product: check the fields named in its answer.',
	423: 'The store is locked. Contact SHOPLINE support.',
	429: 'Too many requests: the store allows 4 per second with a burst of 40. Lower Requests per Second.',
	500: 'SHOPLINE had an internal error.',
	501: 'SHOPLINE does not support this request.',
	502: 'A gateway in front of SHOPLINE failed.',
	503: 'SHOPLINE is unavailable for the moment.',
	504: 'SHOPLINE timed out.',
};

/** Statuses a read may retry. Writes retry only 429: the request was refused before it was applied. */
const RETRYABLE_READ = new Set([429, 500, 502, 503, 504]);

/** SHOPLINE's `errors` comes as a string, a list or an object of field → messages. */
export function errorsText(body: unknown): string {
	if (body === null || body === undefined) return '';
	if (typeof body === 'string') return body.replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ').trim().slice(0, 300);
	if (typeof body !== 'object') return String(body);
	const record = body as Record<string, unknown>;
	const parts: string[] = [];
	const errors = record.errors ?? record.error;
	if (typeof errors === 'string') parts.push(errors);
	else if (Array.isArray(errors)) parts.push(errors.map((entry) => (typeof entry === 'string' ? entry : JSON.stringify(entry))).join('; '));
	else if (errors && typeof errors === 'object') {
		for (const [field, messages] of Object.entries(errors)) {
			parts.push(`${field}: ${Array.isArray(messages) ? messages.join(', ') : typeof messages === 'string' ? messages : JSON.stringify(messages)}`);
		}
	}
	if (typeof record.message === 'string' && !parts.includes(record.message)) parts.push(record.message);
	if (parts.length === 0 && record.code !== undefined) parts.push(`code ${String(record.code)}`);
	return parts.join('; ');
}

export type ShoplineAttempt = Attempt<HttpExchange>;

/** Every SHOPLINE call but a GET changes the store. */
export const isWrite = (call: ApiCall) => call.method !== 'GET';

const isEmpty = (body: unknown) => body === '' || body === undefined || body === null;

function apiError(node: INode, exchange: HttpExchange, call: ApiCall, traceId: string | undefined, message: string, description: string, detail: JsonObject): NodeApiError {
	return new NodeApiError(node, { httpStatus: exchange.statusCode, traceId: traceId ?? null, endpoint: `${call.method} ${call.path}`, ...detail }, {
		message,
		description: `${description}${traceId ? ` Quote traceId ${traceId} to SHOPLINE support.` : ''}`,
		httpCode: String(exchange.statusCode),
		itemIndex: call.itemIndex,
	});
}

/** A 2xx answer: data, a deletion, or — for a write whose answer cannot be read — an error that says it was applied. */
function interpretSuccess(node: INode, exchange: HttpExchange, call: ApiCall, traceId: string | undefined): ShoplineAttempt {
	const { statusCode, body } = exchange;
	if (body !== null && typeof body === 'object') return { ok: true, value: exchange };
	if (call.method === 'DELETE' || (call.answersEmpty && isEmpty(body))) return { ok: true, value: { ...exchange, body: {} } };
	const truncated = typeof body === 'string' && /^\s*[[{]/.test(body);
	const what = truncated ? 'an incomplete JSON body' : isEmpty(body) ? 'an empty body' : 'a body that is not JSON';
	if (isWrite(call)) {
		return {
			ok: false,
			retryable: false,
			error: apiError(
				node,
				exchange,
				call,
				traceId,
				`SHOPLINE applied ${call.method} ${call.path} (HTTP ${statusCode}${traceId ? `, traceId ${traceId}` : ''}) but answered with ${what}`,
				'The change was made: do not run this item again. Look the record up (e.g. by handle) to get what SHOPLINE stored.',
				{},
			),
		};
	}
	return {
		ok: false,
		retryable: truncated,
		error: apiError(
			node,
			exchange,
			call,
			traceId,
			`SHOPLINE answered HTTP ${statusCode} with ${what}`,
			truncated ? 'The answer was cut off. Try again.' : 'Check the Base URL Override of the SHOPLINE credential: it may point to a website rather than the API.',
			{},
		),
	};
}

/**
 * Reads one SHOPLINE exchange: 2xx is success; anything else becomes a NodeApiError with
 * the status, SHOPLINE's own words and the traceId to quote to its support, classified
 * for retry. A 3xx means the host or version is wrong (SHOPLINE redirects to its website).
 * What an error shows is redacted before it is cut short.
 */
export function interpretShoplineResponse(node: INode, exchange: HttpExchange, call: ApiCall, secrets: readonly string[]): ShoplineAttempt {
	const { statusCode, headers } = exchange;
	const traceId = getHeader(headers, 'traceid') ?? getHeader(headers, 'trace-id') ?? getHeader(headers, 'x-trace-id');
	if (statusCode >= 200 && statusCode < 300) return interpretSuccess(node, exchange, call, traceId && redactText(traceId, secrets));

	const safe = redactValue(exchange, secrets);
	const safeTrace = traceId && redactText(traceId, secrets);
	if (statusCode >= 300 && statusCode < 400) {
		const location = getHeader(safe.headers, 'location') ?? 'another address';
		return {
			ok: false,
			retryable: false,
			error: apiError(
				node,
				safe,
				call,
				safeTrace,
				`SHOPLINE redirected the request to ${location} (HTTP ${statusCode})`,
				'The Store Handle or the API Version of the SHOPLINE credential is probably wrong: SHOPLINE sends unknown stores and versions to its website.',
				{ location },
			),
		};
	}

	const words = errorsText(safe.body);
	const write = isWrite(call);
	const advice = ADVICE[statusCode] ?? (statusCode >= 500 ? 'SHOPLINE failed to process the request.' : 'SHOPLINE refused the request.');
	const notApplied = write && statusCode >= 500 ? ' The change may or may not have been applied: check the store before running this item again.' : '';
	return {
		ok: false,
		retryable: write ? statusCode === 429 : RETRYABLE_READ.has(statusCode),
		rateLimited: statusCode === 429,
		retryAfterMs: parseRetryAfter(getHeader(headers, 'retry-after')),
		error: apiError(
			node,
			safe,
			call,
			safeTrace,
			`SHOPLINE ${call.method} ${call.path} failed with HTTP ${statusCode}${words ? `: ${words}` : ''}`,
			`${advice}${notApplied}`,
			{ errors: words },
		),
	};
}
