import { NodeOperationError, type ICredentialDataDecryptedObject, type INodeProperties, type IWebhookFunctions } from 'n8n-workflow';

import { joinUrl } from '../../shared/http/baseUrl';
import type { RequestContext } from '../../shared/http/http';
import { APP_CREDENTIAL_LABEL } from './appToken';

/** The two ways the SHOPLINE nodes sign in: a private app's access token, or an installed app (OAuth). */
export const AUTHENTICATION = { accessToken: 'shoplineApi', appOAuth: 'shoplineAppApi' } as const;

export interface ChosenCredential {
	type: (typeof AUTHENTICATION)[keyof typeof AUTHENTICATION];
	label: string;
	app: boolean;
}

/** The credential the node's Authentication parameter names (Access Token when it has none: nodes saved before it existed). */
export function credentialOf(ctx: RequestContext | IWebhookFunctions): ChosenCredential {
	const value =
		'getInputData' in ctx
			? ctx.getNodeParameter('authentication', 0, 'accessToken')
			: (ctx as Exclude<RequestContext, { getInputData: unknown }> | IWebhookFunctions).getNodeParameter('authentication', 'accessToken');
	return value === 'appOAuth' ? { type: AUTHENTICATION.appOAuth, label: APP_CREDENTIAL_LABEL, app: true } : { type: AUTHENTICATION.accessToken, label: 'SHOPLINE API', app: false };
}

/** A token that expires within this long is renewed before the run uses it. */
const MARGIN_MS = 60_000;

const needsToken = (credentials: ICredentialDataDecryptedObject, now: number) => {
	const expiresAt = Date.parse(String(credentials.expiresAt ?? ''));
	return String(credentials.accessToken ?? '') === '' || (Number.isFinite(expiresAt) && expiresAt - now < MARGIN_MS);
};

/** The innermost message of what n8n threw around the credential's own error. */
function reason(error: unknown): string {
	let current = error as { message?: string; cause?: unknown } | undefined;
	let message = current?.message ?? String(error);
	for (let depth = 0; current?.cause && depth < 5; depth += 1) {
		current = current.cause as { message?: string; cause?: unknown };
		if (current?.message) message = current.message;
	}
	return message;
}

/**
 * The app credential with a usable token. n8n creates or refreshes it (the credential's
 * preAuthentication) and saves it in the credential, when the token is empty or a request
 * with it is answered 401: so one request goes through n8n's authenticated helper — a count
 * of products, the cheapest call — and the credential is read again afterwards. At the start
 * of a run this happens only when the token is missing or about to expire (`afterRefusal`
 * false); after a 401 it always does. Errors name what is wrong, never a secret.
 */
export async function freshAppCredentials(ctx: RequestContext, base: URL, current: ICredentialDataDecryptedObject, afterRefusal: boolean): Promise<ICredentialDataDecryptedObject> {
	if (!afterRefusal && !needsToken(current, Date.now())) return current;
	let failure: unknown;
	try {
		await ctx.helpers.httpRequestWithAuthentication.call(ctx, AUTHENTICATION.appOAuth, {
			method: 'GET',
			url: joinUrl(base, 'products/count.json'),
			json: true,
			disableFollowRedirect: true,
			timeout: 30_000,
		});
	} catch (error) {
		failure = error;
	}
	const fresh = await ctx.getCredentials(AUTHENTICATION.appOAuth);
	const token = String(fresh.accessToken ?? '');
	if (token !== '' && (token !== String(current.accessToken ?? '') || failure === undefined)) return fresh;
	throw new NodeOperationError(ctx.getNode(), `The ${APP_CREDENTIAL_LABEL} credential has no working access token`, {
		description: failure === undefined ? 'SHOPLINE gave no new token. Check the credential.' : reason(failure),
	});
}

/** The nodes' Authentication parameter: each credential is shown for its choice. */
export const authenticationProperty: INodeProperties = {
	displayName: 'Authentication',
	name: 'authentication',
	type: 'options',
	options: [
		{ name: 'Access Token', value: 'accessToken', description: "A private app's access token (SHOPLINE API credential)" },
		{ name: 'App (OAuth)', value: 'appOAuth', description: 'An app the store installed: token created and refreshed from App Key and App Secret' },
	],
	default: 'accessToken',
};
