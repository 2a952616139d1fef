import { createHmac, timingSafeEqual } from 'node:crypto';

import type { ApiContext, LogEntry, Reply } from '../options';
import type { TokenEvent } from './appTokens';

/**
 * A SHOPLINE app's OAuth, as SHOPLINE documents it:
 *
 *   GET  /admin/oauth/authorize?appKey&responseType=code&scope&redirectUri
 *        → 302 to redirectUri?code=…&appkey&handle&timestamp&sign (the real page lives at
 *          /admin/oauth-web/#/oauth/authorize, a browser route; this is its server-side stand-in)
 *   POST /admin/oauth/token/create  {"code"} → a new token
 *   POST /admin/oauth/token/refresh (empty)  → a new token; the old one keeps working 5 minutes
 *
 * Token calls must carry `appkey`, `timestamp` (ms, within 10 minutes) and `sign`, the hex
 * HMAC-SHA256 of the raw body + timestamp under the app secret. A code works once. Tokens
 * expire (`oauth.tokenLifetimeMs`); the API answers an expired or unknown one 401.
 */

const sign = (secret: string, text: string) => createHmac('sha256', secret).update(text).digest('hex');

function signatureValid(secret: string, given: unknown, text: string): boolean {
	if (typeof given !== 'string' || !/^[0-9a-f]{64}$/i.test(given)) return false;
	return timingSafeEqual(Buffer.from(given.toLowerCase(), 'hex'), Buffer.from(sign(secret, text), 'hex'));
}

const failure = (status: number, code: number, message: string): Reply => ({ status, body: { code, i18nCode: 'ERROR', message } });

/** The OAuth paths under /admin/oauth/; undefined for any other path. */
export function oauthReply(ctx: ApiContext, entry: LogEntry, raw: string): Reply | undefined {
	const { app } = ctx.options;
	if (entry.path === '/admin/oauth/authorize' && entry.method === 'GET') {
		const q = entry.query;
		if (q.appKey !== app.appKey || q.responseType !== 'code' || !q.redirectUri) return failure(400, 400, 'appKey, responseType=code and redirectUri are required');
		const timestamp = String(Date.now());
		const params: Record<string, string> = { appkey: app.appKey, code: ctx.appTokens.newCode(), handle: 'emulator', timestamp };
		const signed = Object.keys(params).sort().map((key) => `${key}=${params[key]}`).join('&');
		const target = new URL(q.redirectUri);
		for (const [key, value] of Object.entries({ ...params, sign: sign(ctx.options.appSecret, signed) })) target.searchParams.set(key, value);
		return { status: 302, headers: { Location: target.toString() } };
	}
	const match = /^\/admin\/oauth\/token\/(create|refresh)$/.exec(entry.path);
	if (!match) return entry.path.startsWith('/admin/oauth') ? failure(404, 404, 'Not Found') : undefined;
	const kind = match[1] as 'create' | 'refresh';
	const headers = ctx.request.headers;
	const record = (event: Omit<TokenEvent, 'kind' | 'at'>) => ctx.appTokens.events.push({ kind, at: Date.now(), ...event });
	if (entry.method !== 'POST') return failure(405, 405, 'POST only');
	if (headers.appkey !== app.appKey) {
		record({ signatureValid: false, status: 401 });
		return failure(401, 401, 'unknown appkey');
	}
	const timestamp = String(headers.timestamp ?? '');
	const valid = /^\d{13}$/.test(timestamp) && Math.abs(Date.now() - Number(timestamp)) < 10 * 60_000 && signatureValid(ctx.options.appSecret, headers.sign, raw + timestamp);
	if (!valid) {
		record({ signatureValid: false, status: 401 });
		return failure(401, 401, 'sign verification failed');
	}
	if (kind === 'create' && !ctx.appTokens.useCode((entry.body as { code?: unknown } | undefined)?.code)) {
		record({ signatureValid: true, status: 400 });
		return failure(400, 400, 'invalid or used authorization code');
	}
	if (kind === 'refresh' && !ctx.appTokens.isInstalled) {
		record({ signatureValid: true, status: 400 });
		return failure(400, 400, 'the app is not installed in this store');
	}
	const { token, expiresAt } = ctx.appTokens.issue(app.tokenLifetimeMs);
	record({ signatureValid: true, status: 200, token });
	return { status: 200, body: { code: 200, i18nCode: 'SUCCESS', message: 'ok', data: { accessToken: token, expireTime: new Date(expiresAt).toISOString(), scope: app.scope } } };
}
