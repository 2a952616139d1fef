import { createHmac } from 'node:crypto';

import { appSignature, authorizeUrl, requestAppToken } from '../../../nodes/Shopline/api/appToken';
import { emulatorCredentials } from '../../../emulator';
import { storeEmulator } from '../../helpers/storeEmulator';
import { runShopline } from '../../helpers/run';
import { visibleText } from '../../helpers/workflows';

const { emulator } = storeEmulator(20);

/** The app credential pointing at the emulator, its token empty (as saved before the first run). */
const appCredentials = (overrides: Record<string, unknown> = {}) => ({ shoplineAppApi: { ...emulatorCredentials(emulator).shoplineAppApi, ...overrides } });
const APP_NODE = { credentials: { shoplineAppApi: { id: '2', name: 'SHOPLINE App' } } };
const countWithApp = async (credentials: ReturnType<typeof appCredentials>) =>
	await runShopline({ authentication: 'appOAuth', operation: 'count' }, { credentials, node: APP_NODE });
/** Clears the request log and the token calls; the tokens and the installation stay (resetStore starts them over). */
const forgetRequests = () => emulator.reset();
const productCalls = () => emulator.log.filter((entry) => entry.path.startsWith('/admin/openapi/'));

describe('SHOPLINE App (OAuth): the signed token calls', () => {
	it('signs body + timestamp with the app secret, as hex HMAC-SHA256', () => {
		const expected = createHmac('sha256', 'secret').update('{"code":"abc"}1700000000000').digest('hex');
		expect(appSignature('secret', '{"code":"abc"}', '1700000000000')).toBe(expected);
		expect(appSignature('secret', '', '1700000000000')).not.toBe(appSignature('other', '', '1700000000000'));
	});

	it('builds the authorize URL the store owner opens', () => {
		const url = new URL(authorizeUrl('open001', 'key1', 'read_products,write_products', 'https://app.example/callback'));
		expect(url.origin).toBe('https://open001.myshopline.com');
		expect(url.hash).toBe('#/oauth/authorize?appKey=key1&responseType=code&scope=read_products%2Cwrite_products&redirectUri=https%3A%2F%2Fapp.example%2Fcallback');
	});

	it('creates the first token from the code with a valid signature, and the product requests use it', async () => {
		const credentials = appCredentials();
		const result = await countWithApp(credentials);
		expect(result.error).toBeUndefined();
		expect(result.items[0].json).toEqual({ count: 20 });
		expect(emulator.appTokens.events.map(({ kind, signatureValid, status }) => ({ kind, signatureValid, status }))).toEqual([{ kind: 'create', signatureValid: true, status: 200 }]);
		const issued = emulator.appTokens.events[0].token;
		// Saved in the credential, as n8n saves what preAuthentication returns.
		expect(credentials.shoplineAppApi.accessToken).toBe(issued);
		expect(Date.parse(String(credentials.shoplineAppApi.expiresAt)) - Date.now()).toBeGreaterThan(9 * 3600_000);
		expect(productCalls().length).toBeGreaterThanOrEqual(2);
		expect(productCalls().every((entry) => entry.appToken === issued && entry.status === 200)).toBe(true);
	});

	it('refreshes an expired token with a signed call (no code) and runs on with the new one', async () => {
		const credentials = appCredentials();
		expect((await countWithApp(credentials)).error).toBeUndefined();
		const first = credentials.shoplineAppApi.accessToken;
		emulator.appTokens.expireAll();
		forgetRequests();
		// The token stored still looks valid by its time: the 401 is what makes it renew.
		const result = await countWithApp(credentials);
		expect(result.error).toBeUndefined();
		expect(result.items[0].json).toEqual({ count: 20 });
		const events = emulator.appTokens.events;
		expect(events.map(({ kind, signatureValid, status }) => ({ kind, signatureValid, status }))).toEqual([{ kind: 'refresh', signatureValid: true, status: 200 }]);
		expect(credentials.shoplineAppApi.accessToken).toBe(events[0].token);
		expect(credentials.shoplineAppApi.accessToken).not.toBe(first);
		const statuses = productCalls().map((entry) => `${entry.status} ${entry.appToken === first ? 'old' : entry.appToken === events[0].token ? 'new' : 'other'}`);
		expect(statuses[0]).toBe('401 old');
		expect(statuses[statuses.length - 1]).toBe('200 new');
	});

	it('refreshes before the first request when the stored token has run out by its time', async () => {
		const credentials = appCredentials();
		expect((await countWithApp(credentials)).error).toBeUndefined();
		credentials.shoplineAppApi.expiresAt = new Date(Date.now() - 1000).toISOString();
		emulator.appTokens.expireAll();
		forgetRequests();
		const result = await countWithApp(credentials);
		expect(result.error).toBeUndefined();
		expect(emulator.appTokens.events.map((event) => event.kind)).toEqual(['refresh']);
	});

	it('a wrong App Secret: SHOPLINE refuses the signature, the error says so and shows no secret', async () => {
		const wrongSecret = [...emulator.options.appSecret].reverse().join('');
		const credentials = appCredentials({ appSecret: wrongSecret });
		const result = await countWithApp(credentials);
		expect(result.error?.message).toContain('SHOPLINE App (OAuth) credential has no working access token');
		const text = visibleText(result);
		expect(text).toContain('SHOPLINE refused to create the app\'s access token (HTTP 401, code 401): sign verification failed');
		expect(text).toContain('Check the App Key and App Secret');
		expect(text).not.toContain(wrongSecret);
		expect(text).not.toContain('emulator-authorization-code');
		expect(emulator.appTokens.events).toEqual([expect.objectContaining({ kind: 'create', signatureValid: false, status: 401 })]);
		expect(credentials.shoplineAppApi.accessToken).toBe('');
	});

	it('the emulator\'s authorize step sends the browser back with a signed code that creates a token once', async () => {
		const query = new URLSearchParams({ appKey: emulator.options.app.appKey, responseType: 'code', scope: 'read_products', redirectUri: 'https://app.example/callback' });
		const response = await fetch(`${emulator.url}/admin/oauth/authorize?${query.toString()}`, { redirect: 'manual' });
		expect(response.status).toBe(302);
		const back = new URL(String(response.headers.get('location')));
		expect(back.origin + back.pathname).toBe('https://app.example/callback');
		const params = Object.fromEntries(back.searchParams.entries());
		const signed = Object.keys(params).filter((key) => key !== 'sign').sort().map((key) => `${key}=${params[key]}`).join('&');
		expect(params.sign).toBe(createHmac('sha256', emulator.options.appSecret).update(signed).digest('hex'));
		const credentials = appCredentials({ authorizationCode: params.code });
		expect((await countWithApp(credentials)).error).toBeUndefined();
		expect(emulator.appTokens.events.map((event) => `${event.kind} ${event.status}`)).toEqual(['create 200']);
	});

	it('names the empty field before sending anything', async () => {
		await expect(requestAppToken(async () => ({}), { ...appCredentials().shoplineAppApi, authorizationCode: '' })).rejects.toThrow('Authorization Code (SHOPLINE App (OAuth) credential) is empty');
		await expect(requestAppToken(async () => ({}), { ...appCredentials().shoplineAppApi, appKey: ' ' })).rejects.toThrow('App Key (SHOPLINE App (OAuth) credential) is empty');
	});

	it('a code works once: a second create is refused with advice to authorize again', async () => {
		const send = async (options: { url?: string; headers?: Record<string, unknown>; body?: unknown }) => {
			const response = await fetch(String(options.url), { method: 'POST', headers: options.headers as Record<string, string>, body: String(options.body) });
			return { statusCode: response.status, body: await response.text() };
		};
		const data = appCredentials().shoplineAppApi;
		await expect(requestAppToken(send as never, data)).resolves.toEqual(expect.objectContaining({ accessToken: expect.stringMatching(/^emu-app-/) }));
		await expect(requestAppToken(send as never, data)).rejects.toThrow(/HTTP 400.*invalid or used authorization code.*open the authorize URL again/);
	});
});
