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
/** The counts of the test that opened each connection, even if its close comes later. */
const countsOf = new WeakMap<object, Trickle>();
/** Connections whose whole answer was sent. */
const answered = new WeakSet<object>();

beforeAll(async () => {
	server = createServer((request, response) => {
		const counts = countsOf.get(request.socket) ?? trickle;
		request.resume();
		response.writeHead(200, { 'content-type': 'application/json' });
		response.flushHeaders();
		let sent = 0;
		const timer = setInterval(() => {
			if (sent < body.length) {
				response.write(body[sent++]);
				return;
			}
			clearInterval(timer);
			answered.add(request.socket);
			counts.finished++;
			response.end();
		}, byteEveryMs);
		response.on('close', () => clearInterval(timer));
	});
	// Counted when the connection is accepted, not when its request is read: on a busy machine the
	// client may give up before the server reads the request, and that too is a connection cut off.
	server.on('connection', (socket) => {
		const counts = trickle;
		countsOf.set(socket, counts);
		counts.connections++;
		socket.on('close', () => {
			if (!answered.has(socket)) counts.cutOff++;
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

/**
 * The counts once the server has accepted `connections` connections (on a busy machine it may
 * accept the last one after the run has ended) and seen each either answered in full or closed.
 */
async function settled(connections: number): Promise<Trickle> {
	const done = () => trickle.connections >= connections && trickle.cutOff + trickle.finished >= trickle.connections;
	for (let waited = 0; !done() && waited < 10_000; waited += 20) {
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
		expect(await settled(2)).toMatchObject({ connections: 2, cutOff: 2, finished: 0 });
	});

	it('does not send a SHOPLINE write again after a trickled answer: it may have been applied', async () => {
		body = SHOPLINE_BODY;
		const result = await runShopline(
			{ operation: 'create', title: 'Robe', options: { timeoutSeconds: 1, maxTries: 3, retryDelayMs: 1 } },
			{ credentials: shoplineCredentials({ baseUrl: trickle.url }) },
		);
		expect(result.error?.message).toBe('No answer from SHOPLINE: the answer did not come in full within the Timeout (1 s)');
		expect(result.error?.description).toContain('may or may not have been applied');
		expect(await settled(1)).toMatchObject({ connections: 1, cutOff: 1, finished: 0 });
	});

	it('reads an answer that comes in pieces within the Timeout', async () => {
		byteEveryMs = 1;
		const result = await runTmapi(categories({ timeoutSeconds: 30 }), { credentials: tmapiOn(trickle.url) });
		expect(result.error).toBeUndefined();
		expect(await settled(1)).toMatchObject({ connections: 1, cutOff: 0, finished: 1 });
	});
});
