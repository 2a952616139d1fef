import { NodeApiError, type IDataObject, type INode, type JsonObject } from 'n8n-workflow';

import type { ApiCall, Attempt } from '../../shared/client';
import { getHeader, type HttpExchange } from '../../shared/http';
import { redactText, redactValue } from '../../shared/redact';
import { parseRetryAfter } from '../../shared/retry';

/** What TMAPI's documented codes mean, what to do about them, and whether to try again. */
const TMAPI_CODES: Record<number, { message: string; hint: string; retry: boolean; overload?: boolean }> = {
	417: {
		message: 'TMAPI could not retrieve the data from 1688 (code 417)',
		hint: 'This is usually temporary. The node already retried; run it again later, or contact TMAPI support if it persists.',
		retry: true,
	},
	422: {
		message: 'TMAPI rejected a parameter (code 422)',
		hint: 'Check the parameters sent (listed below) against the operation: IDs, URLs and filters.',
		retry: false,
	},
	439: {
		message: 'TMAPI subscription expired or balance too low (code 439)',
		hint: 'Top up or renew in the TMAPI console (https://console.tmapi.io), then run the workflow again.',
		retry: false,
	},
	499: {
		message: 'TMAPI timed out fetching the data (code 499)',
		hint: 'Temporary. Keep the Timeout option at 60 seconds or more and try again.',
		retry: true,
	},
	500: {
		message: 'TMAPI had an unexpected error (code 500)',
		hint: 'The node already retried. If it persists, contact TMAPI support.',
		retry: true,
	},
	503: {
		message: 'TMAPI concurrency limit exceeded (code 503)',
		hint: 'Lower the Max Concurrent Requests option. The node already lowers it for the rest of the run when this happens.',
		retry: true,
		overload: true,
	},
};

/** HTTP statuses worth another try when TMAPI (or its gateway) answers without a known code. */
const RETRYABLE_HTTP = new Set([429, 500, 502, 503, 504]);

export type TmapiAttempt = Attempt<IDataObject>;

function numericCode(value: unknown): number | undefined {
	if (typeof value === 'number' && Number.isInteger(value)) return value;
	if (typeof value === 'string' && /^\d+$/.test(value.trim())) return Number(value);
	return undefined;
}

/** Lists the parameters sent (never the token) so a 422 can be traced to its field. */
function describeParams(call: ApiCall, secrets: readonly string[]): string {
	const entries = Object.entries({ ...call.qs, ...call.body }).filter(([key, value]) => key !== 'apiToken' && value !== undefined);
	if (entries.length === 0) return 'No parameters were sent.';
	const shown = entries.map(([key, value]) => `${key}=${typeof value === 'object' ? JSON.stringify(value) : String(value)}`);
	return `Parameters sent: ${redactText(shown.join(', '), secrets)}.`;
}

function snippet(body: unknown): string {
	if (body === undefined || body === null || body === '') return 'an empty body';
	const text = String(body).replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ').trim();
	return `"${text.length > 120 ? `${text.slice(0, 117)}...` : text}"`;
}

function apiError(
	node: INode,
	call: ApiCall,
	secrets: readonly string[],
	message: string,
	description: string,
	code: number | undefined,
	detail: JsonObject,
): NodeApiError {
	return new NodeApiError(node, redactValue({ ...detail, endpoint: `${call.method} ${call.path}` }, secrets), {
		message: redactText(message, secrets),
		description: redactText(description, secrets),
		httpCode: code === undefined ? undefined : String(code),
		itemIndex: call.itemIndex,
	});
}

/**
 * Turns one TMAPI exchange into data or a classified failure. Success is HTTP 2xx with
 * body code 200. A failure may come as an HTTP status, as a body code under HTTP 200,
 * or as a gateway's bare {"message": ...}; all three are read. A redirect is reported,
 * never followed (the token would go along). What a failure shows is redacted before it
 * is cut short, so no part of a token survives.
 */
export function interpretTmapiResponse(node: INode, exchange: HttpExchange, call: ApiCall, secrets: readonly string[]): TmapiAttempt {
	const { statusCode } = exchange;
	const httpOk = statusCode >= 200 && statusCode < 300;
	const envelope = exchange.body !== null && typeof exchange.body === 'object' && !Array.isArray(exchange.body) ? (exchange.body as IDataObject) : undefined;
	if (httpOk && envelope && numericCode(envelope.code) === 200) {
		const data = envelope.data;
		if (data === null || typeof data !== 'object' || Array.isArray(data)) {
			return {
				ok: false,
				retryable: false,
				error: apiError(node, call, secrets, 'TMAPI answered success without a data object', 'The answer had code 200 but no "data". Try again; report it to TMAPI support if it persists.', 200, { httpStatus: statusCode }),
			};
		}
		return { ok: true, value: data as IDataObject };
	}
	return interpretFailure(node, { ...exchange, body: redactValue(exchange.body, secrets) }, call, secrets);
}

function interpretFailure(node: INode, exchange: HttpExchange, call: ApiCall, secrets: readonly string[]): TmapiAttempt {
	const { statusCode, body } = exchange;
	const httpOk = statusCode >= 200 && statusCode < 300;
	const retryAfterMs = parseRetryAfter(getHeader(exchange.headers, 'retry-after'));

	if (statusCode >= 300 && statusCode < 400) {
		const location = redactText(getHeader(exchange.headers, 'location') ?? 'another address', secrets);
		return {
			ok: false,
			retryable: false,
			error: apiError(
				node,
				call,
				secrets,
				`TMAPI redirected the request to ${location} (HTTP ${statusCode})`,
				'The node does not follow redirects, so the API token never leaves for another address. Check the API Host / Base URL in the TMAPI credential.',
				statusCode,
				{ httpStatus: statusCode, location },
			),
		};
	}

	if (body === null || typeof body !== 'object' || Array.isArray(body)) {
		const truncatedJson = typeof body === 'string' && /^\s*[[{]/.test(body);
		const what = truncatedJson ? 'an incomplete JSON body' : `a body that is not JSON: ${snippet(body)}`;
		const retryable = truncatedJson || RETRYABLE_HTTP.has(statusCode);
		const hint = truncatedJson
			? 'The answer was cut off. Try again.'
			: httpOk
				? 'Check the API Host / Base URL in the TMAPI credential: it may point to a website rather than the API.'
				: 'The service or a proxy in front of it failed. Try again later.';
		return {
			ok: false,
			retryable,
			retryAfterMs,
			error: apiError(node, call, secrets, `TMAPI answered HTTP ${statusCode} with ${what}`, hint, statusCode, {
				httpStatus: statusCode,
			}),
		};
	}

	const envelope = body as IDataObject;
	const code = numericCode(envelope.code);

	const serverText = typeof envelope.msg === 'string' ? envelope.msg : typeof envelope.message === 'string' ? envelope.message : '';
	const failureCode = code !== undefined && code !== 200 ? code : httpOk ? code : statusCode;
	const known = failureCode !== undefined ? TMAPI_CODES[failureCode] : undefined;
	const detail: JsonObject = { httpStatus: statusCode, code: failureCode ?? null, msg: serverText };

	if (known) {
		const parts = [known.hint];
		if (serverText) parts.unshift(`TMAPI says: ${serverText}.`);
		if (failureCode === 422) parts.push(describeParams(call, secrets));
		return {
			ok: false,
			retryable: known.retry,
			overload: known.overload,
			retryAfterMs,
			error: apiError(node, call, secrets, known.message, parts.join(' '), failureCode, detail),
		};
	}

	// A gateway in front of TMAPI answers with a bare {"message": ...} and no code.
	if (statusCode === 401 || statusCode === 403 || failureCode === 401 || failureCode === 403) {
		return {
			ok: false,
			retryable: false,
			error: apiError(
				node,
				call,
				secrets,
				`TMAPI did not accept the API token (HTTP ${statusCode})`,
				`${serverText ? `The gateway says: ${serverText}. ` : ''}Check the API Token in the TMAPI credential.`,
				failureCode,
				detail,
			),
		};
	}
	if (statusCode === 404) {
		return {
			ok: false,
			retryable: false,
			error: apiError(
				node,
				call,
				secrets,
				`TMAPI has no endpoint ${call.method} ${call.path} (HTTP 404)`,
				`${serverText ? `The gateway says: ${serverText}. ` : ''}Check the API Host / Base URL in the TMAPI credential.`,
				404,
				detail,
			),
		};
	}
	const retryable = failureCode !== undefined && RETRYABLE_HTTP.has(failureCode);
	return {
		ok: false,
		retryable,
		overload: failureCode === 503,
		retryAfterMs,
		error: apiError(
			node,
			call,
			secrets,
			`TMAPI request failed (${httpOk ? `code ${failureCode ?? 'missing'}` : `HTTP ${statusCode}`})`,
			serverText ? `TMAPI says: ${serverText}.` : 'No message came with the failure.',
			failureCode,
			detail,
		),
	};
}
