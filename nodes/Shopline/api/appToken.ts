import { createHmac } from 'node:crypto';
import type { IDataObject, IHttpRequestOptions } from 'n8n-workflow';

import { shoplineOrigin, type Checked } from './credentials';

/**
 * The access token of a SHOPLINE app (public or custom app, OAuth), as SHOPLINE documents it
 * and its Go SDK does it:
 *
 *   authorize  https://<handle>.myshopline.com/admin/oauth-web/#/oauth/authorize
 *              ?appKey=…&responseType=code&scope=…&redirectUri=…  → the redirect gets ?code=…
 *   create     POST <store>/admin/oauth/token/create  {"code": "…"}
 *   refresh    POST <store>/admin/oauth/token/refresh (empty body)
 *
 * Both POSTs carry the headers `appkey`, `timestamp` (milliseconds) and `sign`: the lowercase
 * hex HMAC-SHA256 of body + timestamp keyed with the app secret. The answer is
 * {"code": 200, "message": …, "data": {"accessToken", "expireTime", "scope"}}; a token lives
 * 10 hours, and a refresh needs no refresh token (there is none): the app key and the
 * signature say who asks. Not n8n's OAuth2 (oAuth2Api), which sends client_id/client_secret to
 * a token URL and cannot sign.
 */

export const APP_CREDENTIAL_LABEL = 'SHOPLINE App (OAuth)';

/** How long SHOPLINE says a token lives, when its answer gives no usable expiry. */
export const TOKEN_LIFETIME_MS = 10 * 60 * 60 * 1000;

/** The `sign` header: hex HMAC-SHA256 of body + timestamp, keyed with the app secret. */
export function appSignature(appSecret: string, body: string, timestamp: string): string {
	return createHmac('sha256', appSecret).update(body + timestamp).digest('hex');
}

/** The address a store owner opens to install the app and be sent back with a code. */
export function authorizeUrl(handle: string, appKey: string, scopes: string, redirectUri: string): string {
	const query = new URLSearchParams({ appKey, responseType: 'code', scope: scopes, redirectUri });
	return `https://${handle}.myshopline.com/admin/oauth-web/#/oauth/authorize?${query.toString()}`;
}

export interface AppToken {
	accessToken: string;
	/** ISO time the token stops working. */
	expiresAt: string;
}

type Send = (options: IHttpRequestOptions) => Promise<unknown>;

const label = (field: string) => `${field} (${APP_CREDENTIAL_LABEL} credential)`;

function required(credentials: IDataObject, key: string, field: string): string {
	const value = typeof credentials[key] === 'string' ? (credentials[key] as string).trim() : '';
	if (value === '') throw new Error(`${label(field)} is empty: copy it from your app in the SHOPLINE Partner Portal (Apps → your app → App credentials)`);
	return value;
}

/**
 * A new token for the credential: refreshed when one was issued before (the app is then
 * installed in the store), else created from the Authorization Code. Errors name the field
 * or what SHOPLINE said, never the secret, the code or a token.
 */
export async function requestAppToken(send: Send, credentials: IDataObject, now = Date.now()): Promise<AppToken> {
	const appKey = required(credentials, 'appKey', 'App Key');
	const appSecret = required(credentials, 'appSecret', 'App Secret');
	const origin: Checked<URL> = shoplineOrigin(credentials, APP_CREDENTIAL_LABEL);
	if (!origin.ok) throw new Error(`${origin.field}: "${String(origin.value)}" is not valid — ${origin.expectation}`);
	const issuedBefore = String(credentials.accessToken ?? '') !== '' || String(credentials.expiresAt ?? '') !== '';
	const code = typeof credentials.authorizationCode === 'string' ? credentials.authorizationCode.trim() : '';
	if (!issuedBefore && code === '') {
		throw new Error(`${label('Authorization Code')} is empty: open the app's authorize URL (see the credential's notice), approve it, and paste the code from the address SHOPLINE sends you back to`);
	}
	const kind = issuedBefore ? 'refresh' : 'create';
	const body = kind === 'create' ? JSON.stringify({ code }) : '';
	const timestamp = String(now);
	const answer = await send({
		method: 'POST',
		url: new URL(`admin/oauth/token/${kind}`, origin.value).toString(),
		headers: { 'Content-Type': 'application/json', appkey: appKey, timestamp, sign: appSignature(appSecret, body, timestamp) },
		body,
		disableFollowRedirect: true,
		returnFullResponse: true,
		ignoreHttpStatusErrors: true,
		timeout: 30_000,
	}).then(
		(value) => ({ value }),
		(error: unknown) => ({ unreachable: error instanceof Error ? error.message : String(error) }),
	);
	if ('unreachable' in answer) {
		throw new Error(`SHOPLINE could not be reached to ${kind} the app's access token: ${safe(answer.unreachable, [appSecret, code])}. Check the Store Handle and Base URL Override.`);
	}
	return readTokenAnswer(answer.value, kind, now, [appSecret, code]);
}

const safe = (text: string, secrets: string[]) => secrets.filter((secret) => secret.length >= 4).reduce((out, secret) => out.split(secret).join('***'), text).slice(0, 300);

const ADVICE: Record<'create' | 'refresh', string> = {
	create: 'An authorization code works once and for a few minutes: open the authorize URL again and paste the new code. Check the App Key and App Secret too.',
	refresh: 'Check the App Key and App Secret; if the app was uninstalled from the store, install it again (authorize URL) and paste the new Authorization Code.',
};

function readTokenAnswer(answer: unknown, kind: 'create' | 'refresh', now: number, secrets: string[]): AppToken {
	const { statusCode, body } = (answer ?? {}) as { statusCode?: number; body?: unknown };
	let parsed: IDataObject = {};
	try {
		parsed = (typeof body === 'string' ? JSON.parse(body) : (body ?? {})) as IDataObject;
	} catch {
		parsed = {};
	}
	const data = (parsed.data ?? {}) as IDataObject;
	const token = typeof data.accessToken === 'string' ? data.accessToken : '';
	const status = Number(statusCode ?? 0);
	if (status < 200 || status >= 300 || (parsed.code !== undefined && Number(parsed.code) !== 200) || token === '' || token.length > 4096) {
		const said = parsed.message ?? parsed.errors ?? parsed.i18nCode;
		const what = said === undefined ? '' : `: ${safe(typeof said === 'string' ? said : JSON.stringify(said), secrets)}`;
		throw new Error(`SHOPLINE refused to ${kind} the app's access token (HTTP ${status}${parsed.code !== undefined ? `, code ${String(parsed.code)}` : ''})${what}. ${ADVICE[kind]}`);
	}
	const expiry = typeof data.expireTime === 'string' || typeof data.expireTime === 'number' ? new Date(data.expireTime).getTime() : Number.NaN;
	const expiresAt = Number.isFinite(expiry) && expiry > now ? expiry : now + TOKEN_LIFETIME_MS;
	return { accessToken: token, expiresAt: new Date(expiresAt).toISOString() };
}
