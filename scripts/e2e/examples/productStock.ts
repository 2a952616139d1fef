/* eslint-disable no-console -- a development script run by Node.js: never part of a published package */
import type { LogEntry } from '../../../emulator';
import type { EmulatorProcess } from '../../lib/emulatorProcess';
import { check, count, json } from '../checks';
import { executeWorkflow } from '../n8n';
import type { ExampleCheck } from './seed';

/**
 * Example 4 (product → stock → collection) run twice: the first run creates the product with
 * its variants, sets their stock at a location and adds the product to a collection; the
 * second finds everything in place and writes no product at all. Prints what each run asked
 * of SHOPLINE, by method and path.
 */


async function shoplineLog(emulator: EmulatorProcess): Promise<LogEntry[]> {
	const log = (await (await fetch(`${emulator.url}/__emulator/log`)).json()) as LogEntry[];
	return log.filter((entry) => entry.api === 'shopline');
}

/** "PUT products/{id}.json": the path under the version, IDs folded. */
const pathGroup = (entry: LogEntry) => `${entry.method} ${entry.path.replace(/^\/admin\/openapi\/[^/]+\//, '').replace(/\d{6,}/g, '{id}')}`;

/** Writes to products, their variants and images; collection membership is not a product write. */
const isProductWrite = (entry: LogEntry) => entry.method !== 'GET' && /^\w+ products\/(?!custom_collections|smart_collections|collects|collections)/.test(pathGroup(entry));

function tally(entries: LogEntry[]): string {
	const counts = new Map<string, number>();
	for (const entry of entries) counts.set(pathGroup(entry), (counts.get(pathGroup(entry)) ?? 0) + 1);
	return [...counts].map(([group, n]) => `${n} × ${group}`).join(', ');
}

async function get<T>(emulator: EmulatorProcess, path: string): Promise<T> {
	return (await emulator.shopline<T>(path)).body;
}

export const productStockExample: ExampleCheck = async (label, instance, emulator) => {
	const logStart = (await shoplineLog(emulator)).length;

	const first = await executeWorkflow(instance, 'exampleStock00004');
	const source = () => json(first, 'Product to Sync')[0] as { handle: string; stock: Record<string, number> };
	const afterFirst = await shoplineLog(emulator);
	const firstRequests = afterFirst.slice(logStart);
	check(`${label} example 4 (first run) finishes without error`, !first.error, first.error);
	const [created] = json(first, 'Create or Update Product');
	const variants = (created?.variants ?? []) as Array<{ id: string; sku: string; inventory_item_id?: string }>;
	check(
		`${label} example 4 creates the product with its 3 variants (action created)`,
		created?.action === 'created' && /^\d{26}$/.test(String(created.id)) && created.handle === source().handle && variants.length === 3,
		JSON.stringify(created ?? {}).slice(0, 300),
	);
	check(`${label} example 4 creates with one POST and no update`, firstRequests.filter(isProductWrite).map(pathGroup).join() === 'POST products/products.json', tally(firstRequests));

	const location = String(json(first, 'Locations')[0]?.id ?? '');
	const stockSet = json(first, 'Set Stock');
	check(`${label} example 4 sets stock for every variant at the first location`, location !== '' && stockSet.length === 3, `${stockSet.length} levels set at "${location}"`);
	const levels = await get<{ inventory_levels?: Array<{ inventory_item_id: string; location_id: string; available: number }> }>(
		emulator,
		`inventory_levels.json?inventory_item_ids=${variants.map((variant) => variant.inventory_item_id).join(',')}&location_ids=${location}`,
	);
	const readBack = variants.map((variant) => [variant.sku, levels.inventory_levels?.find((level) => level.inventory_item_id === variant.inventory_item_id && level.location_id === location)?.available]);
	check(
		`${label} example 4 inventory levels read back the quantities set`,
		readBack.length === 3 && readBack.every(([sku, available]) => available === source().stock[String(sku)]),
		JSON.stringify(readBack),
	);

	const collection = String(json(first, 'Find Collection')[0]?.id ?? '');
	const members = await get<{ products?: Array<{ id: string }> }>(emulator, `products/collections/${collection}/products.json?limit=250`);
	check(
		`${label} example 4 adds the product to the collection`,
		collection !== '' && count(first, 'Add to Collection') > 0 && (members.products ?? []).some((product) => product.id === created?.id),
		`collection "${collection}", ${members.products?.length ?? 'no'} products`,
	);

	// From here on: the second run's requests only, not the reads of the checks above.
	const beforeSecond = (await shoplineLog(emulator)).length;
	const second = await executeWorkflow(instance, 'exampleStock00004');
	const secondRequests = (await shoplineLog(emulator)).slice(beforeSecond);
	const [again] = json(second, 'Create or Update Product');
	check(`${label} example 4 (second run) finishes without error`, !second.error, second.error);
	check(`${label} example 4 second run outputs the same product, action unchanged`, again?.action === 'unchanged' && again.id === created?.id, JSON.stringify(again ?? {}).slice(0, 300));
	const writes = secondRequests.filter(isProductWrite);
	check(`${label} example 4 second run makes zero product writes`, writes.length === 0, tally(writes));
	console.log(`         example 4 run 1 SHOPLINE requests: ${tally(firstRequests)}`);
	console.log(`         example 4 run 2 SHOPLINE requests: ${tally(secondRequests)}`);
};
