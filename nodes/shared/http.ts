import { NodeApiError, type IExecuteFunctions, type IHttpRequestOptions, type INode } from 'n8n-workflow';

import { redactText } from './redact';
import { RunCancelledError, throwIfCancelled } from './sleep';

/** One HTTP exchange as the transports see it: any status, headers, parsed body. */
export interface HttpExchange {
	statusCode: number;
	headers: Record<string, unknown>;
	body: unknown;
}

/** Network codes after which a read may be sent again: the connection broke or timed out. */
const TRANSIENT_NETWORK_CODES = new Set([
	'ECONNRESET',
	'ETIMEDOUT',
	'ECONNABORTED',
	'ESOCKETTIMEDOUT',
	'EPIPE',
	'EAI_AGAIN',
	'UND_ERR_SOCKET',
	'UND_ERR_CONNECT_TIMEOUT',
	'UND_ERR_HEADERS_TIMEOUT',
	'UND_ERR_BODY_TIMEOUT',
]);

/** No answer came: the connection failed, broke or timed out. The message never holds a secret. */
export class NetworkFailure extends Error {
	constructor(
		message: string,
		readonly code: string | undefined,
	) {
		super(message);
		this.name = 'NetworkFailure';
	}

	/** True when the request may be sent again without risk for a read. */
	get transient(): boolean {
		return this.code !== undefined && TRANSIENT_NETWORK_CODES.has(this.code);
	}

	/**
	 * What happened, in words. Never the raw code: n8n replaces a message that holds a
	 * code such as ECONNREFUSED with a generic one; the raw text goes in the details.
	 */
	get summary(): string {
		switch (this.code) {
			case 'ECONNREFUSED':
				return 'the connection was refused';
			case 'ENOTFOUND':
			case 'EAI_AGAIN':
				return 'the host name could not be resolved';
			case 'ECONNRESET':
			case 'EPIPE':
			case 'UND_ERR_SOCKET':
				return 'the connection was dropped';
			case 'ETIMEDOUT':
			case 'ECONNABORTED':
			case 'ESOCKETTIMEDOUT':
			case 'UND_ERR_CONNECT_TIMEOUT':
			case 'UND_ERR_HEADERS_TIMEOUT':
			case 'UND_ERR_BODY_TIMEOUT':
				return 'the request timed out';
			case 'EHOSTUNREACH':
			case 'ENETUNREACH':
				return 'the host is unreachable';
			default:
				return 'the request failed before an answer came';
		}
	}

	/** True when the request surely never reached the server (safe to repeat even for a write). */
	get neverSent(): boolean {
		return this.code === 'ECONNREFUSED' || this.code === 'ENOTFOUND';
	}
}

/**
 * The error for a request that got no answer: "No answer from <service>: <what happened>",
 * with `advice` and the raw (redacted) message as description. The code is not put under
 * `code`, where n8n would swap the message for its generic text for that code.
 */
export function noAnswerError(node: INode, service: string, failure: NetworkFailure, endpoint: string, itemIndex: number, advice: string): NodeApiError {
	return new NodeApiError(node, { networkError: failure.code ?? null, endpoint }, {
		message: `No answer from ${service}: ${failure.summary}`,
		description: `${advice} (${failure.message})`,
		itemIndex,
	});
}

function findErrorCode(error: unknown): string | undefined {
	let current: unknown = error;
	for (let depth = 0; depth < 5 && current && typeof current === 'object'; depth++) {
		const code = (current as { code?: unknown }).code;
		if (typeof code === 'string' && /^(E[A-Z_]+|ERR_[A-Z_]+|UND_ERR_[A-Z_]+)$/.test(code)) return code;
		current = (current as { cause?: unknown }).cause;
	}
	const message = error instanceof Error ? error.message : '';
	if (/socket hang up/i.test(message)) return 'ECONNRESET';
	if (/timeout of \d+ms exceeded/i.test(message)) return 'ECONNABORTED';
	return undefined;
}

function rootMessage(error: unknown): string {
	let current: unknown = error;
	let message = error instanceof Error ? error.message : String(error);
	for (let depth = 0; depth < 5 && current && typeof current === 'object'; depth++) {
		const own = (current as { message?: unknown }).message;
		if (typeof own === 'string' && own !== '') message = own;
		current = (current as { cause?: unknown }).cause;
	}
	return message;
}

/** Text bodies that hold JSON are parsed; anything else is returned as it came. */
function parseBody(body: unknown): unknown {
	if (Buffer.isBuffer(body)) body = body.toString('utf8');
	if (typeof body !== 'string') return body;
	const trimmed = body.trim();
	if (trimmed.startsWith('{') || trimmed.startsWith('[')) {
		try {
			return JSON.parse(trimmed);
		} catch {
			return body;
		}
	}
	return body;
}

/** An answer of any status, or the reason no answer came. */
export type SendResult = { ok: true; exchange: HttpExchange } | { ok: false; failure: NetworkFailure };

/**
 * Sends one request through n8n's `httpRequestWithAuthentication` (the credential adds
 * the token) and returns the exchange whatever its status: status handling, retries and
 * error wording belong to the caller. A request that gets no answer comes back as a
 * NetworkFailure; a cancelled execution throws RunCancelledError. Secrets never reach a
 * failure's message.
 */
export async function sendRequest(
	ctx: IExecuteFunctions,
	credentialType: string,
	options: IHttpRequestOptions,
	secrets: readonly string[],
): Promise<SendResult> {
	const signal = ctx.getExecutionCancelSignal?.();
	throwIfCancelled(signal);
	let failure: NetworkFailure;
	try {
		const response = (await ctx.helpers.httpRequestWithAuthentication.call(ctx, credentialType, {
			...options,
			returnFullResponse: true,
			ignoreHttpStatusErrors: true,
		})) as { statusCode?: number; headers?: Record<string, unknown>; body?: unknown };
		return {
			ok: true,
			exchange: {
				statusCode: Number(response.statusCode ?? 0),
				headers: response.headers ?? {},
				body: parseBody(response.body),
			},
		};
	} catch (error) {
		failure = new NetworkFailure(redactText(rootMessage(error), secrets), findErrorCode(error));
	}
	if (failure.code === 'ERR_CANCELED') throw new RunCancelledError();
	throwIfCancelled(signal);
	return { ok: false, failure };
}
