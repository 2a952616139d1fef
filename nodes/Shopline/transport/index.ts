import { ApiClient, type ApiProfile, type RunOptions } from '../../shared/http/client';
import type { HttpExchange, RequestContext } from '../../shared/http/http';
import { LeakyBucketPacer, type PacerSettings } from '../../shared/flow/pacer';
import { throwInvalid } from '../../shared/node/validation';
import { shoplineAdmin, shoplineBaseUrl } from '../helpers/credentials';
import { interpretShoplineResponse, isWrite } from './errors';

export const SHOPLINE_CREDENTIAL = 'shoplineApi';

export type ShoplineClient = ApiClient<HttpExchange> & {
	/** The store's admin (https://<handle>.myshopline.com/admin/), for links to its records; undefined when unknown. */
	readonly admin?: string;
};

export interface ShoplineRunOptions extends RunOptions {
	pacing: PacerSettings;
}

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
	const credentials = await ctx.getCredentials(SHOPLINE_CREDENTIAL);
	const base = shoplineBaseUrl(credentials);
	if (!base.ok) return throwInvalid(ctx.getNode(), base.field, base.value, base.expectation, 0);
	return Object.assign(new ApiClient(ctx, profile, base.value, credentials, options, new LeakyBucketPacer(options.pacing)), { admin: shoplineAdmin(credentials) });
}
