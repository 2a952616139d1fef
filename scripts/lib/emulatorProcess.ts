/* eslint-disable @n8n/community-nodes/no-dangerous-functions, @n8n/community-nodes/no-restricted-globals, @n8n/community-nodes/no-restricted-imports -- a development script run by Node.js: never part of a published package */
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';

import type { EmulatorOverrides, LogEntry, ModelExchange, TokenEvent } from '../../emulator';

/**
 * The emulator in a child process, so that its own CPU and memory do not count against
 * the node's, controlled through its /__emulator/ admin endpoints.
 */
export class EmulatorProcess {
	private constructor(
		private readonly child: ChildProcess,
		readonly url: string,
	) {}

	static async start(args: string[] = []): Promise<EmulatorProcess> {
		const root = join(__dirname, '..', '..');
		const port = args.includes('--port') ? [] : ['--port', '0'];
		// Without npm's exported configuration: the emulator refuses npm_config_latency and the like.
		const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^npm_config_/i.test(key)));
		const child = spawn(process.execPath, ['-r', 'ts-node/register', join(root, 'emulator/cli.ts'), ...port, ...args], {
			cwd: root,
			env,
			stdio: ['ignore', 'pipe', 'inherit'],
		});
		const stopChild = () => child.kill('SIGTERM');
		process.on('exit', stopChild);
		child.on('exit', () => process.off('exit', stopChild));
		const url = await new Promise<string>((resolve, reject) => {
			let output = '';
			child.stdout!.on('data', (chunk) => {
				output += chunk;
				const match = /listening on (http:\/\/\S+)/.exec(output);
				if (match) resolve(match[1]);
			});
			child.on('exit', (code) => reject(new Error(`The emulator exited with ${code}`)));
		});
		return new EmulatorProcess(child, url);
	}

	private async admin(path: string, body?: unknown): Promise<unknown> {
		const response = await fetch(`${this.url}/__emulator/${path}`, {
			method: body === undefined ? 'GET' : 'POST',
			headers: { 'Content-Type': 'application/json' },
			body: body === undefined ? undefined : JSON.stringify(body),
		});
		return await response.json();
	}

	async configure(overrides: EmulatorOverrides): Promise<void> {
		await this.admin('configure', overrides);
	}

	/** Clears the log and the bucket; with `store`, also undoes changes to the SHOPLINE store. */
	async reset(store = false): Promise<void> {
		await this.admin('reset', { store });
	}

	/** Every request since the last reset, in order. */
	async log(): Promise<LogEntry[]> {
		return (await this.admin('log')) as LogEntry[];
	}

	/** The SHOPLINE app's token calls (create, refresh) since the last reset, with the token each issued. */
	async oauthEvents(): Promise<TokenEvent[]> {
		return (await this.admin('oauth')) as TokenEvent[];
	}

	/** Every app token stops working now, as ten hours passing would. */
	async expireAppTokens(): Promise<void> {
		await this.admin('oauth/expire', {});
	}

	/** Every request the fake chat model (under /openai/) received since the last reset, with its answer. */
	async chatModel(): Promise<ModelExchange[]> {
		return (await this.admin('openai')) as ModelExchange[];
	}

	async stats(): Promise<{ requests: { tmapi: number; shopline: number }; rateLimited: number; faults: number; bytes: number; peakInFlight: { tmapi: number; shopline: number } }> {
		return (await this.admin('stats')) as never;
	}

	/**
	 * A request to the emulated SHOPLINE Admin API (`path` under the version), as a check reads
	 * the store: with the token, and a 429 waited out like any client must (the run just before
	 * may have left the store's bucket full). Fails on any other non-2xx answer.
	 */
	async shopline<T = Record<string, unknown>>(path: string, init: { method?: string; body?: unknown } = {}): Promise<{ body: T; link: string }> {
		const url = path.startsWith('http') ? path : `${this.url}/admin/openapi/v20260301/${path}`;
		for (let attempt = 1; ; attempt++) {
			const response = await fetch(url, {
				method: init.method ?? 'GET',
				headers: { Authorization: 'Bearer emulator-shopline-token', ...(init.body === undefined ? {} : { 'Content-Type': 'application/json' }) },
				body: init.body === undefined ? undefined : JSON.stringify(init.body),
			});
			const text = await response.text();
			if (response.status === 429 && attempt < 60) {
				await new Promise((resolve) => setTimeout(resolve, 500));
				continue;
			}
			if (!response.ok) throw new Error(`SHOPLINE ${init.method ?? 'GET'} ${path}: HTTP ${response.status} ${text.slice(0, 200)}`);
			return { body: (text ? JSON.parse(text) : {}) as T, link: response.headers.get('link') ?? '' };
		}
	}

	stop(): void {
		this.child.kill('SIGTERM');
	}
}
