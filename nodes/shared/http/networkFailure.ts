import { NodeApiError, type INode } from 'n8n-workflow';

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

/** Network codes of a request that timed out. */
const TIMEOUT_CODES = ['ETIMEDOUT', 'ECONNABORTED', 'ESOCKETTIMEDOUT', 'UND_ERR_CONNECT_TIMEOUT', 'UND_ERR_HEADERS_TIMEOUT', 'UND_ERR_BODY_TIMEOUT'];

const SUMMARIES: Array<[string[], string]> = [
	[['ECONNREFUSED'], 'the connection was refused'],
	[['ENOTFOUND', 'EAI_AGAIN'], 'the host name could not be resolved'],
	[['ECONNRESET', 'EPIPE', 'UND_ERR_SOCKET'], 'the connection was dropped'],
	[TIMEOUT_CODES, 'the request timed out'],
	[['EHOSTUNREACH', 'ENETUNREACH'], 'the host is unreachable'],
];

/**
 * No answer came: the connection failed, broke or timed out. The message never holds a
 * secret. `timeoutMs`: the Timeout the request had, which a timeout's summary gives.
 */
export class NetworkFailure extends Error {
	constructor(
		message: string,
		readonly code: string | undefined,
		readonly timeoutMs?: number,
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
		if (this.timeoutMs !== undefined && this.code !== undefined && TIMEOUT_CODES.includes(this.code)) {
			return `the answer did not come in full within the Timeout (${this.timeoutMs / 1000} s)`;
		}
		const found = SUMMARIES.find(([codes]) => this.code !== undefined && codes.includes(this.code));
		return found ? found[1] : 'the request failed before an answer came';
	}

	/** True when the request surely never reached the server (safe to repeat even for a write). */
	get neverSent(): boolean {
		return this.code === 'ECONNREFUSED' || this.code === 'ENOTFOUND';
	}
}

/** The network code of an error or of one of its causes ("socket hang up" and axios timeouts included). */
export function findErrorCode(error: unknown): string | undefined {
	let current: unknown = error;
	for (let depth = 0; depth < 5 && current && typeof current === 'object'; depth++) {
		const code = (current as { code?: unknown }).code;
		if (typeof code === 'string' && /^(E[A-Z_]+|ERR_[A-Z_]+|UND_ERR_[A-Z_]+)$/.test(code)) return code;
		current = (current as { cause?: unknown }).cause;
	}
	const message = error instanceof Error ? error.message : '';
	if (/socket hang up|aborted/i.test(message)) return 'ECONNRESET';
	if (/timeout of \d+ms exceeded/i.test(message)) return 'ECONNABORTED';
	return undefined;
}

/** The innermost message of an error chain. */
export function rootMessage(error: unknown): string {
	let current: unknown = error;
	let message = error instanceof Error ? error.message : String(error);
	for (let depth = 0; depth < 5 && current && typeof current === 'object'; depth++) {
		const own = (current as { message?: unknown }).message;
		if (typeof own === 'string' && own !== '') message = own;
		current = (current as { cause?: unknown }).cause;
	}
	return message;
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
