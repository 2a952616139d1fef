/**
 * `npm run emulator`: starts the TMAPI + SHOPLINE emulator on localhost.
 * Options: --port 8787, --latency 100 (ms, both APIs), --fault-rate 0.1, --store-size 5000.
 */
import { Emulator } from './index';

function arg(name: string, fallback: number): number {
	const index = process.argv.indexOf(`--${name}`);
	return index >= 0 ? Number(process.argv[index + 1]) : fallback;
}

async function main() {
	const latencyMs = arg('latency', 0);
	const rate = arg('fault-rate', 0);
	const emulator = new Emulator({
		storeSize: arg('store-size', 5000),
		tmapi: { latencyMs, faults: { rate, kinds: ['417', '499', '500', '503'] } },
		shopline: { latencyMs, faults: { rate, kinds: ['429', '500', '503', '504'] } },
	});
	const url = await emulator.start(arg('port', 8787));
	console.log(`Emulator listening on ${url}`);
	console.log(`  TMAPI API credential:    API Host "Custom Base URL", Base URL ${url}, API Token ${emulator.options.tmapiToken}`);
	console.log(`  SHOPLINE API credential: Store Handle any, Base URL Override ${url}, Access Token ${emulator.options.shoplineToken}`);
	console.log('Press Ctrl+C to stop.');
	const stop = async () => {
		await emulator.stop();
		process.exit(0);
	};
	process.on('SIGINT', stop);
	process.on('SIGTERM', stop);
}

void main();
