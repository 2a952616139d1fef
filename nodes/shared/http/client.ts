import { NodeApiError, type ICredentialDataDecryptedObject, type IDataObject, type IHttpRequestMethods, type INode } from 'n8n-workflow';

import { joinUrl } from './baseUrl';
import { ConcurrencyLimiter } from '../flow/limiter';
import { cancelSignalOf, sendRequest, type HttpExchange, type RequestAuth, type RequestContext } from './http';
import { noAnswerError, type NetworkFailure } from './networkFailure';
import type { LeakyBucketPacer } from '../flow/pacer';
import { withRetry, type AttemptResult, type RetryPolicy } from './retry';
import { StartSpacer } from '../flow/spacing';

/** How a run talks to an API: requests in flight, retries, time per answer. */
export interface RunOptions {
	/** The most requests in flight at once (and input items handled side by side). */
	concurrency: number;
	/** Concurrency Mode Auto: the limit starts here and climbs towards `concurrency`. */
	startConcurrency?: number;
	retry: RetryPolicy;
	timeoutMs: number;
}

/** One API call of one input item. `path` is relative to the credential's base URL. */
export interface ApiCall {
	method: IHttpRequestMethods;
	path: string;
	qs?: IDataObject;
	body?: IDataObject;
	itemIndex: number;
	/** The API answers this call with no body: an empty 2xx answer is its success. */
	answersEmpty?: boolean;
}

/** What one attempt came to, plus what the server said about its load. */
export type Attempt<T> = AttemptResult<T> & {
	/** Too many requests at once: the limiter lowers its cap. */
	overload?: boolean;
	/** Rate limit hit: the pacer treats its bucket as full. */
	rateLimited?: boolean;
};

/** What makes one API's client: its name, its credential, and how it reads answers and failures. */
export interface ApiProfile<T> {
	service: string;
	/** What each request carries from the credential (read once per run), and the values no message may show. */
	access(credentials: ICredentialDataDecryptedObject): { auth: RequestAuth; secrets: string[] };
	/** Turns an answer of any status into data or a classified failure. Redacts what it shows. */
	interpret(node: INode, exchange: HttpExchange, call: ApiCall, secrets: readonly string[]): Attempt<T>;
	/** Whether the call changes data (then an answer that came means it was applied). */
	isWrite(call: ApiCall): boolean;
	/** What no answer means for this call: whether to send it again, and what to tell the user. */
	noAnswer(failure: NetworkFailure, call: ApiCall): { retryable: boolean; advice: string };
}

/**
 * The one way the nodes talk HTTP. One client per run: every request passes the same
 * limiter (requests in flight, adapting to overload), the same pacer if the API has a
 * rate limit, and the same retry policy; each answer is read by the API's profile.
 */
export class ApiClient<T> {
	readonly limiter: ConcurrencyLimiter;

	/** Spreads request starts over the round trip. */
	readonly spacer = new StartSpacer();

	/** The node, read once: n8n hands out a deep copy of it on every call. */
	readonly node: INode;

	private auth: RequestAuth;

	private secrets: readonly string[];

	/** How many times the credential was renewed in this run; a 401 to an older one needs no new renewal. */
	private generation = 0;

	private renewing?: Promise<void>;

	constructor(
		private readonly ctx: RequestContext,
		private readonly profile: ApiProfile<T>,
		private readonly baseUrl: URL,
		credentials: ICredentialDataDecryptedObject,
		readonly options: RunOptions,
		private readonly pacer?: LeakyBucketPacer,
		/**
		 * For a credential whose token expires: fresh credential data (a new token). On a 401 the
		 * call is sent once more with it; calls that fail together share one renewal.
		 */
		private readonly renew?: () => Promise<ICredentialDataDecryptedObject>,
	) {
		this.limiter = new ConcurrencyLimiter(options.concurrency, options.startConcurrency);
		this.node = ctx.getNode();
		({ auth: this.auth, secrets: this.secrets } = profile.access(credentials));
	}

	/** Renews the credential once for all calls that got a 401 with the same token. */
	private async renewAuth(seen: number): Promise<void> {
		if (this.generation !== seen || !this.renew) return;
		const renew = this.renew;
		this.renewing ??= (async () => {
			const { auth, secrets } = this.profile.access(await renew());
			this.auth = auth;
			this.secrets = [...new Set([...this.secrets, ...secrets])];
			this.generation += 1;
		})().finally(() => (this.renewing = undefined));
		await this.renewing;
	}

	/** Sends one call, retrying what may be retried, and returns what the profile read from the answer. */
	async request(call: ApiCall): Promise<T> {
		const signal = cancelSignalOf(this.ctx);
		const endpoint = `${call.method} ${call.path}`;
		// The answer is read inside the limiter, so an overload is judged while this
		// request still counts as in flight.
		const attempt = async (): Promise<Attempt<T>> =>
			await this.limiter.run(async (ticket) => {
				await this.spacer.acquire(this.limiter.limit, signal);
				await this.pacer?.acquire(signal);
				let sentAt = performance.now();
				this.limiter.sending(ticket);
				const send = async () =>
					await sendRequest(
						this.ctx,
						this.auth,
						{ method: call.method, url: joinUrl(this.baseUrl, call.path), qs: call.qs, body: call.body, json: true, timeout: this.options.timeoutMs },
						this.secrets,
					);
				const sent = await (async () => {
					const seen = this.generation;
					const first = await send();
					if (!first.ok || first.exchange.statusCode !== 401 || !this.renew) return first;
					await this.renewAuth(seen);
					sentAt = performance.now();
					return await send();
				})().finally(() => this.limiter.answered(ticket));
				if (sent.ok) {
					this.spacer.recordRoundTrip(performance.now() - sentAt);
					const result = this.profile.interpret(this.node, sent.exchange, call, this.secrets);
					if (result.ok) {
						this.limiter.recordSuccess(ticket);
						this.pacer?.recordSuccess();
					} else if (result.overload) {
						this.limiter.reduce(ticket);
						// Auto probes the server's limit, so a refusal is expected now and then: the
						// request goes straight back to the (now halved) limiter rather than backing off.
						if (this.options.startConcurrency !== undefined && result.retryable) return { ...result, retryAfterMs: result.retryAfterMs ?? 0 };
					}
					if (!result.ok && result.rateLimited) this.pacer?.markFull();
					return result;
				}
				if ('unreadable' in sent) {
					const applied = this.profile.isWrite(call) && sent.statusCode >= 200 && sent.statusCode < 300;
					return {
						ok: false,
						retryable: false,
						error: new NodeApiError(this.node, { httpStatus: sent.statusCode, endpoint }, {
							message: `${this.profile.service} answered ${endpoint} (HTTP ${sent.statusCode}) with ${sent.unreadable.reason}`,
							description: applied
								? 'The change was applied, but its answer could not be read: do not run this item again; look the record up instead.'
								: 'The node refuses such answers to protect the workflow. Narrow the request (filters, a smaller Page Size) or check the Base URL of the credential.',
							httpCode: String(sent.statusCode),
							itemIndex: call.itemIndex,
						}),
					};
				}
				const { retryable, advice } = this.profile.noAnswer(sent.failure, call);
				return { ok: false, retryable, error: noAnswerError(this.node, this.profile.service, sent.failure, endpoint, call.itemIndex, advice) };
			}, signal);

		return await withRetry(attempt, this.options.retry, {
			signal,
			onRetry: ({ attempt: tries, delayMs, error }) =>
				this.ctx.logger.debug(`${this.profile.service} request will be retried`, { endpoint, tries, delayMs, reason: error.message }),
		});
	}
}
