import { Emulator } from '../../emulator';

/** The emulator's 1688 price changes: a seller raises one offer's price between two syncs. */

const emulator = new Emulator({ storeSize: 0 });
const CHANGED = '600908313557';
const OTHER = '600907886190';

beforeAll(async () => {
	await emulator.start();
});
afterAll(async () => {
	await emulator.stop();
});

interface Detail {
	skus: Array<{ sale_price: string; stock: number }>;
	price_info: { price: string; price_min: string; price_max: string };
	tiered_price_info: { prices: Array<{ price: string }> };
}

async function detail(offerId: string, how: 'id' | 'url'): Promise<Detail> {
	const token = `apiToken=${emulator.options.tmapiToken}`;
	const response =
		how === 'id'
			? await fetch(`${emulator.url}/1688/item_detail?${token}&item_id=${offerId}&language=en`)
			: await fetch(`${emulator.url}/1688/item_detail_by_url?${token}`, {
					method: 'POST',
					headers: { 'Content-Type': 'application/json' },
					body: JSON.stringify({ url: `https://detail.1688.com/offer/${offerId}.html`, language: 'en' }),
				});
	return ((await response.json()) as { data: Detail }).data;
}

const prices = (item: Detail) => [...item.skus.map((sku) => sku.sale_price), item.price_info.price, item.price_info.price_min, item.price_info.price_max, ...item.tiered_price_info.prices.map((tier) => tier.price)];
const times = (texts: string[], factor: number) => texts.map((text) => (Number(text) * factor).toFixed(2));

describe('tmapi.priceChanges: an offer whose 1688 price changed', () => {
	it.each(['id', 'url'] as const)('scales every price of that offer only, by ID and by URL (%s)', async (how) => {
		const [before, other] = [await detail(CHANGED, how), await detail(OTHER, how)];
		emulator.configure({ tmapi: { priceChanges: { [CHANGED]: 1.25 } } });
		try {
			const after = await detail(CHANGED, how);
			expect(prices(after)).toEqual(times(prices(before), 1.25));
			expect(prices(after)).not.toEqual(prices(before));
			// Nothing else of the offer moves, and other offers keep their prices.
			expect(after.skus.map((sku) => sku.stock)).toEqual(before.skus.map((sku) => sku.stock));
			expect(await detail(OTHER, how)).toEqual(other);
		} finally {
			emulator.configure({ tmapi: { priceChanges: { [CHANGED]: 1 } } });
		}
		expect(await detail(CHANGED, how)).toEqual(before);
	});

	it('ignores a factor that is not a positive number', async () => {
		const before = await detail(CHANGED, 'id');
		for (const factor of [0, -2, Number.NaN, '2' as unknown as number]) {
			emulator.configure({ tmapi: { priceChanges: { [CHANGED]: factor } } });
			expect(await detail(CHANGED, 'id')).toEqual(before);
		}
		emulator.configure({ tmapi: { priceChanges: { [CHANGED]: 1 } } });
	});
});
