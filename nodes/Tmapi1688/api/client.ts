import type { ICredentialDataDecryptedObject, IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { parseBaseUrl, type BaseUrlResult } from '../../shared/http/baseUrl';
import { ApiClient, type ApiProfile, type RunOptions } from '../../shared/http/client';
import { throwInvalid } from '../../shared/node/validation';
import { interpretTmapiResponse } from './errors';

export const TMAPI_CREDENTIAL = 'tmapi1688Api';

export type TmapiClient = ApiClient<IDataObject>;

/** The field of the credential that a bad base URL is reported against. */
export const BASE_URL_FIELD = 'Base URL (TMAPI API credential)';

/** The API's base URL from the credential's host choice; the node and the credential test both use it. */
export function tmapiBaseUrl(credentials: ICredentialDataDecryptedObject | IDataObject): BaseUrlResult {
	const host = String(credentials.host ?? 'https://api.tmapi.io');
	return parseBaseUrl(host === 'custom' ? credentials.customBaseUrl : host, 'http://localhost:8787');
}

const profile: ApiProfile<IDataObject> = {
	service: 'TMAPI',
	// As the credential's authenticate block; read once per run.
	access: (credentials) => {
		const token = String(credentials.apiToken ?? '');
		return { auth: { qs: { apiToken: token } }, secrets: [token] };
	},
	interpret: interpretTmapiResponse,
	// Every TMAPI call reads (item detail is a POST, but only fetches data).
	isWrite: () => false,
	noAnswer: (failure) => ({
		retryable: failure.transient,
		advice: failure.transient
			? 'The connection broke or timed out. Check your network, or raise the Timeout option.'
			: 'The connection could not be made. Check the API Host / Base URL in the TMAPI credential.',
	}),
};

/** The client of one run: the credential's base URL and token, the run's limits and retries. */
export async function createTmapiClient(ctx: IExecuteFunctions, options: RunOptions): Promise<TmapiClient> {
	const credentials = await ctx.getCredentials(TMAPI_CREDENTIAL);
	const base = tmapiBaseUrl(credentials);
	if (!base.ok) return throwInvalid(ctx.getNode(), BASE_URL_FIELD, base.value, base.expectation, 0);
	return new ApiClient(ctx, profile, base.url, credentials, options);
}
