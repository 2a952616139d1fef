import { cellText, cutToWidth, displayWidth, priceRange, productKey, syncTable, totalsLine, writesPerProduct, writesSummary, type SyncedProduct } from './demoReport';

/** A product as Create or Update From 1688 Item outputs it, with the fields the report reads. */
function product(handle: string, action: string, prices: string[], stockSet: number | undefined, extra: Partial<SyncedProduct> = {}): SyncedProduct {
	const id = `1605785026484500000000${handle.slice(-4)}`;
	return {
		id,
		handle,
		title: `Cross-border new product ${handle.slice(5)}`,
		action,
		variants: prices.map((price, index) => ({ id: `${id}${index}`, price, inventory_item_id: `${id}9${index}` })),
		...(stockSet === undefined ? {} : { stock: { location_id: '1', set: stockSet, unchanged: 0, missing: [] } }),
		...extra,
	};
}

const firstRun = [
	product('1688-600907886190', 'created', ['27.99', '27.99', '27.99'], 3),
	product('1688-600908313557', 'created', ['18.99', '19.99', '18.99', '19.99'], 4),
];
const before = new Map(firstRun.map((item) => [productKey(item), item]));

describe('priceRange: the variants’ prices as a reader expects them', () => {
	it.each([
		[['27.99', '27.99'], '27.99'],
		[['27.99'], '27.99'],
		[['8.99', '12.99', '9.5'], '8.99–12.99'],
		[[12.5, '12.50'], '12.50'],
		[[], 'no price'],
		[['', 'n/a', null, {}], 'no price'],
		[['7', 'n/a'], '7.00'],
	])('%j → %s', (prices, expected) => {
		expect(priceRange(prices)).toBe(expected);
	});
});

describe('syncTable: one aligned row per product', () => {
	it('the first run: columns aligned, numbers to the right, one price or min–max, the stock levels set', () => {
		expect(syncTable(firstRun)).toEqual([
			'Product            Action   Variants  Price        Stock set',
			'-----------------  -------  --------  -----------  ---------',
			'1688-600907886190  created         3  27.99                3',
			'1688-600908313557  created         4  18.99–19.99          4',
		]);
	});

	it('the second run: "from → to" where the price changed since the run before, one price where it did not', () => {
		const secondRun = [
			product('1688-600907886190', 'unchanged', ['27.99', '27.99', '27.99'], 0),
			product('1688-600908313557', 'updated', ['22.99', '23.99', '22.99', '23.99'], 0, { changes: ['variants[A].price', 'variants[B].price'] }),
		];
		expect(syncTable(secondRun, { before })).toEqual([
			'Product            Action     Variants  Price                      Stock set',
			'-----------------  ---------  --------  -------------------------  ---------',
			'1688-600907886190  unchanged         3  27.99                              0',
			'1688-600908313557  updated           4  18.99–19.99 → 22.99–23.99          0',
		]);
	});

	it('an update that changed no price keeps one price; one that moved prices inside the same range still shows from → to', () => {
		const titleOnly = product('1688-600907886190', 'updated', ['27.99'], 0, { changes: ['title'] });
		const swapped = product('1688-600908313557', 'updated', ['19.99', '18.99'], 0, { changes: ['variants[A].price'] });
		expect(syncTable([titleOnly, swapped], { before }).slice(2)).toEqual([
			'1688-600907886190  updated         1  27.99                              0',
			'1688-600908313557  updated         2  18.99–19.99 → 18.99–19.99          0',
		]);
	});

	it('without the run before, a changed price shows "? → now" and a note says why', () => {
		const updated = product('1688-600908313557', 'updated', ['22.99', '23.99'], 0, { changes: ['variants[A].price'] });
		expect(syncTable([updated])).toEqual([
			'Product            Action   Variants  Price            Stock set',
			'-----------------  -------  --------  ---------------  ---------',
			'1688-600908313557  updated         2  ? → 22.99–23.99          0',
			"? = old price unknown: the node's output names what changed, not old values",
		]);
	});

	it('prints any action it is given, such as "drafted", and an odd one cut to 12 columns', () => {
		const drafted = product('1688-600909802602', 'drafted', ['16.99'], undefined);
		const odd = product('1688-600908234733', 'archived-for-good', [], 2);
		expect(syncTable([drafted, odd])).toEqual([
			'Product            Action        Variants  Price     Stock set',
			'-----------------  ------------  --------  --------  ---------',
			'1688-600909802602  drafted              1  16.99             –',
			'1688-600908234733  archived-fo…         0  no price          2',
		]);
	});

	it('cuts the product column to fit the width, never below 10 columns', () => {
		const long = product('summer-linen-shirt-with-long-sleeves-and-pockets', 'created', ['9.99'], 1);
		expect(syncTable([long], { width: 60 })).toEqual([
			'Product                  Action   Variants  Price  Stock set',
			'-----------------------  -------  --------  -----  ---------',
			'summer-linen-shirt-wit…  created         1  9.99           1',
		]);
		expect(syncTable([long], { width: 60 }).map((line) => line.length)).toEqual([60, 60, 60]);
		expect(syncTable([long], { width: 20 })[2]).toBe('summer-li…  created         1  9.99           1');
	});

	it('shows the title when a product has no handle, wide characters counted as two columns and never split', () => {
		const noHandle: SyncedProduct = { id: '7', title: '跨境新款商品睡衣套装', action: 'created', variants: [{ price: '5' }], stock: { set: 1, missing: ['SKU-9', 'SKU-8'] } };
		const lines = syncTable([noHandle, firstRun[0]], { width: 52 });
		expect(lines.map(displayWidth)).toEqual([52, 52, 52, 52]);
		expect(lines).toEqual([
			'Product       Action   Variants  Price     Stock set',
			'------------  -------  --------  -----  ------------',
			'跨境新款商…   created         1  5.00   1, 2 missing',
			'1688-600907…  created         3  27.99             3',
		]);
	});

	it('turns control characters of a stranger’s title into spaces: no terminal escape or line break gets through', () => {
		const hostile: SyncedProduct = { title: 'Red\u001b[2J\u001b]0;pwned\u0007 shirt\r\nSALE', action: 'created\n', variants: [] };
		const [, , row] = syncTable([hostile]);
		expect(row).toBe('Red [2J ]0;pwned shirt SALE  created         0  no price          –');
		expect(cellText('a\u0000b\u009bc\u2028d')).toBe('a b c d');
	});
});

describe('what the table is built from', () => {
	it('measures and cuts by terminal columns', () => {
		expect(displayWidth('abc')).toBe(3);
		expect(displayWidth('睡衣')).toBe(4);
		expect(displayWidth('e\u0301')).toBe(1);
		expect(cutToWidth('abcdef', 6)).toBe('abcdef');
		expect(cutToWidth('abcdefg', 6)).toBe('abcde…');
		expect(cutToWidth('睡衣套装', 6)).toBe('睡衣…');
		expect(cutToWidth('睡衣套装', 5)).toBe('睡衣…');
	});
});

describe('totalsLine', () => {
	it('counts created, updated and unchanged (always), then other actions, the products and the stock levels set', () => {
		expect(totalsLine(firstRun)).toBe('Totals: created 2, updated 0, unchanged 0 (2 products); 7 stock levels set');
		const mixed = [product('1688-1', 'unchanged', ['1'], 0), product('1688-2', 'updated', ['1'], 1), product('1688-3', 'drafted', ['1'], undefined), product('1688-4', 'unchanged', ['1'], 0)];
		expect(totalsLine(mixed)).toBe('Totals: created 0, updated 1, unchanged 2, drafted 1 (4 products); 1 stock level set');
		expect(totalsLine([])).toBe('Totals: created 0, updated 0, unchanged 0 (0 products); 0 stock levels set');
	});
});

describe('which products a run wrote to, from the emulator’s log', () => {
	const secondRun = [product('1688-600907886190', 'unchanged', ['27.99'], 0), product('1688-600908313557', 'updated', ['22.99'], 0)];
	const [unchanged, updated] = secondRun as Array<SyncedProduct & { id: string; variants: Array<{ id: string; inventory_item_id: string }> }>;
	const api = (path: string) => `/admin/openapi/v20260301/${path}`;

	it('ties writes to products by ID in the path, handle on create, inventory item or variant; GETs and TMAPI are not writes', () => {
		const log = [
			{ api: 'shopline', method: 'GET', path: api(`products/${unchanged.id}.json`) },
			{ api: 'tmapi', method: 'POST', path: '/1688/item_detail_by_url', body: { url: 'x' } },
			{ api: 'shopline', method: 'PUT', path: api(`products/${updated.id}.json`), body: { product: {} } },
			{ api: 'shopline', method: 'POST', path: api('inventory_levels/set.json'), body: { inventory_item_id: updated.variants[0].inventory_item_id } },
			{ api: 'shopline', method: 'PUT', path: api(`variants/${unchanged.variants[0].id}.json`) },
			{ api: 'shopline', method: 'POST', path: api('products/products.json'), body: { product: { handle: '1688-600908313557' } } },
			{ api: 'shopline', method: 'POST', path: api('webhooks.json') },
		];
		expect(writesPerProduct(log, secondRun)).toEqual({ perProduct: [1, 3], other: 1 });
		expect(writesSummary(log, secondRun)).toEqual({ line: 'SHOPLINE writes: 5 (3 to the 1 updated product, 1 to no product of the run; 1 to the 1 unchanged product)', unchangedWritten: ['1688-600907886190'] });
	});

	it('says "none to the unchanged" when the run kept its word', () => {
		const log = [{ api: 'shopline', method: 'PUT', path: api(`products/${updated.id}.json`) }];
		expect(writesSummary(log, secondRun)).toEqual({ line: 'SHOPLINE writes: 1 (1 to the 1 updated product; none to the 1 unchanged product)', unchangedWritten: [] });
		expect(writesSummary([], firstRun).line).toBe('SHOPLINE writes: 0 (0 to the 2 created products)');
	});
});
