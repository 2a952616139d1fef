/* eslint-disable @n8n/community-nodes/no-dangerous-functions, @n8n/community-nodes/no-restricted-globals, @n8n/community-nodes/no-restricted-imports, @n8n/community-nodes/require-node-api-error -- a development script run by Node.js: never part of a published package */
/**
 * Redis and PostgreSQL for the queue-mode end-to-end test: Debian's packages, installed with
 * apt-get when missing, each started on loopback on its own port with its data in a temporary
 * folder, and stopped again (also when the test fails or is interrupted).
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { accessSync, chownSync, constants, existsSync, readdirSync } from 'node:fs';
import { delimiter, join } from 'node:path';

import { run, temporaryFolder } from '../lib/processes';

const isRoot = () => process.getuid?.() === 0;

function onPath(program: string): boolean {
	return (process.env.PATH ?? '').split(delimiter).some((dir) => {
		try {
			accessSync(join(dir, program), constants.X_OK);
			return true;
		} catch {
			return false;
		}
	});
}

/** The newest PostgreSQL's bin folder of Debian's packages (/usr/lib/postgresql/<version>/bin). */
function postgresBin(): string | undefined {
	const root = '/usr/lib/postgresql';
	if (!existsSync(root)) return undefined;
	const versions = readdirSync(root)
		.filter((version) => existsSync(join(root, version, 'bin', 'initdb')) && existsSync(join(root, version, 'bin', 'pg_ctl')))
		.sort((a, b) => Number(b) - Number(a));
	return versions[0] ? join(root, versions[0], 'bin') : undefined;
}

/** apt-get install of what is missing (as root, or through sudo); apt-get update only when the install fails. */
export async function ensureServicePackages(log: (text: string) => void): Promise<void> {
	const missing = [...(onPath('redis-server') ? [] : ['redis-server']), ...(postgresBin() ? [] : ['postgresql'])];
	if (missing.length === 0) return;
	log(`Installing ${missing.join(' and ')} with apt-get...`);
	const [command, prefix] = isRoot() ? ['apt-get', []] : ['sudo', ['apt-get']];
	const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
	const install = async () => await run(command, [...prefix, 'install', '-y', '-qq', ...missing], { env, name: `apt-get install ${missing.join(' ')}` });
	await install().catch(async () => {
		await run(command, [...prefix, 'update', '-qq'], { env, name: 'apt-get update' });
		await install();
	});
	if (!onPath('redis-server') || !postgresBin()) throw new Error(`apt-get installed ${missing.join(' and ')}, but redis-server or PostgreSQL's initdb is still missing`);
}

export interface Service {
	name: string;
	port: number;
	stop(): Promise<void>;
	/** For process exit: stops without waiting on promises. */
	stopNow(): void;
}

/** redis-server on 127.0.0.1:port, nothing saved to disk, in the foreground as a child process. */
export async function startRedis(port: number): Promise<Service> {
	const dir = temporaryFolder('n8n-queue-redis-');
	const child: ChildProcess = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--daemonize', 'no', '--dir', dir], {
		stdio: ['ignore', 'pipe', 'pipe'],
	});
	let output = '';
	await new Promise<void>((resolve, reject) => {
		const timer = setTimeout(() => reject(new Error(`redis-server did not get ready on port ${port} within 20 s:\n${output.slice(-1500)}`)), 20_000);
		const read = (chunk: Buffer) => {
			output += chunk;
			if (/Ready to accept connections/.test(output)) {
				clearTimeout(timer);
				resolve();
			}
		};
		child.stdout!.on('data', read);
		child.stderr!.on('data', read);
		child.on('exit', (code) => {
			clearTimeout(timer);
			reject(new Error(`redis-server exited with ${code}:\n${output.slice(-1500)}`));
		});
	});
	child.removeAllListeners('exit');
	const stopNow = () => {
		if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
	};
	const stop = async () => {
		if (child.exitCode !== null || child.signalCode !== null) return;
		const exited = new Promise((resolve) => child.once('exit', resolve));
		child.kill('SIGTERM');
		await exited;
	};
	return { name: 'Redis', port, stop, stopNow };
}

/**
 * PostgreSQL on 127.0.0.1:port with a new cluster in a temporary folder (trust authentication,
 * no fsync) and a database `database`. PostgreSQL refuses to run as root: as root the cluster
 * belongs to the `postgres` user of Debian's package and its commands run through runuser.
 */
export async function startPostgres(port: number, database: string): Promise<Service> {
	const bin = postgresBin();
	if (!bin) throw new Error('PostgreSQL is not installed (no /usr/lib/postgresql/<version>/bin/initdb)');
	const dir = temporaryFolder('n8n-queue-postgres-');
	const data = join(dir, 'data');
	const asUser: string[] = [];
	if (isRoot()) {
		const uid = Number((await run('id', ['-u', 'postgres'], { name: 'id -u postgres' })).stdout.trim());
		const gid = Number((await run('id', ['-g', 'postgres'], { name: 'id -g postgres' })).stdout.trim());
		chownSync(dir, uid, gid);
		asUser.push('runuser', '-u', 'postgres', '--');
	}
	const command = (program: string, args: string[]): [string, string[]] => (asUser.length ? [asUser[0], [...asUser.slice(1), join(bin, program), ...args]] : [join(bin, program), args]);
	const pg = async (program: string, args: string[]) => {
		const [file, all] = command(program, args);
		return await run(file, all, { cwd: dir, name: `${program} ${args.join(' ')}` });
	};
	await pg('initdb', ['-D', data, '-U', 'postgres', '--auth=trust', '--no-sync', '-E', 'UTF8', '--locale=C']);
	const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=100`;
	await pg('pg_ctl', ['-D', data, '-l', join(dir, 'postgres.log'), '-o', options, '-w', '-t', '60', 'start']);
	let stopped = false;
	const stopArgs = ['-D', data, '-m', 'fast', '-w', 'stop'];
	const stopNow = () => {
		if (stopped) return;
		stopped = true;
		const [file, all] = command('pg_ctl', stopArgs);
		spawnSync(file, all, { cwd: dir, stdio: 'ignore' });
	};
	process.prependListener('exit', stopNow);
	try {
		await pg('createdb', ['-h', '127.0.0.1', '-p', String(port), '-U', 'postgres', database]);
	} catch (error) {
		stopNow();
		throw error;
	}
	const stop = async () => {
		if (stopped) return;
		stopped = true;
		await pg('pg_ctl', stopArgs).catch(() => undefined);
	};
	return { name: 'PostgreSQL', port, stop, stopNow };
}
