import type { EmulatorProcess } from '../../lib/emulatorProcess';
import { check, count, json } from '../checks';
import { executeWorkflow, type Instance } from '../n8n';

/** Runs examples in a real n8n and checks what they output and what they did to the emulator. */
export type ExampleCheck = (label: string, instance: Instance, emulator: EmulatorProcess) => Promise<void>;

/** Examples 1–3: the shop sync run twice, the category watch, the catalog export. */
export const seedExamples: ExampleCheck = async (label, instance, emulator) => {
	const storeBefore = Number(((await (await fetch(`${emulator.url}/admin/openapi/v20260301/products/count.json`, { headers: { Authorization: 'Bearer emulator-shopline-token' } })).json()) as { count: number }).count);

	const first = await executeWorkflow(instance, 'exampleSync1688');
	check(`${label} example 1 (first run) finishes without error`, !first.error, first.error);
	const created = json(first, 'Create Product');
	check(`${label} example 1 reads the shop's 5 best sellers and their details`, count(first, '1688 Shop Items') === 5 && count(first, '1688 Item Detail') === 5, `${count(first, '1688 Shop Items')} items, ${count(first, '1688 Item Detail')} details`);
	check(
		`${label} example 1 creates 5 SHOPLINE products with 26-digit IDs, options and marked-up variants`,
		created.length === 5 &&
			created.every((product) => /^\d{26}$/.test(String(product.id)) && String(product.handle).startsWith('1688-')) &&
			created.every((product) => Array.isArray(product.variants) && (product.variants as Array<{ price: string }>).length >= 4 && Array.isArray(product.options)),
		JSON.stringify(created[0] ?? {}).slice(0, 300),
	);
	const storeAfter = Number(((await (await fetch(`${emulator.url}/admin/openapi/v20260301/products/count.json`, { headers: { Authorization: 'Bearer emulator-shopline-token' } })).json()) as { count: number }).count);
	check(`${label} example 1 leaves 5 more products in the store`, storeAfter === storeBefore + 5, `${storeBefore} → ${storeAfter}`);

	const second = await executeWorkflow(instance, 'exampleSync1688');
	check(`${label} example 1 (second run) updates the same 5 products and creates none`, !second.error && count(second, 'Update Product') === 5 && count(second, 'Create Product') === 0, second.error ?? `${count(second, 'Update Product')} updated, ${count(second, 'Create Product')} created`);
	check(
		`${label} example 1 updates by the IDs it created`,
		JSON.stringify(json(second, 'Update Product').map((product) => product.id).sort()) === JSON.stringify(created.map((product) => product.id).sort()),
	);

	const watch = await executeWorkflow(instance, 'exampleCategory01');
	const rows = json(watch, 'As Table Rows');
	check(`${label} example 2 (category watch) outputs 40 table rows`, !watch.error && rows.length === 40, watch.error ?? `${rows.length} rows`);
	check(
		`${label} example 2 rows are under 50 CNY with a 1688 link and a repaired image`,
		rows.every((row) => Number(row.price_cny) <= 50 && String(row.url).startsWith('https://detail.1688.com/offer/') && String(row.image).startsWith('https://cbu01.')),
		JSON.stringify(rows[0] ?? {}),
	);

	const exported = await executeWorkflow(instance, 'exampleExport0001');
	const variants = json(exported, 'One Row per Variant');
	const since = String(json(exported, 'Updated Since')[0]?.since ?? '');
	check(`${label} example 3 (catalog export) finishes with variant rows`, !exported.error && variants.length > 0, exported.error ?? `${variants.length} rows`);
	check(
		`${label} example 3 exports only active products updated since ${since}`,
		variants.every((row) => row.status === 'active' && Date.parse(String(row.updated_at)) >= Date.parse(since)) && count(exported, 'Changed Products') < 300,
		`${count(exported, 'Changed Products')} products`,
	);
};
