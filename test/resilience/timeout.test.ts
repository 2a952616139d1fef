/* eslint-disable @n8n/community-nodes/no-restricted-globals, @n8n/community-nodes/no-restricted-imports -- test code run by jest: never part of a published package */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

import { runShopline, runTmapi } from '../helpers/run';
import { shoplineCredentials, tmapiCredentials } from '../helpers/workflows';

/**
 * Timeout bounds the whole answer — connecting, headers and body — not only the silence
 * between two bytes: a server that sends its headers at once and then one byte every 200 ms
 * would otherwise hold a run for as long as it likes. The server below counts the connections
 * it saw closed before it had sent its whole answer; no assertion depends on elapsed time.
 */

/** 25 bytes, valid JSON for both APIs once trimmed: the trickle takes 5 s at one byte per 200 ms. */
const TMAPI_BODY = '   {"code":200,"data":[]}';
const SHOPLINE_BODY = '   {"product":{"id":"1"}}';

interface Trickle {
	url: string;
	/** Connections the server accepted. */
	connections: number;
	/** Connections closed by the client before the last byte was sent. */
	cutOff: number;
	/** Answers sent in full. */
	finished: number;
}

let server: Server;
let trickle: Trickle;
let body = TMAPI_BODY;
let byteEveryMs = 200;

beforeAll(async () => {
	server = createServer((request, response) => {
		// The counts of the test that opened the connection, even if its close comes later.
		const counts = trickle;
		counts.connections++;
		request.resume();
		response.writeHead(200, { 'content-type': 'application/json' });
		response.flushHeaders();
		let sent = 0;
		let done = false;
		const timer = setInterval(() => {
			if (sent < body.length) {
				response.write(body[sent++]);
				return;
			}
			clearInterval(timer);
			done = true;
			counts.finished++;
			response.end();
		}, byteEveryMs);
		response.on('close', () => {
			clearInterval(timer);
			if (!done) counts.cutOff++;
		});
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
});
afterAll(async () => await new Promise<void>((resolve) => server.close(() => resolve())));
beforeEach(() => {
	trickle = { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, connections: 0, cutOff: 0, finished: 0 };
	body = TMAPI_BODY;
	byteEveryMs = 200;
});

/** The counts once the server has seen every connection end (its close event may come after the run's end). */
async function settled(): Promise<Trickle> {
	for (let waited = 0; trickle.cutOff + trickle.finished < trickle.connections && waited < 10_000; waited += 20) {
		await new Promise((resolve) => setTimeout(resolve, 20));
	}
	return trickle;
}

const tmapiOn = (url: string) => tmapiCredentials({ host: 'custom', customBaseUrl: url });
const categories = (options: Record<string, unknown>) => ({ resource: 'category', operation: 'getInfo', options });

describe('Timeout covers the whole answer', () => {
	it('cuts off a TMAPI answer that trickles past the Timeout, retries it like any timeout, and says the Timeout', async () => {
		const result = await runTmapi(categories({ timeoutSeconds: 1, maxTries: 2, retryDelayMs: 1 }), { credentials: tmapiOn(trickle.url) });
		expect(result.error?.message).toBe('No answer from TMAPI: the answer did not come in full within the Timeout (1 s)');
		expect(result.error?.description).toContain('raise the Timeout option');
		// Tried twice, and both times the node hung up before the server was done.
		expect(await settled()).toMatchObject({ connections: 2, cutOff: 2, finished: 0 });
	});

	it('does not send a SHOPLINE write again after a trickled answer: it may have been applied', async () => {
		body = SHOPLINE_BODY;
		const result = await runShopline(
			{ operation: 'create', title: 'Robe', options: { timeoutSeconds: 1, maxTries: 3, retryDelayMs: 1 } },
			{ credentials: shoplineCredentials({ baseUrl: trickle.url }) },
		);
		expect(result.error?.message).toBe('No answer from SHOPLINE: the answer did not come in full within the Timeout (1 s)');
		expect(result.error?.description).toContain('may or may not have been applied');
		expect(await settled()).toMatchObject({ connections: 1, cutOff: 1, finished: 0 });
	});

	it('reads an answer that comes in pieces within the Timeout', async () => {
		byteEveryMs = 1;
		const result = await runTmapi(categories({ timeoutSeconds: 30 }), { credentials: tmapiOn(trickle.url) });
		expect(result.error).toBeUndefined();
		expect(await settled()).toMatchObject({ connections: 1, cutOff: 0, finished: 1 });
	});
});
