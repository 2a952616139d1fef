import type { IDataObject, IExecuteFunctions, IHttpRequestMethods, INode } from 'n8n-workflow';

import { ConcurrencyLimiter } from '../../shared/concurrency';
import { noAnswerError, sendRequest, type NetworkFailure } from '../../shared/http';
import { withRetry } from '../../shared/retry';
import type { RunOptions } from '../../shared/runOptions';
import { throwInvalid } from '../../shared/validation';
import type { TmapiAttempt } from './errors';
import { interpretTmapiResponse } from './errors';

export const TMAPI_CREDENTIAL = 'tmapi1688Api';

export interface TmapiCall {
	method: IHttpRequestMethods;
	path: string;
	qs?: IDataObject;
	body?: IDataObject;
	itemIndex: number;
}

/** Removes undefined values so that only parameters the user set are sent. */
function compact(values: IDataObject | undefined): IDataObject | undefined {
	if (!values) return undefined;
	const result: IDataObject = {};
	for (const [key, value] of Object.entries(values)) if (value !== undefined) result[key] = value;
	return result;
}

/** Works out the API's base URL from the credential's host choice. */
export function resolveTmapiBaseUrl(credentials: IDataObject, ctx: IExecuteFunctions): string {
	const host = String(credentials.host ?? 'https://api.tmapi.io');
	const raw = host === 'custom' ? String(credentials.customBaseUrl ?? '').trim() : host;
	let url: URL | undefined;
	try {
		url = new URL(raw);
	} catch {
		url = undefined;
	}
	if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:')) {
		throwInvalid(ctx.getNode(), 'Base URL (TMAPI API credential)', raw, 'use an http:// or https:// address such as http://localhost:8787', 0);
	}
	return url.toString().replace(/\/+$/, '');
}

/**
 * The only way the TMAPI node talks HTTP. One client per run: it holds the credential's
 * base URL, the run's retry policy and the limiter that caps requests in flight across
 * every item and page of the run.
 */
export class TmapiClient {
	readonly limiter: ConcurrencyLimiter;

	private constructor(
		private readonly ctx: IExecuteFunctions,
		private readonly baseUrl: string,
		private readonly secrets: string[],
		readonly options: RunOptions,
	) {
		this.limiter = new ConcurrencyLimiter(options.concurrency);
	}

	get node(): INode {
		return this.ctx.getNode();
	}

	static async create(ctx: IExecuteFunctions, options: RunOptions): Promise<TmapiClient> {
		const credentials = await ctx.getCredentials(TMAPI_CREDENTIAL);
		const token = String(credentials.apiToken ?? '');
		return new TmapiClient(ctx, resolveTmapiBaseUrl(credentials, ctx), [token], options);
	}

	private networkFailure(failure: NetworkFailure, call: TmapiCall): TmapiAttempt {
		const advice = failure.transient
			? 'The connection broke or timed out. Check your network, or raise the Timeout option.'
			: 'The connection could not be made. Check the API Host / Base URL in the TMAPI credential.';
		return {
			ok: false,
			// Every TMAPI call is a read (item detail is a POST, but only fetches data).
			retryable: failure.transient,
			error: noAnswerError(this.ctx.getNode(), 'TMAPI', failure, `${call.method} ${call.path}`, call.itemIndex, advice),
		};
	}

	/** Sends one call (with retries) and returns the `data` object of TMAPI's envelope. */
	async request(call: TmapiCall): Promise<IDataObject> {
		const node = this.ctx.getNode();
		const signal = this.ctx.getExecutionCancelSignal?.();
		const qs = compact(call.qs) ?? {};
		const body = compact(call.body);
		const info = { method: call.method, path: call.path, params: { ...qs, ...body }, itemIndex: call.itemIndex };

		const attempt = async (): Promise<TmapiAttempt> => {
			// The answer is read inside the limiter, so an overload is judged while this
			// request still counts as in flight.
			return await this.limiter.run(async () => {
				const sent = await sendRequest(
					this.ctx,
					TMAPI_CREDENTIAL,
					{ method: call.method, url: `${this.baseUrl}${call.path}`, qs, body, json: true, timeout: this.options.timeoutMs },
					this.secrets,
				);
				if (!sent.ok) return this.networkFailure(sent.failure, call);
				const result = interpretTmapiResponse(node, sent.exchange, info, this.secrets);
				if (result.ok) this.limiter.recordSuccess();
				else if (result.overload) this.limiter.reduce();
				return result;
			}, signal);
		};

		return await withRetry(attempt, this.options.retry, {
			signal,
			onRetry: ({ attempt: tries, delayMs, error }) =>
				this.ctx.logger.debug('TMAPI request will be retried', {
					endpoint: `${call.method} ${call.path}`,
					tries,
					delayMs,
					reason: error.message,
				}),
		});
	}
}
