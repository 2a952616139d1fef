import type { IDataObject, IExecuteFunctions, IHookFunctions, IHttpRequestOptions, ILoadOptionsFunctions } from 'n8n-workflow';

import { MAX_BODY_BYTES, parseBody, readBody, UnreadableBody } from './body';
import { RunCancelledError, throwIfCancelled } from '../flow/cancellation';
import { findErrorCode, NetworkFailure, rootMessage } from './networkFailure';
import { redactText } from './redact';

/** One HTTP exchange as the transports see it: any status, headers, parsed body. */
export interface HttpExchange {
	statusCode: number;
	headers: Record<string, unknown>;
	body: unknown;
}

/**
 * What may send requests: a node's run, a trigger's activation hooks (which subscribe and
 * unsubscribe webhooks), or the editor asking for a field's list (list search). Only a run
 * can be cancelled.
 */
export type RequestContext = IExecuteFunctions | IHookFunctions | ILoadOptionsFunctions;

export const cancelSignalOf = (ctx: RequestContext): AbortSignal | undefined =>
	'getExecutionCancelSignal' in ctx ? ctx.getExecutionCancelSignal?.() : undefined;

/** Reads a header from a response's header map whatever its case (`Link`, `link`, `LINK`). */
export function getHeader(headers: Record<string, unknown> | undefined, name: string): string | undefined {
	if (!headers) return undefined;
	const wanted = name.toLowerCase();
	for (const [key, value] of Object.entries(headers)) {
		if (key.toLowerCase() !== wanted) continue;
		if (Array.isArray(value)) return value.map(String).join(', ');
		return value === undefined || value === null ? undefined : String(value);
	}
	return undefined;
}

/**
 * What one send came to: an answer of any status; no answer (the reason); or an answer
 * that came but cannot be used (too large, nested too deep).
 */
export type SendResult =
	| { ok: true; exchange: HttpExchange }
	| { ok: false; failure: NetworkFailure }
	| { ok: false; unreadable: UnreadableBody; statusCode: number; headers: Record<string, unknown> };

/**
 * What a request carries to authenticate, made once per run from the credential (as the
 * credential's own `authenticate` block does for its test and for the HTTP Request node).
 */
export interface RequestAuth {
	qs?: IDataObject;
	headers?: IDataObject;
}

/**
 * One signal for one request: aborted when the run is cancelled or when `timeoutMs` have
 * passed since the send, whatever has come by then. `release` detaches it from the run's
 * signal (which lives as long as the run: AbortSignal.any would keep every request's
 * signal attached to it).
 */
function requestSignal(cancel: AbortSignal | undefined, timeoutMs: number | undefined) {
	if (!timeoutMs || timeoutMs <= 0) return { signal: cancel, timedOut: () => false, release: () => {} };
	const controller = new AbortController();
	const deadline = AbortSignal.timeout(timeoutMs);
	const onCancel = () => controller.abort(cancel?.reason);
	const onDeadline = () => controller.abort(deadline.reason);
	cancel?.addEventListener('abort', onCancel, { once: true });
	deadline.addEventListener('abort', onDeadline, { once: true });
	return {
		signal: controller.signal,
		timedOut: () => deadline.aborted && !cancel?.aborted,
		release: () => {
			cancel?.removeEventListener('abort', onCancel);
			deadline.removeEventListener('abort', onDeadline);
		},
	};
}

/**
 * Sends one request through n8n's `httpRequest` with the run's `auth` added, and returns
 * the exchange whatever its status: status handling, retries and error wording belong to
 * the caller. The credential is read once per run, not once per request: on n8n 2.x
 * `httpRequestWithAuthentication` decrypts it and resolves its expressions on every call,
 * a noticeable part of a request's cost in a fast Return All. Redirects are never followed (the
 * token would go along), and the answer is read as a stream, at most `maxBytes` once
 * decompressed. `options.timeout` bounds the whole answer (connecting, headers and body),
 * not only a silence: past it the request is abandoned as a timeout (ETIMEDOUT). A cancelled
 * execution throws RunCancelledError. Secrets never reach a failure's message.
 */
export async function sendRequest(
	ctx: RequestContext,
	auth: RequestAuth,
	options: IHttpRequestOptions,
	secrets: readonly string[],
	maxBytes = MAX_BODY_BYTES,
): Promise<SendResult> {
	const cancel = cancelSignalOf(ctx);
	throwIfCancelled(cancel);
	const { signal, timedOut, release } = requestSignal(cancel, options.timeout);
	let failure: NetworkFailure;
	let statusCode = 0;
	let headers: Record<string, unknown> = {};
	try {
		const response = (await ctx.helpers.httpRequest({
			...options,
			qs: { ...options.qs, ...auth.qs },
			headers: { ...options.headers, ...auth.headers },
			// httpRequest, unlike httpRequestWithAuthentication, does not take the execution's signal by itself.
			abortSignal: signal,
			encoding: 'stream',
			disableFollowRedirect: true,
			returnFullResponse: true,
			ignoreHttpStatusErrors: true,
		})) as { statusCode?: number; headers?: Record<string, unknown>; body?: unknown };
		statusCode = Number(response.statusCode ?? 0);
		headers = response.headers ?? {};
		const body = parseBody(await readBody(response.body, maxBytes, signal));
		return { ok: true, exchange: { statusCode, headers, body } };
	} catch (error) {
		if (error instanceof UnreadableBody) return { ok: false, unreadable: error, statusCode, headers };
		throwIfCancelled(cancel);
		failure = timedOut()
			? new NetworkFailure(`no complete answer within ${options.timeout} ms`, 'ETIMEDOUT', options.timeout)
			: new NetworkFailure(redactText(rootMessage(error), secrets), error instanceof RunCancelledError ? 'ERR_CANCELED' : findErrorCode(error), options.timeout);
	} finally {
		release();
	}
	if (failure.code === 'ERR_CANCELED') throw new RunCancelledError();
	throwIfCancelled(cancel);
	return { ok: false, failure };
}
