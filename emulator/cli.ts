/* eslint-disable @n8n/community-nodes/no-restricted-globals, no-console -- the local API emulator, a Node.js server for tests and demos: never part of a published package */
/**
 * `npm run emulator`: starts the TMAPI + SHOPLINE emulator on localhost.
 *
 *   npm run emulator -- --latency 100 --fault-rate 0.1     options go after "--"
 *   EMULATOR_LATENCY=100 npm run emulator                  or in the environment
 *
 * --port (EMULATOR_PORT, 8787), --latency (EMULATOR_LATENCY, ms for both APIs, 0),
 * --fault-rate (EMULATOR_FAULT_RATE, 0 to 1, 0), --store-size (EMULATOR_STORE_SIZE, 5000).
 */
import { OPENAI_API_KEY, OPENAI_MODEL } from './openai';
import { Emulator } from './server';

const DEFAULTS = { port: 8787, latency: 0, 'fault-rate': 0, 'store-size': 5000 };
type Name = keyof typeof DEFAULTS;
const NAMES = Object.keys(DEFAULTS) as Name[];
const envName = (name: Name) => `EMULATOR_${name.toUpperCase().replace('-', '_')}`;
const USAGE = 'Usage: npm run emulator -- --latency 100 --fault-rate 0.1 --store-size 5000 --port 8787 (or EMULATOR_LATENCY=100 … npm run emulator)';

function number(name: Name, text: string | undefined): number {
	const value = Number(text);
	if (text === undefined || text === '' || !Number.isFinite(value) || value < 0) throw new Error(`--${name} needs a number, got ${JSON.stringify(text ?? '')}. ${USAGE}`);
	return value;
}

/** Reads the options from the command line and the environment; refuses what it does not understand. */
export function parseOptions(argv: string[], env: NodeJS.ProcessEnv): Record<Name, number> {
	// `npm run emulator --latency 100` (without "--") makes npm keep --latency for itself: the
	// script then gets a bare "100" and npm_config_latency=true. Say so instead of ignoring it.
	const taken = NAMES.filter((name) => env[`npm_config_${name.replace('-', '_')}`] !== undefined);
	if (taken.length > 0 || (argv.length > 0 && !argv[0].startsWith('--'))) {
		const flag = taken[0] ? `--${taken[0]}` : 'the options';
		throw new Error(`npm kept ${flag} for itself: put the options after "--". ${USAGE}`);
	}
	const options = { ...DEFAULTS };
	for (const name of NAMES) if (env[envName(name)] !== undefined) options[name] = number(name, env[envName(name)]);
	for (let index = 0; index < argv.length; index += 2) {
		const name = argv[index].replace(/^--/, '') as Name;
		if (!argv[index].startsWith('--') || !NAMES.includes(name)) throw new Error(`Unknown option ${JSON.stringify(argv[index])}. ${USAGE}`);
		options[name] = number(name, argv[index + 1]);
	}
	return options;
}

async function main() {
	const options = parseOptions(process.argv.slice(2), process.env);
	const latencyMs = options.latency;
	const rate = options['fault-rate'];
	const emulator = new Emulator({
		storeSize: options['store-size'],
		tmapi: { latencyMs, faults: { rate, kinds: ['417', '499', '500', '503'] } },
		shopline: { latencyMs, faults: { rate, kinds: ['429', '500', '503', '504'] } },
	});
	const url = await emulator.start(options.port);
	console.log(`Emulator listening on ${url} (latency ${latencyMs} ms, fault rate ${rate}, store of ${options['store-size']} products)`);
	console.log(`  TMAPI API credential:    API Host "Custom Base URL", Base URL ${url}, API Token ${emulator.options.tmapiToken}`);
	console.log(`  SHOPLINE API credential: Store Handle any, Base URL Override ${url}, Access Token ${emulator.options.shoplineToken}`);
	console.log(`  OpenAI credential (a fake chat model for AI Agent tests): Base URL ${url}/openai/v1, API Key ${OPENAI_API_KEY}; model ${OPENAI_MODEL}, Use Responses API off`);
	console.log('Press Ctrl+C to stop.');
	const stop = async () => {
		await emulator.stop();
		process.exit(0);
	};
	process.on('SIGINT', stop);
	process.on('SIGTERM', stop);
}

if (require.main === module) {
	main().catch((error: Error) => {
		console.error(error.message);
		process.exit(2);
	});
}
