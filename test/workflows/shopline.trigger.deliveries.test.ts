import { createHmac } from 'node:crypto';

import { signatureMatches, usableAppSecret } from '../../nodes/ShoplineTrigger/signature';
import { startTrigger, type TriggerHarness, type TriggerOptions } from '../harness/trigger';
import { mockShopline } from '../helpers/shoplineServer';
import { shoplineCredentials } from '../helpers/workflows';

/** What reaches webhook(): an App Secret of white space. */

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
