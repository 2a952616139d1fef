/* eslint-disable @n8n/community-nodes/no-restricted-globals, @n8n/community-nodes/no-restricted-imports -- the local API emulator, a Node.js server for tests and demos: never part of a published package */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

import { FakeChatModel } from './openai';
import { DEFAULT_OPTIONS, deepMerge, type ApiContext, type EmulatorOptions, type EmulatorOverrides, type LogEntry } from './options';
import { seededRandom } from './random';
import { shoplineReply } from './shopline';
import { AppTokens } from './shopline/appTokens';
import { deliver, type DeliveryRequest, type DeliveryResult } from './shopline/webhooks';
import { ShoplineStore } from './shoplineStore';
import { tmapiReply } from './tmapi';

/**
 * One local HTTP server that speaks both APIs the nodes use: TMAPI's 1688 endpoints under
 * /1688/… (tmapi.ts) and SHOPLINE's Admin Open API under /admin/openapi/<version>/…
 * (shopline.ts). Point the TMAPI credential's custom base URL and the SHOPLINE credential's
 * base URL override at it. Under /openai/v1/… it also serves a fake OpenAI-compatible chat
 * model (openai.ts) for AI Agent tests: on the same port, so one start and one reset serve a
 * whole agent run, and each model request records how many API requests came before it.
 *
 * It checks tokens like the services do, keeps their quirks, and has knobs for latency,
 * injected faults, TMAPI's concurrency limit and SHOPLINE's leaky bucket. Every request is
 * logged, so tests can check what the nodes sent and how often.
 */

/** A request's whole body as text, decoded as one stream: a character split between two chunks stays whole. */
async function readText(request: IncomingMessage): Promise<string> {
	let text = '';
	request.setEncoding('utf8');
	for await (const chunk of request) text += chunk;
	return text;
}

/** A wait that does not keep the process alive once the server is stopped. */
const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms).unref());

export class Emulator {
	options: EmulatorOptions;

	readonly log: LogEntry[] = [];

	readonly peakInFlight = { tmapi: 0, shopline: 0 };

	/** The fake chat model under /openai/ and its record of requests (not in `log`). */
	readonly chatModel = new FakeChatModel();

	store: ShoplineStore;

	/** The app (OAuth) tokens and codes; a reset starts them over. */
	appTokens: AppTokens;

	private readonly inFlight = { tmapi: 0, shopline: 0 };

	private server?: Server;

	private random: () => number;

	private bucket = { level: 0, at: Date.now() };

	private readonly sockets = new Set<Socket>();

	constructor(overrides: EmulatorOverrides = {}) {
		this.options = deepMerge(DEFAULT_OPTIONS, overrides);
		this.random = seededRandom(this.options.seed);
		this.store = new ShoplineStore(this.options.storeSize);
		this.appTokens = new AppTokens(this.options.app.authorizationCode);
	}

	/** Changes knobs between runs; a new storeSize rebuilds the store. */
	configure(overrides: EmulatorOverrides): void {
		const before = this.options.storeSize;
		this.options = deepMerge(this.options, overrides);
		if (overrides.seed !== undefined) this.random = seededRandom(this.options.seed);
		if (this.options.storeSize !== before) this.store = new ShoplineStore(this.options.storeSize);
	}

	/** Rebuilds the SHOPLINE store as it was at start (undoes creates, updates and deletes), the app not yet installed. */
	resetStore(): void {
		this.store = new ShoplineStore(this.options.storeSize);
		this.appTokens = new AppTokens(this.options.app.authorizationCode);
	}

	/** Clears the log, the record of token calls, the peaks and the bucket (the catalog and the app's tokens stay). */
	reset(): void {
		this.log.length = 0;
		this.chatModel.reset();
		this.peakInFlight.tmapi = 0;
		this.peakInFlight.shopline = 0;
		this.bucket = { level: 0, at: Date.now() };
		this.random = seededRandom(this.options.seed);
		this.appTokens.events.length = 0;
	}

	get url(): string {
		const address = this.server?.address() as AddressInfo | null;
		if (!address) throw new Error('The emulator is not running');
		return `http://127.0.0.1:${address.port}`;
	}

	async start(port = 0, host = '127.0.0.1'): Promise<string> {
		this.server = createServer((request, response) => void this.handle(request, response));
		this.server.on('connection', (socket) => {
			this.sockets.add(socket);
			socket.on('close', () => this.sockets.delete(socket));
		});
		await new Promise<void>((resolve) => this.server!.listen(port, host, resolve));
		return this.url;
	}

	async stop(): Promise<void> {
		for (const socket of this.sockets) socket.destroy();
		await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
		this.server = undefined;
	}

	// ----- plumbing --------------------------------------------------------------------

	/** Summary of the log, for tools that run the emulator in another process. */
	stats() {
		const count = (api: LogEntry['api']) => this.log.filter((entry) => entry.api === api);
		return {
			requests: { tmapi: count('tmapi').length, shopline: count('shopline').length },
			rateLimited: this.log.filter((entry) => entry.status === 429).length,
			faults: this.log.filter((entry) => entry.fault).length,
			bytes: this.log.reduce((sum, entry) => sum + entry.bytes, 0),
			peakInFlight: { ...this.peakInFlight },
		};
	}

	/**
	 * /__emulator/configure (POST, JSON knobs), /__emulator/reset (POST; {"store": true} also
	 * rebuilds the store), /__emulator/stats
	 * (GET), /__emulator/log (GET), /__emulator/openai (GET, the fake chat model's requests)
	 * /__emulator/deliver (POST, see `deliver`), /__emulator/oauth (GET, the app token calls) and
	 * /__emulator/oauth/expire (POST, every app token expires now): control from
	 * another process (demo, benchmark, e2e).
	 */
	private async admin(request: IncomingMessage, response: ServerResponse, path: string): Promise<void> {
		const text = await readText(request);
		let answer: unknown = { ok: true };
		if (path === '/__emulator/configure' && request.method === 'POST') this.configure(JSON.parse(text || '{}'));
		else if (path === '/__emulator/reset' && request.method === 'POST') {
			this.reset();
			if (JSON.parse(text || '{}').store === true) this.resetStore();
		} else if (path === '/__emulator/stats') answer = this.stats();
		else if (path === '/__emulator/log') answer = this.log;
		else if (path === '/__emulator/openai') answer = this.chatModel.exchanges;
		else if (path === '/__emulator/deliver' && request.method === 'POST') answer = await this.deliver(JSON.parse(text || '{}'));
		else if (path === '/__emulator/oauth') answer = this.appTokens.events;
		else if (path === '/__emulator/oauth/expire' && request.method === 'POST') this.appTokens.expireAll();
		else answer = { error: 'unknown admin path' };
		response.writeHead(200, { 'Content-Type': 'application/json' });
		response.end(JSON.stringify(answer));
	}

	/**
	 * Sends a webhook delivery of `topic` to every subscription of it, signed with the
	 * `appSecret` option ('valid-hex', 'valid-base64') or wrongly ('wrong-secret', 'tampered'
	 * body, 'missing' header); the same `webhookId` again is a redelivery. Answers with the
	 * status each address gave.
	 */
	async deliver(request: DeliveryRequest): Promise<DeliveryResult> {
		return await deliver(this.store, this.options, request);
	}

	private async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
		const startedAt = Date.now();
		const url = new URL(request.url ?? '/', 'http://emulator');
		if (url.pathname.startsWith('/__emulator/')) return await this.admin(request, response, url.pathname);
		if (url.pathname.startsWith('/openai/')) return await this.openai(request, response, url.pathname.slice('/openai'.length));
		const api: LogEntry['api'] = url.pathname.startsWith('/admin/') ? 'shopline' : 'tmapi';
		this.inFlight[api] += 1;
		this.peakInFlight[api] = Math.max(this.peakInFlight[api], this.inFlight[api]);
		let done = false;
		const finish = () => {
			if (!done) {
				done = true;
				this.inFlight[api] -= 1;
			}
		};
		response.on('close', finish);

		const raw = await new Promise<string>((resolve) => {
			let text = '';
			request.setEncoding('utf8');
			request.on('data', (chunk) => (text += chunk));
			request.on('end', () => resolve(text));
		});
		let body: unknown;
		try {
			body = raw ? JSON.parse(raw) : undefined;
		} catch {
			body = raw;
		}
		const query = Object.fromEntries(url.searchParams.entries());
		const entry: LogEntry = { api, method: request.method ?? 'GET', path: url.pathname, query, body, status: 0, ok: false, bytes: 0, startedAt, endedAt: 0 };
		// In the log from its start: a request that arrived before a reset is not counted after it.
		this.log.push(entry);

		const context: ApiContext = {
			options: this.options,
			store: this.store,
			inFlight: this.inFlight,
			random: () => this.random(),
			takeFromBucket: () => this.takeFromBucket(),
			request,
			raw,
			appTokens: this.appTokens,
		};
		const reply = api === 'tmapi' ? tmapiReply(context, entry) : shoplineReply(context, entry);
		const latency = api === 'tmapi' ? this.options.tmapi.latencyMs : this.options.shopline.latencyMs;
		if (latency > 0) await delay(latency);

		entry.pageKey = reply.pageKey;
		entry.code = reply.code;
		if (reply.drop) {
			entry.fault = reply.drop;
			if (reply.drop === 'timeout') await delay(this.options.hangMs);
			entry.endedAt = Date.now();
			request.socket.destroy();
			finish();
			return;
		}
		entry.status = reply.status;
		if (response.destroyed || request.socket.destroyed) {
			// The client gave up (its timeout, a cancelled run) before the answer: nothing came through.
			entry.fault ??= 'client-gone';
			entry.endedAt = Date.now();
			finish();
			return;
		}
		entry.ok = reply.status >= 200 && reply.status < 300 && (api === 'shopline' || reply.code === 200);
		const text = reply.body === undefined ? '' : typeof reply.body === 'string' ? reply.body : JSON.stringify(reply.body);
		response.writeHead(reply.status, {
			...(text && typeof reply.body !== 'string' ? { 'Content-Type': 'application/json; charset=utf-8' } : {}),
			...(api === 'shopline' ? { traceId: `emu-${startedAt.toString(36)}-${this.log.length}` } : {}),
			...(reply.headers ?? {}),
		});
		response.end(text);
		entry.bytes = Buffer.byteLength(text);
		entry.endedAt = Date.now();
	}

	/** A request to the fake chat model: JSON in, JSON out, outside the API log. */
	private async openai(request: IncomingMessage, response: ServerResponse, path: string): Promise<void> {
		const apiRequestsBefore = this.log.length;
		const text = await readText(request);
		let body: unknown;
		try {
			body = text ? JSON.parse(text) : undefined;
		} catch {
			body = text;
		}
		const reply = this.chatModel.answer(request.method ?? 'GET', path, request.headers.authorization, body, apiRequestsBefore);
		response.writeHead(reply.status, { 'Content-Type': 'application/json' });
		response.end(JSON.stringify(reply.body));
	}

	private takeFromBucket(): boolean {
		const bucket = this.options.shopline.bucket;
		if (!bucket) return true;
		const now = Date.now();
		this.bucket.level = Math.max(0, this.bucket.level - ((now - this.bucket.at) / 1000) * bucket.ratePerSecond);
		this.bucket.at = now;
		if (this.bucket.level + 1 > bucket.capacity) return false;
		this.bucket.level += 1;
		return true;
	}
}

/** The credential data that points the nodes at an emulator. */
export function emulatorCredentials(emulator: Emulator) {
	return {
		tmapi1688Api: { apiToken: emulator.options.tmapiToken, host: 'custom', customBaseUrl: emulator.url },
		shoplineApi: { storeHandle: 'emulator', accessToken: emulator.options.shoplineToken, appSecret: emulator.options.appSecret, apiVersion: 'v20260301', customApiVersion: '', baseUrl: emulator.url },
		shoplineAppApi: {
			storeHandle: 'emulator',
			appKey: emulator.options.app.appKey,
			appSecret: emulator.options.appSecret,
			scopes: emulator.options.app.scope,
			authorizationCode: emulator.options.app.authorizationCode,
			apiVersion: 'v20260301',
			customApiVersion: '',
			baseUrl: emulator.url,
			accessToken: '',
			expiresAt: '',
		},
	};
}
