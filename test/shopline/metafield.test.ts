import type { IDataObject } from 'n8n-workflow';

import { productId } from '../../emulator/shoplineStore';
import { LOCATIONS } from '../../emulator/shopline/locations';
import { runShopline } from '../helpers/run';
import { storeEmulator } from '../helpers/storeEmulator';
import { jsonOf } from '../helpers/workflows';

/** SHOPLINE → Metafield (Get Many, Set), Product → Get Many's Include 1688 Source, and When the Offer Is Gone. */

const { emulator, onEmulator } = storeEmulator(3);
const PRODUCT = productId(0);
const writes = () => emulator.log.filter((entry) => entry.method !== 'GET').map((entry) => `${entry.method} ${entry.path.replace(/^\/admin\/openapi\/[^/]+\//, '').replace(/\d{6,}/g, '{id}')}`);
const set = async (value: string, type = 'json') => await runShopline({ resource: 'metafield', operation: 'set', productId: PRODUCT, namespace: 'shop_notes', key: 'origin', type, value }, onEmulator());

describe('SHOPLINE → Metafield', () => {
	it('Set creates, then updates only when the value differs, and Get Many reads it back', async () => {
		const created = await set('{"a":1}');
		expect(created.error).toBeUndefined();
		expect(jsonOf(created)[0]).toMatchObject({ action: 'created', namespace: 'shop_notes', key: 'origin', type: 'json', value: '{"a":1}', owner_id: PRODUCT });
		expect(writes()).toEqual(['POST products/{id}/metafields.json']);

		emulator.reset();
		expect(jsonOf(await set('{"a":1}'))[0].action).toBe('unchanged');
		expect(writes()).toEqual([]);
		expect(jsonOf(await set('{"a":2}'))[0]).toMatchObject({ action: 'updated', value: '{"a":2}' });
		expect(writes()).toEqual(['PUT products/{id}/metafields/{id}.json']);

		const listed = await runShopline({ resource: 'metafield', operation: 'getAll', productId: PRODUCT, returnAll: true, filters: { namespace: 'shop_notes' } }, onEmulator());
		expect(jsonOf(listed).map((field) => [field.key, field.value])).toEqual([['origin', '{"a":2}']]);
		const other = await runShopline({ resource: 'metafield', operation: 'getAll', productId: PRODUCT, returnAll: true, filters: { namespace: 'elsewhere' } }, onEmulator());
		expect(other.items).toHaveLength(0);
	});

	it('refuses a JSON value that does not parse, and a namespace with a space, naming the field', async () => {
		const bad = await set('{"a":');
		expect(bad.error?.message).toMatch(/^Value: use valid JSON .* got "\{"a":"/);
		const spaced = await runShopline({ resource: 'metafield', operation: 'set', productId: PRODUCT, namespace: 'my notes', key: 'origin', type: 'single_line_text_field', value: 'x' }, onEmulator());
		expect(spaced.error?.message).toMatch(/Namespace/);
		expect(writes()).toEqual([]);
	});
});

describe('SHOPLINE → Product → Get Many → Include 1688 Source', () => {
	it('reads the source from the metafield, else from a 1688- handle; Only Products From 1688 leaves the rest out', async () => {
		const [withField, byHandle] = [productId(1), productId(2)];
		emulator.store.update(byHandle, { handle: '1688-600907886190' });
		await runShopline({ resource: 'metafield', operation: 'set', productId: withField, namespace: 'tmapi1688', key: 'source', type: 'json', value: '{"item_id":"600908313557","offer_url":"https://evil.example/"}' }, onEmulator());
		const all = await runShopline({ operation: 'getAll', returnAll: true, options: { include1688Source: true } }, onEmulator());
		const sources = Object.fromEntries(jsonOf(all).map((product) => [String(product.id), product.source_1688 as IDataObject | null]));
		// The stored address is not trusted: it is rebuilt from the offer ID.
		expect(sources[withField]).toEqual({ item_id: '600908313557', offer_url: 'https://detail.1688.com/offer/600908313557.html', from: 'metafield' });
		expect(sources[byHandle]).toEqual({ item_id: '600907886190', offer_url: 'https://detail.1688.com/offer/600907886190.html', from: 'handle' });
		expect(sources[PRODUCT]).toBeNull();
		const only = await runShopline({ operation: 'getAll', returnAll: true, simplify: true, options: { include1688Source: true, only1688: true } }, onEmulator());
		expect(jsonOf(only).map((product) => product.id).sort()).toEqual([withField, byHandle].sort());
	});
});

describe('SHOPLINE → Product → Create or Update from 1688 Item → When the Offer Is Gone', () => {
	const gone = (reason: string) => ({ item_id: '600907886190', gone: true, reason });

	it.each([
		['report', 'reported', []],
		['draft', 'drafted', ['PUT products/{id}.json']],
	] as const)('%s: %s, and nothing written the second time', async (policy, action, written) => {
		emulator.store.update(productId(1), { handle: '1688-600907886190', status: 'active' });
		const first = await runShopline({ operation: 'upsertFrom1688', whenGone: policy }, { ...onEmulator(), input: [gone('delisted')] });
		expect(first.error).toBeUndefined();
		expect(jsonOf(first)[0].sync).toEqual({ action, reason: 'delisted' });
		expect(writes()).toEqual(written);
		emulator.reset();
		const again = await runShopline({ operation: 'upsertFrom1688', whenGone: policy }, { ...onEmulator(), input: [gone('delisted')] });
		expect(jsonOf(again)[0].action).toBe('unchanged');
		expect(writes()).toEqual([]);
	});

	it('zeroStock: every variant at the location set to 0 once; then already_zero; without a location it fails naming the field', async () => {
		const product = emulator.store.update(productId(1), { handle: '1688-600907886190' })!;
		const input = { ...onEmulator(), input: [gone('out_of_stock')] };
		const nonZero = product.variants.filter((variant) => Number(variant.inventory_quantity) > 0).length;
		const first = await runShopline({ operation: 'upsertFrom1688', whenGone: 'zeroStock', stockLocationId: LOCATIONS[0].id }, input);
		expect(first.error).toBeUndefined();
		expect(nonZero).toBeGreaterThan(0);
		expect(jsonOf(first)[0]).toMatchObject({ action: 'updated', sync: { action: 'stock_zeroed', reason: 'out_of_stock' }, stock: { set: nonZero } });
		expect(writes()).toEqual(Array.from({ length: nonZero }, () => 'POST inventory_levels/set.json'));
		emulator.reset();
		const again = await runShopline({ operation: 'upsertFrom1688', whenGone: 'zeroStock', stockLocationId: LOCATIONS[0].id }, input);
		expect(jsonOf(again)[0]).toMatchObject({ action: 'unchanged', sync: { action: 'already_zero', reason: 'out_of_stock' } });
		expect(writes()).toEqual([]);
		const noPlace = await runShopline({ operation: 'upsertFrom1688', whenGone: 'zeroStock' }, input);
		expect(noPlace.error?.message).toMatch(/^Stock Location ID:/);
	});

	it('a gone offer with no product in the store writes nothing and says so; a marker without an item ID fails naming it', async () => {
		const missing = await runShopline({ operation: 'upsertFrom1688', whenGone: 'draft' }, { ...onEmulator(), input: [{ item_id: '700000000001', gone: true, reason: 'not_found' }] });
		expect(jsonOf(missing)[0]).toMatchObject({ action: 'unchanged', sync: { action: 'not_in_store', reason: 'not_found' } });
		const broken = await runShopline({ operation: 'upsertFrom1688', whenGone: 'draft' }, { ...onEmulator(), input: [{ item_id: 'abc', gone: true, reason: 'delisted' }] });
		expect(broken.error?.message).toMatch(/marked gone but is not a gone offer.*"abc"/);
		expect(writes()).toEqual([]);
	});
});
