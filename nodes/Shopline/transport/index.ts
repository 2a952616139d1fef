import type { IDataObject, IExecuteFunctions, IHttpRequestMethods, INode } from 'n8n-workflow';

import { ConcurrencyLimiter } from '../../shared/concurrency';
import type { HttpExchange } from '../../shared/http';
import { noAnswerError, sendRequest } from '../../shared/http';
import type { PacerSettings } from '../../shared/pacer';
import { LeakyBucketPacer } from '../../shared/pacer';
import { withRetry } from '../../shared/retry';
import type { RunOptions } from '../../shared/runOptions';
import { throwInvalid } from '../../shared/validation';
import { resolveShoplineBaseUrl } from '../helpers/credentials';
import type { ShoplineAttempt } from './errors';
import { interpretShoplineResponse } from './errors';

export const SHOPLINE_CREDENTIAL = 'shoplineApi';

export interface ShoplineRunOptions extends RunOptions {
	pacing: PacerSettings;
}

export interface ShoplineCall {
	method: IHttpRequestMethods;
	/** Path under the version, e.g. "products/products.json". */
	path: string;
	qs?: IDataObject;
	body?: IDataObject;
	itemIndex: number;
}

/**
 * The only way the SHOPLINE node talks HTTP. One client per run: every request of the run
 * passes the same leaky-bucket pacer (the store's 4 requests/s, burst 40), the same limiter
 * and the same retry policy. Reads are retried on 429/5xx and dropped connections; writes
 * only on 429, which SHOPLINE answers before applying anything.
 */
export class ShoplineClient {
	readonly pacer: LeakyBucketPacer;

	readonly limiter: ConcurrencyLimiter;

	private constructor(
		private readonly ctx: IExecuteFunctions,
		private readonly baseUrl: string,
		private readonly secrets: string[],
		readonly options: ShoplineRunOptions,
	) {
		this.pacer = new LeakyBucketPacer(options.pacing);
		this.limiter = new ConcurrencyLimiter(options.concurrency);
	}

	get node(): INode {
		return this.ctx.getNode();
	}

	static async create(ctx: IExecuteFunctions, options: ShoplineRunOptions): Promise<ShoplineClient> {
		const credentials = await ctx.getCredentials(SHOPLINE_CREDENTIAL);
		const base = resolveShoplineBaseUrl(credentials);
		if (!base.ok) throwInvalid(ctx.getNode(), base.field, base.value, base.expectation, 0);
		return new ShoplineClient(ctx, base.value, [String(credentials.accessToken ?? '')], options);
	}

	/** Sends one call with pacing and retries; returns the exchange of the successful attempt. */
	async request(call: ShoplineCall): Promise<HttpExchange> {
		const node = this.ctx.getNode();
		const signal = this.ctx.getExecutionCancelSignal?.();
		const write = call.method !== 'GET';
		const info = { method: call.method, path: call.path, itemIndex: call.itemIndex, write };

		const attempt = async (): Promise<ShoplineAttempt> => {
			const sent = await this.limiter.run(async () => {
				await this.pacer.acquire(signal);
				return await sendRequest(
					this.ctx,
					SHOPLINE_CREDENTIAL,
					{
						method: call.method,
						url: `${this.baseUrl}${call.path}`,
						qs: call.qs,
						body: call.body,
						json: true,
						timeout: this.options.timeoutMs,
						// SHOPLINE redirects unknown stores and versions to its website: report it, do not follow.
						disableFollowRedirect: true,
					},
					this.secrets,
				);
			}, signal);
			if (!sent.ok) {
				const { failure } = sent;
				const advice =
					write && !failure.neverSent
						? 'The change may or may not have been applied: check the store before running this item again.'
						: failure.transient
							? 'The connection broke or timed out. Check your network, or raise the Timeout option.'
							: 'The connection could not be made. Check the Store Handle and Base URL Override of the SHOPLINE credential.';
				return {
					ok: false,
					retryable: write ? failure.neverSent : failure.transient,
					error: noAnswerError(node, 'SHOPLINE', failure, `${call.method} ${call.path}`, call.itemIndex, advice),
				};
			}
			const result = interpretShoplineResponse(node, sent.exchange, info, this.secrets);
			if (!result.ok && result.rateLimited) this.pacer.markFull();
			return result;
		};

		return await withRetry(attempt, this.options.retry, {
			signal,
			onRetry: ({ attempt: tries, delayMs, error }) =>
				this.ctx.logger.debug('SHOPLINE request will be retried', {
					endpoint: `${call.method} ${call.path}`,
					tries,
					delayMs,
					reason: error.message,
				}),
		});
	}
}
