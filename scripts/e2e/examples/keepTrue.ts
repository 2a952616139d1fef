/* eslint-disable no-console -- a development script run by Node.js: never part of a published package */
import type { LogEntry } from '../../../emulator';
import { check, json } from '../checks';
import { executeWorkflow } from '../n8n';
import type { ExampleCheck } from './seed';

/**
 * Example 6 (keep the catalog true) after example 1 has put the shop's 5 offers in the store:
 * run 1 brings their products to its rules (active), run 2 writes nothing, and after one offer
 * is delisted at 1688 run 3 drafts exactly that product and says why.
 */

const WORKFLOW = 'exampleKeepTrue06';
const NODE = 'Keep True in SHOPLINE';

const writeOf = (entry: LogEntry) => `${entry.method} ${entry.path.replace(/^\/admin\/openapi\/[^/]+\//, '').replace(/\d{6,}/g, '{id}')}`;
const isWrite = (entry: LogEntry) => entry.api === 'shopline' && entry.method !== 'GET';
/** The SHOPLINE writes the store applied (a write refused with 429 and sent again is one write). */
const writesOf = (log: LogEntry[]) => log.filter((entry) => isWrite(entry) && entry.ok).map(writeOf);
/** Every write sent, with the status it got: what a failed check shows. */
const sentWrites = (log: LogEntry[]) => log.filter(isWrite).map((entry) => `${writeOf(entry)} ${entry.status}`);

export const keepTrueExample: ExampleCheck = async (label, instance, emulator) => {
	await emulator.reset();
	const first = await executeWorkflow(instance, WORKFLOW);
	const listed = json(first, 'Store Products from 1688');
	const offers = listed.map((product) => String((product.source_1688 as { item_id?: string } | null)?.item_id ?? ''));
	check(`${label} example 6 (first run) finishes without error`, !first.error, first.error);
	check(
		`${label} example 6 lists example 1's 5 products with their source read from the metafield`,
		listed.length === 5 && listed.every((product) => (product.source_1688 as { from?: string } | null)?.from === 'metafield' && String(product.handle) === `1688-${String((product.source_1688 as { item_id: string }).item_id)}`),
		JSON.stringify(listed.map((product) => product.source_1688)),
	);
	const kept = json(first, NODE);
	check(`${label} example 6 first run makes the 5 products active`, kept.length === 5 && kept.every((product) => product.status === 'active'), JSON.stringify(kept.map((product) => [product.action, product.status])));

	await emulator.reset();
	const second = await executeWorkflow(instance, WORKFLOW);
	const secondWrites = sentWrites(await emulator.log());
	check(
		`${label} example 6 second run: all 5 unchanged, zero SHOPLINE writes`,
		!second.error && json(second, NODE).length === 5 && json(second, NODE).every((product) => product.action === 'unchanged') && secondWrites.length === 0,
		second.error ?? JSON.stringify(secondWrites),
	);

	const [delisted] = offers;
	await emulator.configure({ tmapi: { goneOffers: { [delisted]: 'delisted' } } });
	await emulator.reset();
	try {
		const third = await executeWorkflow(instance, WORKFLOW);
		const thirdLog = await emulator.log();
		const thirdWrites = writesOf(thirdLog);
		const changed = json(third, NODE).filter((product) => product.action !== 'unchanged');
		check(
			`${label} example 6 after offer ${delisted} is delisted: exactly that product drafted, with the reason, one write`,
			!third.error &&
				changed.length === 1 &&
				changed[0].handle === `1688-${delisted}` &&
				changed[0].status === 'draft' &&
				JSON.stringify(changed[0].sync) === JSON.stringify({ action: 'drafted', reason: 'delisted' }) &&
				JSON.stringify(thirdWrites) === JSON.stringify(['PUT products/{id}.json']),
			third.error ?? JSON.stringify({ changed: changed.map((product) => [product.handle, product.status, product.sync]), sent: sentWrites(thirdLog) }),
		);
		console.log(`         example 6 run 3 output: ${JSON.stringify(changed.map((product) => ({ handle: product.handle, status: product.status, sync: product.sync })))}; writes sent: ${JSON.stringify(sentWrites(thirdLog))}`);
	} finally {
		await emulator.configure({ tmapi: { goneOffers: { [delisted]: null } } });
	}
};
