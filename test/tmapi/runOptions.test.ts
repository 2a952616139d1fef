import { Emulator, emulatorCredentials } from '../../emulator';
import { categoryProducts, sortProducts } from '../../emulator/tmapiCatalog';
import { watchClient } from '../helpers/clientProbe';
import { runTmapi } from '../helpers/run';
import { jsonOf } from '../helpers/workflows';

/**
 * Concurrency Mode Auto against an account that allows 8 TMAPI requests at once. Answers take
 * 100 ms, as in the benchmark. Lists are read one product per page: Auto works per request, so
 * 100 pages of 1 show what 100 pages of 20 do, at a twentieth of the work per page.
 *
 * What is asserted is what the node decides (its limit, the places it hands out, the starts its
 * spacer reserves) and what the server logs in the order the node causes it; how those decisions
 * play out in wall-clock time (requests at the server at once, gaps between starts) depends on
 * how busy the machine is and is measured by `npm run bench`.
 */

const emulator = new Emulator({ categorySize: 100 });
beforeAll(async () => void (await emulator.start()));
afterAll(async () => await emulator.stop());
beforeEach(() => {
	emulator.reset();
	emulator.configure({ categorySize: 100, tmapi: { latencyMs: 100, concurrencyLimit: 8, maxPageSize: 20, faults: { rate: 0, kinds: [] } } });
});
afterEach(() => jest.restoreAllMocks());

const credentials = () => emulatorCredentials(emulator);
const category = (options: Record<string, unknown>) => ({ resource: 'category', operation: 'getItems', categoryId: '1031922', returnAll: true, options });
const refusals = () => emulator.log.filter((entry) => entry.fault === 'concurrency');

it('finds the account limit: Return All over 100 pages in order, the limit climbs to 8, few refusals', async () => {
	const client = watchClient();
	const result = await runTmapi(category({ concurrencyMode: 'auto', retryDelayMs: 50, pageSize: 1 }), { credentials: credentials() });
	expect(result.error).toBeUndefined();
	const expected = sortProducts(categoryProducts(1031922, 100), 'default').map((product) => String(product.itemId));
	expect(jsonOf(result).map((item) => String(item.item_id))).toEqual(expected);

	const pages = emulator.log.filter((entry) => entry.ok).map((entry) => Number(entry.query.page));
	expect(pages).toHaveLength(100);
	expect(new Set(pages).size).toBe(100);
	// From 3, one more per clean answer up to 8: below 8 the server refuses nothing.
	expect(client.highestLimit).toBeGreaterThanOrEqual(8);
	expect(client.limiters[0].peak).toBeGreaterThanOrEqual(8);
	// The server refuses only when the node has more than 8 out, which only a trial of one
	// more (or a limit a trial raised) does, each after a run of clean answers.
	expect(refusals().length / emulator.log.length).toBeLessThanOrEqual(0.05);
});

it('over a long list tries above the account limit less and less often: 400 pages, few refusals', async () => {
	emulator.configure({ categorySize: 400 });
	const client = watchClient();
	const result = await runTmapi(category({ concurrencyMode: 'auto', retryDelayMs: 50, maxPages: 400, pageSize: 1 }), { credentials: credentials() });
	expect(result.error).toBeUndefined();
	expect(result.items).toHaveLength(400);
	expect(client.highestLimit).toBeGreaterThanOrEqual(8);
	// Refusals may come in bursts (a level refused, and what was sent before that came back);
	// count the clean answers between bursts. The first burst finds the limit; the next try
	// above it waits 100 clean answers, the one after 200.
	const cleanBefore: number[] = [];
	let clean = 0;
	let sinceRefusal = Infinity;
	for (const entry of emulator.log) {
		if (entry.fault === 'concurrency') {
			if (sinceRefusal > 16) cleanBefore.push(clean);
			clean = 0;
			sinceRefusal = 0;
		} else {
			clean += 1;
			sinceRefusal += 1;
		}
	}
	// The first count is the climb before the first burst; the others are the waits between
	// bursts: each the climb back from half (a few answers) and the wait at the ceiling, at
	// least 100 then 200 clean answers. On a loaded machine there may be fewer bursts or none:
	// a trial that went out while the server may have had fewer than the limit in flight (sent
	// long enough ago to be answered, the answer not yet read) proves nothing and goes again.
	// One that the server took although it was full by the node's count (answers read late)
	// raises the limit to 9: the next probe then comes after 50 clean answers, as a limit that
	// held is looked at again soon.
	const heldAbove = client.highestLimit > 8;
	expect(cleanBefore.length).toBeLessThanOrEqual(3);
	cleanBefore.slice(1).forEach((wait, index) => expect(wait).toBeGreaterThanOrEqual(heldAbove ? 50 : 100 * 2 ** index));
	expect(refusals().length / emulator.log.length).toBeLessThanOrEqual(0.02);
});

it('never goes above Max Concurrent Requests (Auto), and ignores Max Concurrent Requests in Auto', async () => {
	emulator.configure({ categorySize: 200, tmapi: { concurrencyLimit: 0, latencyMs: 10 } });
	const client = watchClient();
	const result = await runTmapi(category({ concurrencyMode: 'auto', autoConcurrencyMax: 4, concurrency: 1 }), { credentials: credentials() });
	expect(result.error).toBeUndefined();
	expect(result.items).toHaveLength(200);
	// It starts with 3; page 1's clean answer makes it 4, the cap, and there it stays.
	expect(client.highestLimit).toBe(4);
	expect(client.limiters[0].peak).toBe(4);
	expect(emulator.peakInFlight.tmapi).toBeLessThanOrEqual(4);
	// Pages 2–5 take the four places; page 6 waits for one of them to be answered.
	const entry = (page: string) => emulator.log.find((logged) => logged.query.page === page)!;
	const firstAnswer = Math.min(...['2', '3', '4', '5'].map(entry).map((logged) => logged.endedAt));
	expect(entry('6').startedAt).toBeGreaterThanOrEqual(firstAnswer);
});

it('spreads request starts over the round trip rather than sending them in bursts', async () => {
	emulator.configure({ categorySize: 400, tmapi: { concurrencyLimit: 0 } });
	const client = watchClient();
	const result = await runTmapi(category({ concurrency: 4 }), { credentials: credentials() });
	expect(result.items).toHaveLength(400);
	// Every request asked the spacer for its start, and went only once that start was due.
	expect(client.reservations).toHaveLength(emulator.log.length);
	client.spacedBeforeSend.forEach((spaced, n) => expect(spaced).toBeGreaterThanOrEqual(n + 1));
	// Page 1 goes alone and gives the round trip; then 4 in flight start half of it over 4
	// apart (12.5 ms at 100 ms), instead of 4 at once.
	const [first, ...spread] = client.reservations;
	expect(first).toMatchObject({ waitMs: 0, roundTripMs: undefined });
	expect(spread).toHaveLength(19);
	spread.forEach(({ limit, roundTripMs }) => {
		expect(limit).toBe(4);
		expect(roundTripMs).toBeGreaterThanOrEqual(100);
	});
	spread.slice(1).forEach((start, n) => expect(start.dueAt - spread[n].dueAt).toBeGreaterThanOrEqual((0.5 * spread[n].roundTripMs!) / 4 - 1e-6));
	// Spread, yet the four places are all used.
	expect(client.limiters[0].peak).toBe(4);
	expect(emulator.peakInFlight.tmapi).toBeLessThanOrEqual(4);
});

it('keeps a saved Max Concurrent Requests when Concurrency Mode is not set (Fixed)', async () => {
	emulator.configure({ categorySize: 200, tmapi: { concurrencyLimit: 0, latencyMs: 10 } });
	const client = watchClient();
	const result = await runTmapi(category({ concurrency: 5 }), { credentials: credentials() });
	expect(result.items).toHaveLength(200);
	expect(client.highestLimit).toBe(5);
	expect(client.limiters[0].peak).toBe(5);
	expect(emulator.peakInFlight.tmapi).toBeLessThanOrEqual(5);
});

it.each([
	[{ concurrencyMode: 'fast' }, 'Concurrency Mode: "fast" is not valid — use one of "auto", "fixed"'],
	[{ concurrencyMode: 'auto', autoConcurrencyMax: 1 }, 'Max Concurrent Requests (Auto): 1 is not valid — use a whole number from 2 to 50'],
	[{ concurrencyMode: 'auto', autoConcurrencyMax: 51 }, 'Max Concurrent Requests (Auto): 51 is not valid'],
	[{ autoConcurrencyMax: 'many' }, 'Max Concurrent Requests (Auto): "many" is not valid'],
])('refuses bad run options %j before any request', async (options, message) => {
	const result = await runTmapi(category(options), { credentials: credentials() });
	expect(result.error?.name).toBe('NodeOperationError');
	expect(result.error?.message).toContain(message);
	expect(emulator.log).toHaveLength(0);
});
