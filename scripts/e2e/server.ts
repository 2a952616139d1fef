/* eslint-disable @n8n/community-nodes/no-dangerous-functions, @n8n/community-nodes/no-restricted-globals, @n8n/community-nodes/no-restricted-imports -- a development script run by Node.js: never part of a published package */
/**
 * `n8n start` for the end-to-end test and the dev server: starts it, waits until its REST API
 * answers, signs the owner in (creating it once) and stops it. When n8n does not come up, the
 * error carries the last lines of its log.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, openSync, readFileSync } from 'node:fs';

import { lastLines } from '../lib/processes';
import type { Instance } from './n8n';

export interface Server {
	process: ChildProcess;
	url: string;
	cookie: string;
	stop(): Promise<void>;
}

export const OWNER = { email: 'owner@example.com', firstName: 'Local', lastName: 'Owner', password: 'Local-Owner-Passw0rd!' };

const logTail = (logFile: string) => (existsSync(logFile) ? `; the last lines of ${logFile}:\n${lastLines(readFileSync(logFile, 'utf8'))}` : '');

async function signIn(url: string): Promise<string> {
	const settings = await fetch(`${url}/rest/settings`);
	if (!settings.ok) return '';
	const setup = await fetch(`${url}/rest/owner/setup`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(OWNER) });
	const login = setup.ok
		? setup
		: await fetch(`${url}/rest/login`, {
				method: 'POST',
				headers: { 'Content-Type': 'application/json' },
				body: JSON.stringify({ emailOrLdapLoginId: OWNER.email, email: OWNER.email, password: OWNER.password }),
			});
	return (login.headers.get('set-cookie') ?? '').split(';')[0];
}

export async function startServer(instance: Instance, logFile: string): Promise<Server> {
	const out = openSync(logFile, 'a');
	const child = spawn(instance.install.bin, ['start'], { env: instance.env, cwd: instance.userFolder, stdio: ['ignore', out, out] });
	const url = `http://localhost:${instance.port}`;
	const stop = async () => {
		if (child.exitCode !== null || child.signalCode !== null) return;
		child.kill('SIGTERM');
		await new Promise((resolveExit) => {
			const timer = setTimeout(() => {
				child.kill('SIGKILL');
				resolveExit(undefined);
			}, 15_000);
			child.on('exit', () => {
				clearTimeout(timer);
				resolveExit(undefined);
			});
		});
	};
	const deadline = Date.now() + 180_000;
	let cookie = '';
	while (Date.now() < deadline && !cookie) {
		if (child.exitCode !== null) throw new Error(`n8n start exited with code ${child.exitCode}${logTail(logFile)}`);
		cookie = await signIn(url).catch(() => '');
		if (!cookie) await new Promise((resolveWait) => setTimeout(resolveWait, 1000));
	}
	if (!cookie) {
		await stop();
		throw new Error(`n8n did not come up on ${url} within 3 minutes${logTail(logFile)}`);
	}
	return { process: child, url, cookie, stop };
}

export async function rest<T = unknown>(server: Server, method: string, path: string, body?: unknown): Promise<T> {
	const response = await fetch(`${server.url}/rest${path}`, {
		method,
		headers: { 'Content-Type': 'application/json', Cookie: server.cookie },
		body: body === undefined ? undefined : JSON.stringify(body),
	});
	const text = await response.text();
	if (!response.ok) throw new Error(`${method} ${path}: HTTP ${response.status} ${text.slice(0, 300)}`);
	return (JSON.parse(text) as { data: T }).data;
}
