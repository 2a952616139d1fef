import { NodeApiError, type IDataObject, type INode, type JsonObject } from 'n8n-workflow';

import type { ApiCall, Attempt } from '../../shared/http/client';
import { getHeader, type HttpExchange } from '../../shared/http/http';
import { redactText, redactValue } from '../../shared/http/redact';
import { parseRetryAfter } from '../../shared/http/retry';
import { RETRYABLE_HTTP, TMAPI_CODES } from './codes';

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
		// Some answers are a bare list (the top-level categories may be): it is handed on as { items: [...] }.
		if (Array.isArray(data)) return { ok: true, value: { items: data } };
		if (data === null || typeof data !== 'object') {
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
	const fail = (retryable: boolean, message: string, description: string, code: number | undefined, detail: JsonObject, overload = false): TmapiAttempt => ({
		ok: false,
		retryable,
		overload,
		retryAfterMs: retryable ? retryAfterMs : undefined,
		error: apiError(node, call, secrets, message, description, code, detail),
	});

	if (statusCode >= 300 && statusCode < 400) {
		const location = redactText(getHeader(exchange.headers, 'location') ?? 'another address', secrets);
		const advice = 'The node does not follow redirects, so the API token never leaves for another address. Check the API Host / Base URL in the TMAPI credential.';
		return fail(false, `TMAPI redirected the request to ${location} (HTTP ${statusCode})`, advice, statusCode, { httpStatus: statusCode, location });
	}

	if (body === null || typeof body !== 'object' || Array.isArray(body)) {
		const truncatedJson = typeof body === 'string' && /^\s*[[{]/.test(body);
		const what = truncatedJson ? 'an incomplete JSON body' : `a body that is not JSON: ${snippet(body)}`;
		const hint = truncatedJson
			? 'The answer was cut off. Try again.'
			: httpOk
				? 'Check the API Host / Base URL in the TMAPI credential: it may point to a website rather than the API.'
				: 'The service or a proxy in front of it failed. Try again later.';
		return fail(truncatedJson || RETRYABLE_HTTP.has(statusCode), `TMAPI answered HTTP ${statusCode} with ${what}`, hint, statusCode, { httpStatus: statusCode });
	}

	const envelope = body as IDataObject;
	const code = numericCode(envelope.code);
	const serverText = typeof envelope.msg === 'string' ? envelope.msg : typeof envelope.message === 'string' ? envelope.message : '';
	const failureCode = code !== undefined && code !== 200 ? code : httpOk ? code : statusCode;
	const known = failureCode !== undefined ? TMAPI_CODES[failureCode] : undefined;
	const detail: JsonObject = { httpStatus: statusCode, code: failureCode ?? null, msg: serverText };
	const gatewaySays = serverText ? `The gateway says: ${serverText}. ` : '';

	if (known) {
		const parts = [known.hint];
		if (serverText) parts.unshift(`TMAPI says: ${serverText}.`);
		if (failureCode === 422) parts.push(describeParams(call, secrets));
		return fail(known.retry, known.message, parts.join(' '), failureCode, detail, known.overload);
	}
	// A gateway in front of TMAPI answers with a bare {"message": ...} and no code.
	if ([statusCode, failureCode].some((value) => value === 401 || value === 403)) {
		return fail(false, `TMAPI did not accept the API token (HTTP ${statusCode})`, `${gatewaySays}Check the API Token in the TMAPI credential.`, failureCode, detail);
	}
	if (statusCode === 404) {
		return fail(false, `TMAPI has no endpoint ${call.method} ${call.path} (HTTP 404)`, `${gatewaySays}Check the API Host / Base URL in the TMAPI credential.`, 404, detail);
	}
	return fail(
		failureCode !== undefined && RETRYABLE_HTTP.has(failureCode),
		`TMAPI request failed (${httpOk ? `code ${failureCode ?? 'missing'}` : `HTTP ${statusCode}`})`,
		serverText ? `TMAPI says: ${serverText}.` : 'No message came with the failure.',
		failureCode,
		detail,
		failureCode === 503,
	);
}
