import { NodeApiError, type IDataObject } from 'n8n-workflow';

import { ApiClient, type ApiCall, type ApiProfile, type RunOptions } from '../../shared/http/client';
import type { HttpExchange, RequestContext } from '../../shared/http/http';
import { DEFAULT_RETRY_POLICY, type RetryPolicy } from '../../shared/http/retry';
import { LeakyBucketPacer, type PacerSettings } from '../../shared/flow/pacer';
import { throwInvalid } from '../../shared/node/validation';
import { shoplineAdmin, shoplineBaseUrl } from './credentials';
import { interpretShoplineResponse, isWrite } from './errors';
import { credentialOf, freshAppCredentials } from './appSession';

export type ShoplineClient = ApiClient<HttpExchange> & {
	/** The store's admin (https://<handle>.myshopline.com/admin/), for links to its records; undefined when unknown. */
	readonly admin?: string;
	/**
	 * The record of an answer, taken out of SHOPLINE's envelope: `record('variant', call)` is the
	 * answer's `variant` ({"variant": {…}}), or the whole answer when it comes without one.
	 */
	record(key: string, call: ApiCall): Promise<IDataObject>;
	/** The number of a count answer ({"count": n}); anything but a whole number of 0 or more is an error. */
	count(call: ApiCall): Promise<number>;
};

export interface ShoplineRunOptions extends RunOptions {
	pacing: PacerSettings;
}

/** SHOPLINE's limit: 4 requests per second per app and store, from a leaky bucket of 40. */
export const SHOPLINE_PACING: PacerSettings = { ratePerSecond: 4, capacity: 40 };

/** A run of a few calls made one at a time, outside an execution: trigger activation, list search. */
export const oneAtATime = (retry: RetryPolicy = DEFAULT_RETRY_POLICY): ShoplineRunOptions => ({ concurrency: 1, retry, timeoutMs: 30_000, pacing: SHOPLINE_PACING });

const profile: ApiProfile<HttpExchange> = {
	service: 'SHOPLINE',
	// As the credential's authenticate block; read once per run.
	access: (credentials) => {
		const token = String(credentials.accessToken ?? '');
		return { auth: { headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json; charset=utf-8' } }, secrets: [token] };
	},
	interpret: interpretShoplineResponse,
	isWrite,
	// A write that got no answer may have been applied: it is repeated only when it surely never left.
	noAnswer: (failure, call) => {
		const write = isWrite(call);
		return {
			retryable: write ? failure.neverSent : failure.transient,
			advice:
				write && !failure.neverSent
					? 'The change may or may not have been applied: check the store before running this item again.'
					: failure.transient
						? 'The connection broke or timed out. Check your network, or raise the Timeout option.'
						: 'The connection could not be made. Check the Store Handle and Base URL Override of the SHOPLINE credential.',
		};
	},
};

/**
 * The client of one run. Every request passes one leaky-bucket pacer (the store's 4
 * requests/s, burst 40). Reads are retried on 429/5xx and dropped connections; writes only
 * on 429, which SHOPLINE answers before applying anything.
 */
export async function createShoplineClient(ctx: RequestContext, options: ShoplineRunOptions): Promise<ShoplineClient> {
	const chosen = credentialOf(ctx);
	let credentials = await ctx.getCredentials(chosen.type);
	const base = shoplineBaseUrl(credentials, chosen.label);
	if (!base.ok) return throwInvalid(ctx.getNode(), base.field, base.value, base.expectation, 0);
	const renew = chosen.app ? async () => (credentials = await freshAppCredentials(ctx, base.value, credentials, true)) : undefined;
	if (chosen.app) credentials = await freshAppCredentials(ctx, base.value, credentials, false);
	const client = new ApiClient(ctx, profile, base.value, credentials, options, new LeakyBucketPacer(options.pacing), renew);
	return Object.assign(client, {
		admin: shoplineAdmin(credentials),
		async record(key: string, call: ApiCall): Promise<IDataObject> {
			const { body } = await client.request(call);
			return ((body as IDataObject)[key] ?? body) as IDataObject;
		},
		async count(call: ApiCall): Promise<number> {
			const { body } = await client.request(call);
			return countOf(client, body, call);
		},
	});
}

function countOf(client: ApiClient<HttpExchange>, body: unknown, call: ApiCall): number {
	const count = (body as IDataObject)?.count;
	const value = typeof count === 'string' && /^\s*\d+\s*$/.test(count) ? Number(count) : count;
	if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) {
		throw new NodeApiError(client.node, { count: JSON.stringify(count ?? null) }, {
			message: `SHOPLINE answered ${call.path} without a usable count: ${JSON.stringify(body).slice(0, 100)}`,
			description: 'A count is a whole number of 0 or more. Try again; if it persists, quote the answer to SHOPLINE support.',
			itemIndex: call.itemIndex,
		});
	}
	return value;
}
