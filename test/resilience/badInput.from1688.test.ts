import type { IDataObject } from 'n8n-workflow';

import { Emulator, emulatorCredentials } from '../../emulator';
import { locationId } from '../../emulator/shopline/locations';
import { itemDetail } from '../../emulator/tmapiCatalog';
import { MAX_HTML } from '../../nodes/Shopline/model/safeHtml';
import { CONTINUE, runShopline } from '../helpers/run';
import { jsonOf } from '../helpers/workflows';
import { badInputTable, V, type Row } from './badInput.harness';

/** Bad input for Product → Create or Update from 1688 Item; every item also carries a real 1688 detail. */

const item: IDataObject = { ...(itemDetail('610000000201', 'en') as IDataObject), item_id: '610000000201' };
const sync = (extra: Record<string, unknown>) => ({ resource: 'product', operation: 'upsertFrom1688', exchangeRate: 0.14, priceMultiplier: 2, stockLocationId: locationId(1), ...extra });
const row = (parameters: Record<string, unknown>, good: unknown, bad: unknown, message: string): Row => ({ node: 'shopline', parameters: sync(parameters), good, bad, message, item });

const rows: Array<[string, Row]> = [
	['exchange rate 0', row({ exchangeRate: V }, 0.14, 0, 'Store Currency per CNY: 0 is not valid — use a number from 0.0001 to 100000')],
	['exchange rate as words', row({ exchangeRate: V }, '0.14', 'usd', 'Store Currency per CNY: "usd" is not valid')],
	['price multiplier negative', row({ priceMultiplier: V }, 2, -1, 'Price Multiplier: -1 is not valid — use a number from 0.01 to 1000')],
	['stock location ID with letters', row({ stockLocationId: V }, locationId(1), 'main-warehouse', 'Stock Location ID: "main-warehouse" is not valid — use a location ID made of digits')],
	['skip unchanged as words', row({ skipUnchanged: V }, true, 'maybe', 'Skip Unchanged: "maybe" is not valid — use true or false')],
	['tier multiplier 0', row({ priceTiers: { tier: [{ minCost: 0, maxCost: 10, multiplier: V, fixedAmount: 0 }] } }, 3, 0, 'Price Tiers → Multiplier (tier 1): 0 is not valid — use a number from 0.01 to 1000')],
	['tier from cost negative', row({ priceTiers: { tier: [{ minCost: V, maxCost: 10, multiplier: 2, fixedAmount: 0 }] } }, 0, -5, 'Price Tiers → From Cost (CNY) (tier 1): -5 is not valid — use a number from 0 to 1000000000')],
	['rounding unknown', row({ pricing: { rounding: V } }, 'dot99', 'dot95', 'Rounding: "dot95" is not valid — use one of "none", "dot90", "dot99", "whole"')],
	['compare-at multiplier as words', row({ pricing: { compareAtMultiplier: V } }, 1.5, 'double', 'Compare-At Multiplier: "double" is not valid')],
	['compare-at multiplier below 1', row({ pricing: { compareAtMultiplier: V } }, 1.5, 0.5, 'Compare-At Multiplier: 0.5 is not valid — use 0 (no compare-at price) or a number from 1 to 1000')],
	['tier upper end below its lower end', row({ priceTiers: { tier: [{ minCost: 50, maxCost: V, multiplier: 2, fixedAmount: 0 }] } }, 100, 10, 'Price Tiers → Up to Cost (CNY) (tier 1): 10 is not valid — use a cost above From Cost (CNY), 50, or 0 for no upper end')],
	[
		'tiers overlapping',
		row({ priceTiers: { tier: [{ minCost: 0, maxCost: 20, multiplier: 2, fixedAmount: 0 }, { minCost: V, maxCost: 30, multiplier: 3, fixedAmount: 0 }] } }, 20, 10, 'Price Tiers → From Cost (CNY) (tier 2): 10 is not valid — use a range that does not overlap tier 1 (from 0 up to 20)'),
	],
	[
		'a later tier reaching into one with no upper end',
		row({ priceTiers: { tier: [{ minCost: 10, maxCost: 0, multiplier: 2, fixedAmount: 0 }, { minCost: 0, maxCost: V, multiplier: 3, fixedAmount: 0 }] } }, 10, 30, 'Price Tiers → Up to Cost (CNY) (tier 2): 30 is not valid — use a range that does not overlap tier 1 (from 10, no upper end)'),
	],
	['fixed amount as an object', row({ pricing: { fixedAmount: V } }, 1, { usd: 1 }, 'Fixed Amount: an object is not valid')],
	['inventory policy unknown', row({ variantOptions: { inventoryPolicy: V } }, 'deny', 'oversell', 'Inventory Policy: "oversell" is not valid — use one of "deny", "continue"')],
	['more than 5 properties rule unknown', row({ variantOptions: { extraProperties: V } }, 'merge', 'drop', 'More Than 5 SKU Properties: "drop" is not valid — use one of "error", "merge"')],
	['SKU code from unknown', row({ variantOptions: { skuCode: V } }, 'specid', 'offerid', 'SKU Code From: "offerid" is not valid — use one of "skuid", "specid"')],
	['option images as words', row({ variantOptions: { optionImages: V } }, false, 'none', 'Option Value Images: "none" is not valid — use true or false')],
	['stock percent over 100', row({ stockOptions: { percent: V } }, 50, 150, 'Offer Percent of 1688 Stock: 150 is not valid — use a whole number from 0 to 100')],
	['stock cap fractional', row({ stockOptions: { cap: V } }, 100, 2.5, 'Max Available per Variant: 2.5 is not valid — use a whole number from 0 to 1000000000')],
	['handle prefix with spaces', row({ content: { handlePrefix: V } }, 'ali-', 'from 1688', 'Handle Prefix: "from 1688" is not valid — use a prefix of letters, digits, - and _')],
	['status unknown', row({ content: { status: V } }, 'active', 'live', 'Status: "live" is not valid — use one of "active", "archived", "draft"')],
	['title as an object', row({ content: { title: V } }, 'Robe', { en: 'Robe' }, 'Title: an object is not valid — use the title as text')],
	['vendor too long', row({ content: { vendor: V } }, 'ACME', 'V'.repeat(256), `Vendor: "${'V'.repeat(77)}..." is not valid — use the vendor as text (at most 255 characters)`)],
];

badInputTable(rows);

/**
 * Hostile 1688 data: each row changes the detail of the second of three input items. A row
 * with `error` expects that item to fail before any request (named offer, SKU and rule) while
 * the others go through under Continue On Fail; a row with `sent` expects the item to be
 * written with what `sent` picks from the product sent equal to `expected`. `parameters`
 * are options of the row's run (all three items), e.g. a negative Fixed Amount.
 */
type DataRow = { change: (detail: IDataObject) => void; parameters?: Record<string, unknown> } & ({ error: string } | { sent: (product: IDataObject) => unknown; expected: unknown });

const colour = (detail: IDataObject, n: number) => (detail.sku_props as Array<{ values: IDataObject[] }>)[0].values[n];
const variantImages = (product: IDataObject) => (product.variants as IDataObject[]).map((variant) => (variant.image as IDataObject | undefined)?.src ?? null);
const WHITE = 'https://cbu01.alicdn.com/img/ibank/O1CN017s8a90i14_!!2214636595930-0-cib.jpg';

const skuPrices = (price: string | number) => (detail: IDataObject) => (detail.skus as IDataObject[]).forEach((sku) => void (sku.sale_price = price));
const firstSkuPrice = (price: string | number) => (detail: IDataObject) => void ((detail.skus as IDataObject[])[0].sale_price = price);
const FIRST_SKU = 'SKU 5674557560100 of the 1688 item 610000000302';
const PRICE_LIMIT = 'a store price must be above 0 and at most 999999999.99; check Store Currency per CNY, Price Multiplier, Fixed Amount and Price Tiers';

const dataRows: Array<[string, DataRow]> = [
	['SKU price with a thousands separator', { change: firstSkuPrice('1,299.00'), sent: (product) => (product.variants as IDataObject[])[0].price, expected: '363.72' }],
	['SKU price 1e15 as text', { change: firstSkuPrice('1e15'), error: `Price: ${FIRST_SKU} has the price "1e15", which is not a price — 1688 prices look like 12.50 or 1,299.00` }],
	['SKU price 1e21 as a number', { change: firstSkuPrice(1e21), error: `Price: ${FIRST_SKU} would sell at 2.80e+20 (1688 price 1e+21 CNY) — ${PRICE_LIMIT}` }],
	['cheap offer under a negative Fixed Amount', { parameters: { pricing: { fixedAmount: -5 } }, change: skuPrices('1.00'), error: `Price: ${FIRST_SKU} would sell at -4.72 (1688 price 1 CNY) — ${PRICE_LIMIT}` }],
	['cheap offer under a tiny exchange rate', { parameters: { exchangeRate: 0.0001 }, change: skuPrices('0.50'), error: `Price: ${FIRST_SKU} would sell at 0.00 (1688 price 0.5 CNY) — ${PRICE_LIMIT}` }],

	['SKU picture javascript: (the other one spelt https:////)', { change: (detail) => void (colour(detail, 0).imageUrl = 'javascript:alert(document.cookie)'), sent: variantImages, expected: [null, null, WHITE, WHITE] }],
	['SKU picture data:', { change: (detail) => void (colour(detail, 0).imageUrl = 'data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+'), sent: variantImages, expected: [null, null, WHITE, WHITE] }],
	['SKU picture jav<tab>ascript:', { change: (detail) => void (colour(detail, 0).imageUrl = 'jav\tascript:alert(1)'), sent: (product) => JSON.stringify(product).includes('script:'), expected: false }],
	[
		'description with a script, handlers, an iframe and an encoded javascript: link',
		{
			change: (detail) => void (detail.description_html = '<p onmouseover="alert(1)">Cotton</p><script>alert(document.cookie)</script><iframe src="https://evil.example/"></iframe><a href="java&#115;cript:alert(1)">more</a><img src=x onerror=alert(1)>'),
			sent: (product) => product.body_html,
			expected: '<p>Cotton</p>more',
		},
	],
	['description of 2 MB', { change: (detail) => void (detail.description_html = `<p>${'棉'.repeat(2_000_000)}</p>`), sent: (product) => String(product.body_html).length, expected: MAX_HTML }],
	[
		'two SKUs with one skuid',
		{
			change: (detail) => void ((detail.skus as IDataObject[])[1].skuid = (detail.skus as IDataObject[])[0].skuid),
			sent: (product) => (product.variants as IDataObject[]).map((variant) => variant.sku),
			expected: ['5674557560100', '5674557560100-2', '5674557560110', '5674557560111'],
		},
	],
	['title with an emoji across the 255th unit', { change: (detail) => void (detail.title = `${'a'.repeat(254)}😀 pajamas`), sent: (product) => product.title, expected: 'a'.repeat(254) }],
];

describe('hostile 1688 data, one row per kind', () => {
	const emulator = new Emulator({ storeSize: 5, shopline: { bucket: null } });
	beforeAll(async () => void (await emulator.start()));
	afterAll(async () => await emulator.stop());

	/** Three offers, the second one changed by the row. */
	const details = (row: DataRow) =>
		['610000000301', '610000000302', '610000000303'].map((id, n) => {
			const detail: IDataObject = JSON.parse(JSON.stringify({ ...item, item_id: id }));
			if (n === 1) row.change(detail);
			return detail;
		});
	const run = async (row: DataRow, node = {}) => {
		emulator.resetStore();
		emulator.reset();
		return await runShopline(sync({ ...row.parameters, options: { concurrency: 1 } }), { credentials: emulatorCredentials(emulator), input: details(row), node });
	};
	const productsSent = () => emulator.log.filter((entry) => entry.method === 'POST' && entry.path.endsWith('/products/products.json')).map((entry) => (entry.body as { product: IDataObject }).product);

	it.each(dataRows)('%s', async (_name, row) => {
		if ('error' in row) {
			const failing = await run(row);
			expect(failing.error?.name).toBe('NodeOperationError');
			expect(failing.error?.message).toBe(row.error);
			expect(failing.error?.context?.itemIndex).toBe(1);
			expect(emulator.log).toEqual([]);
			const continuing = jsonOf(await run(row, CONTINUE));
			expect(continuing.map((entry) => entry.action ?? entry.error)).toEqual(['created', row.error, 'created']);
			return;
		}
		const result = await run(row);
		expect(result.error).toBeUndefined();
		expect(jsonOf(result).map((entry) => entry.action)).toEqual(['created', 'created', 'created']);
		const sent = productsSent();
		expect(sent.map((product) => product.handle)).toEqual(details(row).map((detail) => `1688-${String(detail.item_id)}`));
		expect(row.sent(sent[1])).toEqual(row.expected);
	});
});
