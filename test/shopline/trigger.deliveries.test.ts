/* eslint-disable @n8n/community-nodes/no-hardcoded-secrets -- a fake app secret that the tests sign deliveries with */
import { createHmac } from 'node:crypto';
import type { IDataObject } from 'n8n-workflow';

import { REMEMBER_MAX, REMEMBER_MS, REMEMBERED_TRIGGERS, deliveryKey, rememberDelivery } from '../../nodes/Shopline/trigger/deliveries';
import { signatureMatches, usableAppSecret } from '../../nodes/Shopline/trigger/signature';
import { startTrigger, type TriggerHarness, type TriggerOptions } from '../harness/trigger';
import { mockShopline } from '../helpers/shoplineServer';
import { shoplineCredentials } from '../helpers/workflows';

/**
 * What reaches webhook(): copies of one delivery (while n8n is still saving the first one's
 * static data, and at the same moment), deliveries without the headers SHOPLINE sends, a
 * body that is not JSON, and an App Secret of white space.
 */

const APP_SECRET = 'shpss_App-Secret/42+=';
const BODY = '{"id":"1","total_price":"19.90"}';

const harnesses: TriggerHarness[] = [];
afterEach(async () => {
	await Promise.all(harnesses.splice(0).map(async (harness) => await harness.stop()));
});

const start = async (options: TriggerOptions = {}, appSecret = APP_SECRET) => {
	const harness = await startTrigger({ topics: ['orders/create', 'orders/paid'] } as never, shoplineCredentials({ appSecret }), options);
	harnesses.push(harness);
	return harness;
};

const hmac = (text: string, secret = APP_SECRET) => createHmac('sha256', secret).update(Buffer.from(text, 'utf8')).digest('hex');

/** POSTs a signed delivery; a header given as null is left out. */
async function post(trigger: TriggerHarness, headers: Record<string, string | null> = {}, text = BODY, secret = APP_SECRET) {
	const all: Record<string, string | null> = {
		'content-type': 'application/json',
		'x-shopline-topic': 'orders/create',
		'x-shopline-webhook-id': 'wh-1',
		'x-shopline-hmac-sha256': hmac(text, secret),
		...headers,
	};
	const sent = Object.fromEntries(Object.entries(all).filter((entry): entry is [string, string] => entry[1] !== null));
	const response = await fetch(trigger.webhookUrl, { method: 'POST', headers: sent, body: text });
	return { status: response.status, body: await response.text() };
}

describe('SHOPLINE Trigger → copies of one delivery', () => {
	it('a copy sent right after the first 200, before n8n saved the static data, starts no second run', async () => {
		const trigger = await start({ holdSaves: true });
		const answers = [];
		for (let n = 0; n < 5; n++) answers.push(await post(trigger));
		expect(answers.map((answer) => answer.status)).toEqual([200, 200, 200, 200, 200]);
		expect(answers.slice(1).every((answer) => answer.body.includes('already received'))).toBe(true);
		expect(trigger.executions).toHaveLength(1);
		// The static data still reads as before: only this process's record held the copies back.
		expect(trigger.staticData().seenWebhookIds).toBeUndefined();
		trigger.flushSaves();
		expect(Object.keys(trigger.staticData().seenWebhookIds as object)).toEqual(['wh-1']);
	});

	it('copies arriving at the same moment start one run', async () => {
		const trigger = await start({ holdSaves: true });
		const answers = await Promise.all(Array.from({ length: 8 }, async () => await post(trigger)));
		expect(answers.map((answer) => answer.status)).toEqual(Array(8).fill(200));
		expect(answers.filter((answer) => answer.body.includes('already received'))).toHaveLength(7);
		expect(trigger.executions).toHaveLength(1);
	});

	it("one workflow's record does not hold back another workflow's delivery with the same ID", async () => {
		const first = await start({ holdSaves: true });
		const second = await start({ holdSaves: true });
		expect((await post(first)).status).toBe(200);
		expect((await post(second)).status).toBe(200);
		expect([first.executions.length, second.executions.length]).toEqual([1, 1]);
	});

	it('a refused delivery or one of a topic not chosen is not remembered: the proper one after it runs', async () => {
		const trigger = await start({ holdSaves: true });
		expect((await post(trigger, {}, BODY, 'not-the-secret')).status).toBe(401);
		const other = await post(trigger, { 'x-shopline-topic': 'refunds/create' });
		expect(other).toEqual({ status: 200, body: expect.stringContaining('topic not selected') as string });
		expect(trigger.executions).toHaveLength(0);
		expect((await post(trigger)).body).toBe('{"received":true}');
		expect(trigger.executions).toHaveLength(1);
	});
});

describe('SHOPLINE Trigger → deliveries without what SHOPLINE sends', () => {
	it('without X-Shopline-Topic: answered 200, no run (no topic is not a chosen topic)', async () => {
		const trigger = await start();
		const answer = await post(trigger, { 'x-shopline-topic': null });
		expect(answer.status).toBe(200);
		expect(answer.body).toContain('topic not selected');
		expect(trigger.executions).toHaveLength(0);
	});

	it('without X-Shopline-Webhook-Id: a copy of the same topic and body is held back; another body or topic runs', async () => {
		const trigger = await start({ holdSaves: true });
		await post(trigger, { 'x-shopline-webhook-id': null });
		const copy = await post(trigger, { 'x-shopline-webhook-id': null });
		await post(trigger, { 'x-shopline-webhook-id': null }, '{"id":"2","total_price":"19.90"}');
		await post(trigger, { 'x-shopline-webhook-id': null, 'x-shopline-topic': 'orders/paid' });
		expect(copy.body).toContain('already received');
		expect(trigger.executions.map((items) => [items[0].json.id, items[0].json.topic, items[0].json.webhook_id])).toEqual([
			['1', 'orders/create', null],
			['2', 'orders/create', null],
			['1', 'orders/paid', null],
		]);
		// Each delivery's save writes the whole static data, as n8n's does: the last one wins there.
		trigger.flushSaves();
		const stored = Object.keys(trigger.staticData().seenWebhookIds as object);
		expect(stored.length).toBeGreaterThan(0);
		expect(stored.every((key) => /^body-sha256:[0-9a-f]{64}$/.test(key))).toBe(true);
	});

	it('a signed body that is not JSON runs with its text as raw_body; JSON that is not an object comes as body', async () => {
		const trigger = await start();
		await post(trigger, { 'content-type': 'text/plain', 'x-shopline-webhook-id': 'text' }, 'order 1001 paid');
		await post(trigger, { 'x-shopline-webhook-id': 'list' }, '[1,2]');
		expect(trigger.executions.map((items) => items[0].json)).toEqual([
			{ raw_body: 'order 1001 paid', topic: 'orders/create', shop_domain: null, webhook_id: 'text', api_version: null },
			{ body: [1, 2], topic: 'orders/create', shop_domain: null, webhook_id: 'list', api_version: null },
		]);
	});

	it('a delivery ID longer than 128 characters is kept as its hash; it still holds back its copies', async () => {
		const trigger = await start();
		const id = 'x'.repeat(5000);
		await post(trigger, { 'x-shopline-webhook-id': id });
		await post(trigger, { 'x-shopline-webhook-id': id });
		expect(trigger.executions).toHaveLength(1);
		expect(trigger.executions[0][0].json.webhook_id).toBe(id);
		expect(Object.keys(trigger.staticData().seenWebhookIds as object)).toEqual([expect.stringMatching(/^id-sha256:[0-9a-f]{64}$/)]);
	});
});

describe('SHOPLINE Trigger → an App Secret of white space is no App Secret', () => {
	it.each([['spaces', '   '], ['a line break', '\n'], ['tabs and line breaks', '\t\r\n ']])('%s: activation is refused and so is every delivery (401)', async (_name, secret) => {
		const trigger = await start({}, secret);
		const requests = mockShopline('GET', 'webhooks.json', () => [200, { webhooks: [] }], 1);
		await expect(trigger.hook('checkExists')).rejects.toThrow('The SHOPLINE credential has no App Secret');
		await expect(trigger.hook('create')).rejects.toThrow('The SHOPLINE credential has no App Secret');
		expect(requests).toHaveLength(0);
		const answer = await post(trigger, {}, BODY, secret);
		expect(answer.status).toBe(401);
		expect(trigger.executions).toHaveLength(0);
	});

	it('one rule: usableAppSecret and signatureMatches agree', () => {
		const raw = Buffer.from(BODY);
		for (const secret of ['', ' ', '\n', '\t \r\n']) {
			expect(usableAppSecret(secret)).toBeUndefined();
			expect(signatureMatches(raw, hmac(BODY, secret), secret)).toBe(false);
		}
		expect(usableAppSecret(undefined)).toBeUndefined();
		expect(usableAppSecret(' s ')).toBe(' s ');
		expect(signatureMatches(raw, hmac(BODY, ' s '), ' s ')).toBe(true);
	});
});

describe('SHOPLINE Trigger → rememberDelivery', () => {
	let scope = 0;
	const newTrigger = () => `test-trigger-${++scope}`;

	it('remembers keys for 24 hours, at most the last 1000, in this process and in static data', () => {
		const trigger = newTrigger();
		const data: IDataObject = {};
		const t0 = 1_000_000;
		expect(rememberDelivery(trigger, data, 'x', t0)).toBe(true);
		expect(rememberDelivery(trigger, data, 'x', t0 + REMEMBER_MS - 1)).toBe(false);
		expect(rememberDelivery(trigger, data, 'x', t0 + REMEMBER_MS)).toBe(true);
		for (let n = 0; n < REMEMBER_MAX + 5; n++) rememberDelivery(trigger, data, `id-${n}`, t0 + REMEMBER_MS + 1 + n);
		const kept = Object.keys(data.seenWebhookIds as object);
		expect(kept).toHaveLength(REMEMBER_MAX);
		expect(kept).not.toContain('x');
		expect(kept[kept.length - 1]).toBe(`id-${REMEMBER_MAX + 4}`);
		// Gone from both: the static data and this process's record.
		expect(rememberDelivery(trigger, data, 'id-0', t0 + REMEMBER_MS + 2000)).toBe(true);
		expect(rememberDelivery(trigger, {}, 'id-1', t0 + REMEMBER_MS + 2001)).toBe(true);
		expect(rememberDelivery(trigger, {}, `id-${REMEMBER_MAX + 4}`, t0 + REMEMBER_MS + 2002)).toBe(false);
	});

	it("static data alone holds back a copy (another process, or after a restart); this process's record alone does too", () => {
		const stored: IDataObject = {};
		expect(rememberDelivery(newTrigger(), stored, 'a', 5000)).toBe(true);
		expect(rememberDelivery(newTrigger(), stored, 'a', 5001)).toBe(false);
		const trigger = newTrigger();
		expect(rememberDelivery(trigger, {}, 'b', 5000)).toBe(true);
		expect(rememberDelivery(trigger, {}, 'b', 5001)).toBe(false);
		expect(rememberDelivery(newTrigger(), {}, 'b', 5002)).toBe(true);
	});

	it(`this process remembers ${REMEMBERED_TRIGGERS} triggers at most, the least recently used going first`, () => {
		const first = newTrigger();
		const second = newTrigger();
		rememberDelivery(first, {}, 'k', 1);
		rememberDelivery(second, {}, 'k', 1);
		for (let n = 0; n < REMEMBERED_TRIGGERS - 2; n++) rememberDelivery(newTrigger(), {}, 'k', 2);
		expect(rememberDelivery(second, {}, 'k', 3)).toBe(false); // used again: now the most recent
		rememberDelivery(newTrigger(), {}, 'k', 4); // one too many: the least recently used goes
		expect(rememberDelivery(second, {}, 'k', 5)).toBe(false);
		expect(rememberDelivery(first, {}, 'k', 6)).toBe(true);
	});

	it('deliveryKey: the ID; a long ID hashed; without an ID the hash of topic and body', () => {
		const body = Buffer.from(BODY);
		expect(deliveryKey('wh-1', 'orders/create', body)).toBe('wh-1');
		expect(deliveryKey('y'.repeat(129), 'orders/create', body)).toMatch(/^id-sha256:[0-9a-f]{64}$/);
		expect(deliveryKey('y'.repeat(128), 'orders/create', body)).toBe('y'.repeat(128));
		const byBody = deliveryKey(undefined, 'orders/create', body);
		expect(byBody).toMatch(/^body-sha256:[0-9a-f]{64}$/);
		expect(deliveryKey('', 'orders/create', body)).toBe(byBody);
		expect(deliveryKey(undefined, 'orders/paid', body)).not.toBe(byBody);
		expect(deliveryKey(undefined, 'orders/create', Buffer.from(`${BODY} `))).not.toBe(byBody);
	});
});
