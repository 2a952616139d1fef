/* eslint-disable @n8n/community-nodes/no-restricted-globals, no-console -- a development script run by Node.js: never part of a published package */
import type { EmulatorProcess } from '../../lib/emulatorProcess';
import { check, count, json } from '../checks';
import { executeWorkflow, type Instance } from '../n8n';

/** Runs examples in a real n8n and checks what they output and what they did to the emulator. */
export type ExampleCheck = (label: string, instance: Instance, emulator: EmulatorProcess) => Promise<void>;

/** Examples 1–3: the shop sync run twice, the category watch, the catalog export. */
export const seedExamples: ExampleCheck = async (label, instance, emulator) => {
	// Example 1: the first run creates the 5 offers as products and sets their stock from 1688;
	// the second writes nothing at all.
	const shopline = async (path: string) => (await emulator.shopline(path)).body;
	const storeBefore = Number((await shopline('products/count.json')).count);
	await emulator.reset();
	const first = await executeWorkflow(instance, 'exampleSync1688');
	const firstLog = await emulator.log();
	check(`${label} example 1 (first run) finishes without error`, !first.error, first.error);
	const synced = json(first, 'Create or Update in SHOPLINE');
	const details = json(first, '1688 Item Detail');
	check(`${label} example 1 reads the shop's 5 best sellers and their details with descriptions`, count(first, '1688 Shop Items') === 5 && details.length === 5 && details.every((detail) => typeof detail.description_html === 'string'), `${count(first, '1688 Shop Items')} items, ${details.length} details`);
	check(
		`${label} example 1 creates 5 SHOPLINE products with 26-digit IDs, options and priced variants, no Code node`,
		synced.length === 5 &&
			synced.every((product) => product.action === 'created' && /^\d{26}$/.test(String(product.id)) && String(product.handle) === `1688-${String((product.source_1688 as { item_id: string }).item_id)}`) &&
			synced.every((product) => Array.isArray(product.variants) && (product.variants as Array<{ price: string }>).every((variant) => /\.99$/.test(variant.price)) && Array.isArray(product.options)),
		JSON.stringify(synced[0] ?? {}).slice(0, 300),
	);
	const storeAfter = Number((await shopline('products/count.json')).count);
	check(`${label} example 1 leaves 5 more products in the store`, storeAfter === storeBefore + 5, `${storeBefore} → ${storeAfter}`);
	// Stock: each variant holds half its 1688 SKU stock (at most 500) at the location.
	// The location the node says it set stock at (its output), checked against the Stock Location node's first location.
	const location = String((synced[0]?.stock as { location_id?: string } | undefined)?.location_id ?? '');
	const listed = String(json(first, 'Stock Location')[0]?.id ?? '');
	const expectedStock: Array<[string, number]> = [];
	for (const [n, detail] of details.entries()) {
		for (const sku of (detail.skus as Array<{ skuid: string; stock: number }>) ?? []) {
			const variant = (synced[n]?.variants as Array<{ sku: string; inventory_item_id: string }> | undefined)?.find((candidate) => candidate.sku === String(sku.skuid));
			if (variant) expectedStock.push([variant.inventory_item_id, Math.min(500, Math.floor(sku.stock / 2))]);
		}
	}
	const levels = await shopline(`inventory_levels.json?inventory_item_ids=${expectedStock.slice(0, 50).map(([id]) => id).join(',')}&location_ids=${location}`);
	const held = new Map(((levels.inventory_levels as Array<{ inventory_item_id: string; available: number }>) ?? []).map((level) => [String(level.inventory_item_id), level.available]));
	check(
		`${label} example 1 sets every variant's stock at the location from its 1688 SKU (${expectedStock.length} variants)`,
		expectedStock.length > 0 && (listed === '' || listed === location) && expectedStock.slice(0, 50).every(([id, available]) => (held.get(id) ?? 0) === available),
		`location ${location} (listed ${listed}): ${JSON.stringify(expectedStock.slice(0, 3).map(([id, available]) => [id, available, held.get(id)]))}`,
	);

	await emulator.reset();
	const second = await executeWorkflow(instance, 'exampleSync1688');
	const secondLog = await emulator.log();
	const shoplineWrites = (entries: typeof firstLog) => entries.filter((entry) => entry.api === 'shopline' && entry.method !== 'GET');
	const productWrites = (entries: typeof firstLog) => shoplineWrites(entries).filter((entry) => /\/products\//.test(entry.path));
	check(
		`${label} example 1 (second run) leaves all 5 products unchanged and writes nothing`,
		!second.error && json(second, 'Create or Update in SHOPLINE').every((product) => product.action === 'unchanged') && count(second, 'Create or Update in SHOPLINE') === 5 && shoplineWrites(secondLog).length === 0,
		second.error ?? JSON.stringify(shoplineWrites(secondLog).map((entry) => `${entry.method} ${entry.path}`)),
	);
	const tally = (entries: typeof firstLog) =>
		Object.entries(
			entries.reduce<Record<string, number>>((counts, entry) => {
				const key = `${entry.api} ${entry.method} ${entry.path.replace(/\/admin\/openapi\/v\d+\//, '').replace(/\d{6,}/g, '{id}')}`;
				counts[key] = (counts[key] ?? 0) + 1;
				return counts;
			}, {}),
		)
			.map(([key, n]) => `${n} × ${key}`)
			.join(', ');
	console.log(`         example 1 requests, first run (${firstLog.length}; ${productWrites(firstLog).length} product writes): ${tally(firstLog)}`);
	console.log(`         example 1 requests, second run (${secondLog.length}; ${productWrites(secondLog).length} product writes): ${tally(secondLog)}`);

	// Example 2: the first run passes on the whole list, a second run nothing, a run after the
	// category grew only the offers that were not seen before.
	const watch = await executeWorkflow(instance, 'exampleCategory01');
	const rows = json(watch, 'As Table Rows');
	check(`${label} example 2 (category watch) outputs 40 table rows`, !watch.error && rows.length === 40, watch.error ?? `${rows.length} rows`);
	check(
		`${label} example 2 rows are under 50 CNY with a 1688 link and a repaired image`,
		rows.every((row) => Number(row.price_cny) <= 50 && String(row.url).startsWith('https://detail.1688.com/offer/') && String(row.image).startsWith('https://cbu01.')),
		JSON.stringify(rows[0] ?? {}),
	);
	const again = await executeWorkflow(instance, 'exampleCategory01');
	check(`${label} example 2 run again passes on no offer already seen`, !again.error && count(again, 'Best Sellers under 50 CNY') === 40 && count(again, 'As Table Rows') === 0, again.error ?? `${count(again, 'As Table Rows')} rows`);
	await emulator.configure({ categorySize: 2600 });
	const grown = await executeWorkflow(instance, 'exampleCategory01');
	await emulator.configure({ categorySize: 2000 });
	const seen = new Set(rows.map((row) => String(row.item_id)));
	const expectedNew = json(grown, 'Best Sellers under 50 CNY').map((offer) => String(offer.item_id)).filter((id) => !seen.has(id));
	const gotNew = json(grown, 'As Table Rows').map((row) => String(row.item_id));
	check(
		`${label} example 2 after the category grew passes on exactly the ${expectedNew.length} offers not seen before`,
		!grown.error && expectedNew.length > 0 && JSON.stringify(gotNew) === JSON.stringify(expectedNew),
		grown.error ?? `expected ${expectedNew.join(',')}, got ${gotNew.join(',')}`,
	);

	// Example 3: everything first, then nothing, then only the product changed in between.
	const exported = await executeWorkflow(instance, 'exampleExport0001');
	const variants = json(exported, 'One Row per Variant');
	const active = count(exported, 'Changed Products');
	check(
		`${label} example 3 (catalog export) first run exports every active product, one row per variant`,
		!exported.error && active > 0 && count(exported, 'Changed Since Last Run') === active && variants.length >= active && variants.every((row) => row.status === 'active' && /^\d{26}$/.test(String(row.variant_id))),
		exported.error ?? `${active} products, ${count(exported, 'Changed Since Last Run')} passed on, ${variants.length} rows`,
	);
	const unchanged = await executeWorkflow(instance, 'exampleExport0001');
	check(`${label} example 3 run again exports nothing when nothing changed`, !unchanged.error && count(unchanged, 'Changed Since Last Run') === 0, unchanged.error ?? `${count(unchanged, 'Changed Since Last Run')} products`);
	const changedId = String(json(exported, 'Changed Products')[0]?.id ?? '');
	await new Promise((resolve) => setTimeout(resolve, 1100)); // updated_at has whole seconds
	await emulator.shopline(`products/${changedId}.json`, { method: 'PUT', body: { product: { title: 'Changed for the export check' } } });
	const changed = await executeWorkflow(instance, 'exampleExport0001');
	const changedRows = json(changed, 'Changed Since Last Run');
	check(
		`${label} example 3 then exports only the one product changed since`,
		!changed.error && changedRows.length === 1 && String(changedRows[0].id) === changedId,
		changed.error ?? JSON.stringify(changedRows.map((row) => row.id)),
	);
};
