/* eslint-disable @n8n/community-nodes/no-hardcoded-secrets -- fake tokens that the tests look for in errors, items and logs */
import { createHmac } from 'node:crypto';

import { Emulator, emulatorCredentials } from '../../emulator';
import { webhookState } from '../../emulator/shopline/webhooks';
import { signatureMatches } from '../../nodes/Shopline/trigger/signature';
import { startTrigger, type TriggerHarness } from '../harness/trigger';
import { mockShopline } from '../helpers/shoplineServer';
import { SHOPLINE_TOKEN, shoplineCredentials } from '../helpers/workflows';

const APP_SECRET = 'shpss_App-Secret/42+=';
const withSecret = (overrides: Record<string, unknown> = {}) => shoplineCredentials({ appSecret: APP_SECRET, ...overrides });
const TOPICS = ['orders/create', 'products/update'];

let harness: TriggerHarness | undefined;
afterEach(async () => {
	await harness?.stop();
	harness = undefined;
});

const start = async (parameters: Record<string, unknown> = {}, credentials = withSecret()) =>
	(harness = await startTrigger({ topics: TOPICS, ...parameters } as never, credentials));

describe('SHOPLINE Trigger → activation (webhookMethods)', () => {
	it('checkExists: GET webhooks.json; true only when every topic has a subscription at this address and version', async () => {
		const trigger = await start();
		const other = { id: '7', address: 'https://elsewhere.example/hook', topic: 'orders/create', api_version: 'v20260301' };
		const here = (id: string, topic: string) => ({ id, address: trigger.webhookUrl, topic, api_version: 'v20260301' });
		const answers = [
			[other, here('11', 'orders/create')],
			[other, here('11', 'orders/create'), here('12', 'products/update')],
		];
		const requests = mockShopline('GET', 'webhooks.json', (_request, index) => [200, { webhooks: answers[index] }], 2);
		expect(await trigger.hook('checkExists')).toBe(false);
		expect(trigger.staticData().subscriptions).toBeUndefined();
		expect(await trigger.hook('checkExists')).toBe(true);
		expect(requests).toHaveLength(2);
		expect(requests[0].path).toBe('/admin/openapi/v20260301/webhooks.json');
		expect(requests[0].headers.authorization).toBe(`Bearer ${SHOPLINE_TOKEN}`);
		expect(trigger.staticData().subscriptions).toEqual({ 'orders/create': '11', 'products/update': '12' });
	});

	it('checkExists: false when a subscription here has another API version, or is for a topic not chosen', async () => {
		const trigger = await start();
		const exact = [
			{ id: '11', address: trigger.webhookUrl, topic: 'orders/create', api_version: 'v20260301' },
			{ id: '12', address: trigger.webhookUrl, topic: 'products/update', api_version: 'v20260301' },
		];
		const answers = [
			[exact[0], { ...exact[1], api_version: 'v20250301' }],
			[...exact, { id: '13', address: trigger.webhookUrl, topic: 'refunds/create', api_version: 'v20260301' }],
			[...exact, { id: '14', address: 'https://elsewhere.example/hook', topic: 'refunds/create', api_version: 'v20240601' }],
		];
		mockShopline('GET', 'webhooks.json', (_request, index) => [200, { webhooks: answers[index] }], 3);
		expect(await trigger.hook('checkExists')).toBe(false);
		expect(await trigger.hook('checkExists')).toBe(false);
		expect(trigger.staticData().subscriptions).toBeUndefined();
		expect(await trigger.hook('checkExists')).toBe(true);
		expect(trigger.staticData().subscriptions).toEqual({ 'orders/create': '11', 'products/update': '12' });
	});

	it('create: removes subscriptions here at another version or for a topic not chosen, then subscribes what is missing', async () => {
		const trigger = await start({ options: { apiVersion: 'v20250301' } });
		const here = (id: string, topic: string, api_version: string) => ({ id, address: trigger.webhookUrl, topic, api_version });
		mockShopline('GET', 'webhooks.json', () => [200, { webhooks: [
			here('21', 'orders/create', 'v20250301'),
			here('22', 'products/update', 'v20260301'),
			here('23', 'refunds/create', 'v20250301'),
			{ id: '24', address: 'https://elsewhere.example/hook', topic: 'products/update', api_version: 'v20240601' },
		] }], 1);
		const order: string[] = [];
		const deletes = mockShopline('DELETE', /\/admin\/openapi\/v20260301\/\d+\/webhooks\.json/, (request) => (order.push(`DELETE ${request.path.split('/')[4]}`), [200, {}]), 5);
		const posts = mockShopline('POST', 'webhooks.json', (request) => (order.push('POST'), [201, { webhook: { id: '25', ...(request.body as { webhook: object }).webhook } }]), 5);
		expect(await trigger.hook('create')).toBe(true);
		expect(deletes.map((request) => request.path)).toEqual(['/admin/openapi/v20260301/22/webhooks.json', '/admin/openapi/v20260301/23/webhooks.json']);
		expect(posts.map((request) => request.body)).toEqual([{ webhook: { address: trigger.webhookUrl, topic: 'products/update', api_version: 'v20250301' } }]);
		expect(order).toEqual(['DELETE 22', 'DELETE 23', 'POST']);
		expect(trigger.staticData().subscriptions).toEqual({ 'orders/create': '21', 'products/update': '25' });
	});

	it('create: a stale subscription that cannot be removed fails activation before anything is subscribed', async () => {
		const trigger = await start();
		mockShopline('GET', 'webhooks.json', () => [200, { webhooks: [
			{ id: '31', address: trigger.webhookUrl, topic: 'orders/create', api_version: 'v20260301' },
			{ id: '32', address: trigger.webhookUrl, topic: 'products/update', api_version: 'v20240601' },
		] }], 1);
		mockShopline('DELETE', '32/webhooks.json', () => [403, { errors: 'Forbidden' }], 1);
		const posts = mockShopline('POST', 'webhooks.json', () => [201, { webhook: { id: '33' } }], 2);
		await expect(trigger.hook('create')).rejects.toThrow(/403|Forbidden/);
		expect(posts).toHaveLength(0);
		expect(trigger.staticData().subscriptions).toEqual({ 'orders/create': '31' });
	});

	it('create: POST webhooks.json {webhook: {address, topic, api_version}} for each topic not yet subscribed', async () => {
		const trigger = await start();
		const list = mockShopline('GET', 'webhooks.json', () => [200, { webhooks: [{ id: 11, address: trigger.webhookUrl, topic: 'orders/create', api_version: 'v20260301' }] }], 1);
		const posts = mockShopline('POST', 'webhooks.json', (request) => [201, { webhook: { id: 13814, ...(request.body as { webhook: object }).webhook } }], 5);
		expect(await trigger.hook('create')).toBe(true);
		expect(list).toHaveLength(1);
		expect(posts).toHaveLength(1);
		expect(posts[0].path).toBe('/admin/openapi/v20260301/webhooks.json');
		expect(posts[0].body).toEqual({ webhook: { address: trigger.webhookUrl, topic: 'products/update', api_version: 'v20260301' } });
		expect(trigger.staticData().subscriptions).toEqual({ 'orders/create': '11', 'products/update': '13814' });
	});

	it("create: the API Version option wins over the credential's; an old or malformed one fails before any request", async () => {
		const trigger = await start({ options: { apiVersion: 'v20240601' } });
		mockShopline('GET', 'webhooks.json', () => [200, { webhooks: [] }], 1);
		const posts = mockShopline('POST', 'webhooks.json', (_request, index) => [201, { webhook: { id: String(index + 1) } }], 2);
		await trigger.hook('create');
		expect(posts.map((post) => (post.body as { webhook: { api_version: string; topic: string } }).webhook)).toEqual([
			expect.objectContaining({ topic: 'orders/create', api_version: 'v20240601' }),
			expect.objectContaining({ topic: 'products/update', api_version: 'v20240601' }),
		]);
		await trigger.stop();

		for (const apiVersion of ['v20240301', '2026-03-01']) {
			const old = await start({ options: { apiVersion } });
			const none = mockShopline('GET', 'webhooks.json', () => [200, { webhooks: [] }], 1);
			await expect(old.hook('create')).rejects.toThrow(`API Version: "${apiVersion}" is not valid — webhooks need v20240601 or a later version`);
			expect(none).toHaveLength(0);
			await old.stop();
		}
		harness = undefined;
	});

	it('refuses to activate without an App Secret, and sends nothing', async () => {
		const trigger = await start({}, shoplineCredentials({ appSecret: '' }));
		const requests = mockShopline('GET', 'webhooks.json', () => [200, { webhooks: [] }], 1);
		await expect(trigger.hook('checkExists')).rejects.toThrow('The SHOPLINE credential has no App Secret');
		await expect(trigger.hook('create')).rejects.toThrow('The SHOPLINE credential has no App Secret');
		expect(requests).toHaveLength(0);
	});

	it("create: a refused subscription fails activation with SHOPLINE's text and traceId, keeping what was made", async () => {
		const trigger = await start();
		mockShopline('GET', 'webhooks.json', () => [200, { webhooks: [] }], 1);
		mockShopline('POST', 'webhooks.json', (_request, index) =>
			index === 0 ? [201, { webhook: { id: '21' } }] : [422, { errors: { address: ['for this topic has already been taken'] } }], 2);
		const error = await trigger.hook('create').catch((caught: Error & { description?: string }) => caught);
		expect(error).toBeInstanceOf(Error);
		expect((error as Error).message).toContain('address: for this topic has already been taken');
		expect((error as { description?: string }).description).toContain('traceId trace-2');
		expect(trigger.staticData().subscriptions).toEqual({ 'orders/create': '21' });
	});

	it('delete: DELETE {id}/webhooks.json for every kept ID; one already gone (404) counts as deleted', async () => {
		const trigger = await start();
		trigger.staticData().subscriptions = { 'orders/create': '31', 'products/update': '32' };
		const deletes = mockShopline('DELETE', /\/admin\/openapi\/v20260301\/\d+\/webhooks\.json/, (request) =>
			request.path.includes('/31/') ? [200, {}] : [404, { errors: 'Not Found' }], 2);
		expect(await trigger.hook('delete')).toBe(true);
		expect(deletes.map((request) => request.path)).toEqual(['/admin/openapi/v20260301/31/webhooks.json', '/admin/openapi/v20260301/32/webhooks.json']);
		expect(trigger.staticData().subscriptions).toBeUndefined();
	});

	it('delete: a failure other than 404 keeps the ID and reports false', async () => {
		const trigger = await start();
		trigger.staticData().subscriptions = { 'orders/create': '41' };
		const deletes = mockShopline('DELETE', '41/webhooks.json', () => [403, { errors: 'Forbidden' }], 1);
		expect(await trigger.hook('delete')).toBe(false);
		expect(deletes).toHaveLength(1);
		expect(trigger.staticData().subscriptions).toEqual({ 'orders/create': '41' });
	});
});

describe('SHOPLINE Trigger → deliveries from the emulator', () => {
	const emulator = new Emulator({ storeSize: 10 });
	beforeAll(async () => {
		await emulator.start();
	});
	afterAll(async () => {
		await emulator.stop();
	});
	beforeEach(() => emulator.resetStore());

	const activate = async (topics = TOPICS) => {
		const trigger = await start({ topics }, emulatorCredentials(emulator) as never);
		expect(await trigger.hook('checkExists')).toBe(false);
		expect(await trigger.hook('create')).toBe(true);
		expect(await trigger.hook('checkExists')).toBe(true);
		return trigger;
	};
	const order = { id: '21057850264845250791280282', name: '#1001', total_price: '19.90', line_items: [{ id: '1', quantity: 2 }] };

	it('activation subscribes each topic at the webhook URL; deactivation removes them', async () => {
		const trigger = await activate();
		const subscriptions = webhookState(emulator.store).subscriptions;
		expect(subscriptions.map(({ topic, address, api_version }) => ({ topic, address, api_version }))).toEqual([
			{ topic: 'orders/create', address: trigger.webhookUrl, api_version: 'v20260301' },
			{ topic: 'products/update', address: trigger.webhookUrl, api_version: 'v20260301' },
		]);
		expect(await trigger.hook('delete')).toBe(true);
		expect(webhookState(emulator.store).subscriptions).toEqual([]);
	});

	it('activation converges: a subscription here at another version is replaced and one for a topic not chosen removed', async () => {
		const trigger = await start({ topics: TOPICS }, emulatorCredentials(emulator) as never);
		const state = webhookState(emulator.store);
		const at = '2026-01-01T00:00:00+00:00';
		state.subscriptions.push(
			{ id: '1800000000000000000000001', address: trigger.webhookUrl, topic: 'orders/create', api_version: 'v20250301', created_at: at, updated_at: at },
			{ id: '1800000000000000000000002', address: trigger.webhookUrl, topic: 'refunds/create', api_version: 'v20260301', created_at: at, updated_at: at },
			{ id: '1800000000000000000000003', address: 'https://elsewhere.example/hook', topic: 'refunds/create', api_version: 'v20240601', created_at: at, updated_at: at },
		);
		expect(await trigger.hook('checkExists')).toBe(false);
		expect(await trigger.hook('create')).toBe(true);
		expect(await trigger.hook('checkExists')).toBe(true);
		const list = webhookState(emulator.store).subscriptions;
		expect(list.filter((s) => s.address === trigger.webhookUrl).map(({ topic, api_version }) => `${topic} ${api_version}`).sort()).toEqual(['orders/create v20260301', 'products/update v20260301']);
		expect(list.filter((s) => s.address !== trigger.webhookUrl).map((s) => s.id)).toEqual(['1800000000000000000000003']);
		expect(Object.keys(trigger.staticData().subscriptions as object).sort()).toEqual(TOPICS);
		expect(await trigger.hook('delete')).toBe(true);
		expect(webhookState(emulator.store).subscriptions.map((s) => s.id)).toEqual(['1800000000000000000000003']);
	});

	it('a valid hex signature starts one execution with the body and the headers as fields', async () => {
		const trigger = await activate();
		const result = await emulator.deliver({ topic: 'orders/create', payload: order, signature: 'valid-hex', webhookId: 'wh-1' });
		expect(result.deliveries.map((delivery) => delivery.status)).toEqual([200]);
		expect(trigger.executions).toHaveLength(1);
		expect(trigger.executions[0].map((item) => item.json)).toEqual([
			{ ...order, topic: 'orders/create', shop_domain: 'emulator.myshopline.com', webhook_id: 'wh-1', api_version: 'v20260301' },
		]);
	});

	it('with Authentication App (OAuth): subscribes with the token created from the code, and verifies deliveries with that credential\'s App Secret', async () => {
		const credentials = emulatorCredentials(emulator);
		const appOnly = { shoplineAppApi: credentials.shoplineAppApi };
		emulator.reset();
		const trigger = await start({ topics: TOPICS, authentication: 'appOAuth' }, appOnly as never);
		expect(await trigger.hook('create')).toBe(true);
		const token = emulator.appTokens.events.find((event) => event.kind === 'create' && event.status === 200)?.token;
		expect(token).toBeDefined();
		const writes = emulator.log.filter((entry) => entry.method === 'POST' && entry.path.endsWith('/webhooks.json'));
		expect(writes).toHaveLength(2);
		expect(writes.every((entry) => entry.appToken === token && entry.status < 300)).toBe(true);
		expect((await emulator.deliver({ topic: 'orders/create', payload: order, signature: 'valid-hex' })).deliveries.map((delivery) => delivery.status)).toEqual([200]);
		expect((await emulator.deliver({ topic: 'orders/create', payload: order, signature: 'wrong-secret' })).deliveries.map((delivery) => delivery.status)).toEqual([401]);
		expect(trigger.executions).toHaveLength(1);
	});

	it('a valid base64 signature starts an execution too', async () => {
		const trigger = await activate();
		const result = await emulator.deliver({ topic: 'products/update', payload: { id: '1', title: 'T' }, signature: 'valid-base64' });
		expect(result.deliveries.map((delivery) => delivery.status)).toEqual([200]);
		expect(trigger.executions).toHaveLength(1);
		expect(trigger.executions[0][0].json).toMatchObject({ id: '1', title: 'T', topic: 'products/update', webhook_id: result.webhookId });
	});

	it.each(['wrong-secret', 'tampered', 'missing'] as const)('a delivery signed %s is answered 401 and starts nothing', async (signature) => {
		const trigger = await activate();
		const result = await emulator.deliver({ topic: 'orders/create', payload: order, signature });
		expect(result.deliveries.map((delivery) => delivery.status)).toEqual([401]);
		expect(result.deliveries[0].body).toContain('X-Shopline-Hmac-Sha256');
		expect(result.deliveries[0].body).not.toContain(emulator.options.appSecret);
		expect(trigger.executions).toHaveLength(0);
		// Nothing was remembered either: the same ID properly signed still starts a run.
		await emulator.deliver({ topic: 'orders/create', payload: order, signature: 'valid-hex', webhookId: result.webhookId });
		expect(trigger.executions).toHaveLength(1);
	});

	it('a redelivery (same X-Shopline-Webhook-Id) is answered 200 and starts no second execution', async () => {
		const trigger = await activate();
		const first = await emulator.deliver({ topic: 'orders/create', payload: order, signature: 'valid-hex' });
		const again = await emulator.deliver({ topic: 'orders/create', payload: order, signature: 'valid-base64', webhookId: first.webhookId });
		const other = await emulator.deliver({ topic: 'orders/create', payload: order, signature: 'valid-hex' });
		expect([first, again, other].map((result) => result.deliveries[0].status)).toEqual([200, 200, 200]);
		expect(again.deliveries[0].body).toContain('already received');
		expect(trigger.executions.map((items) => items[0].json.webhook_id)).toEqual([first.webhookId, other.webhookId]);
		expect(Object.keys(trigger.staticData().seenWebhookIds as object)).toEqual([first.webhookId, other.webhookId]);
	});
});

describe('SHOPLINE Trigger → webhook() checks', () => {
	const body = '{"id":"1","note":"caf\u00e9 \u2615"}';
	const post = async (trigger: TriggerHarness, headers: Record<string, string>, text = body) =>
		await fetch(trigger.webhookUrl, { method: 'POST', headers: { 'content-type': 'application/json', 'x-shopline-topic': 'orders/create', ...headers }, body: text });
	const hmac = (text: string, encoding: 'hex' | 'base64', secret = APP_SECRET) => createHmac('sha256', secret).update(Buffer.from(text, 'utf8')).digest(encoding);

	it('verifies the exact bytes: uppercase hex passes, the same JSON re-spaced does not', async () => {
		const trigger = await start();
		const upper = await post(trigger, { 'x-shopline-hmac-sha256': hmac(body, 'hex').toUpperCase(), 'x-shopline-webhook-id': 'a' });
		const respaced = await post(trigger, { 'x-shopline-hmac-sha256': hmac(body, 'hex'), 'x-shopline-webhook-id': 'b' }, JSON.stringify(JSON.parse(body), null, 1));
		expect([upper.status, respaced.status]).toEqual([200, 401]);
		expect(trigger.executions).toHaveLength(1);
		expect(trigger.executions[0][0].json).toMatchObject({ id: '1', note: 'caf\u00e9 \u2615', webhook_id: 'a', shop_domain: null });
	});

	it('answers a delivery of a topic this trigger did not choose with 200, starting nothing', async () => {
		const trigger = await start();
		const response = await post(trigger, { 'x-shopline-hmac-sha256': hmac(body, 'hex'), 'x-shopline-topic': 'refunds/create', 'x-shopline-webhook-id': 'c' });
		expect(response.status).toBe(200);
		expect(trigger.executions).toHaveLength(0);
	});

	it('refuses every delivery when the credential has no App Secret', async () => {
		const trigger = await start({}, shoplineCredentials({ appSecret: '' }));
		const response = await post(trigger, { 'x-shopline-hmac-sha256': hmac(body, 'hex', ''), 'x-shopline-webhook-id': 'd' });
		expect(response.status).toBe(401);
		expect(trigger.executions).toHaveLength(0);
	});

	it('signatureMatches: hex (any case) or base64 of the right length and key; nothing else', () => {
		const raw = Buffer.from(body);
		expect(signatureMatches(raw, hmac(body, 'hex'), APP_SECRET)).toBe(true);
		expect(signatureMatches(raw, ` ${hmac(body, 'base64')} `, APP_SECRET)).toBe(true);
		expect(signatureMatches(raw, hmac(body, 'base64').replace(/\+/g, '-').replace(/\//g, '_'), APP_SECRET)).toBe(true);
		expect(signatureMatches(raw, hmac(body, 'hex').slice(0, 62), APP_SECRET)).toBe(false);
		expect(signatureMatches(raw, hmac(body, 'hex', 'other'), APP_SECRET)).toBe(false);
		expect(signatureMatches(raw, [hmac(body, 'hex')], APP_SECRET)).toBe(false);
		expect(signatureMatches(raw, undefined, APP_SECRET)).toBe(false);
		expect(signatureMatches(raw, hmac(body, 'hex', ''), '')).toBe(false);
	});

});
