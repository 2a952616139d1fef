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
	await fetch(`${emulator.url}/admin/openapi/v20260301/products/${changedId}.json`, {
		method: 'PUT',
		headers: { Authorization: 'Bearer emulator-shopline-token', 'Content-Type': 'application/json' },
		body: JSON.stringify({ product: { title: 'Changed for the export check' } }),
	});
	const changed = await executeWorkflow(instance, 'exampleExport0001');
	const changedRows = json(changed, 'Changed Since Last Run');
	check(
		`${label} example 3 then exports only the one product changed since`,
		!changed.error && changedRows.length === 1 && String(changedRows[0].id) === changedId,
		changed.error ?? JSON.stringify(changedRows.map((row) => row.id)),
	);
};
