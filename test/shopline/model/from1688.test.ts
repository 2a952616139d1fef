import type { IDataObject } from 'n8n-workflow';

import { DEFAULT_RULES, MappingError, offeredStock, productFrom1688, roundPrice, storePrice, type MappingRules } from '../../../nodes/Shopline/model/from1688';
import { MAX_HTML } from '../../../nodes/Shopline/model/safeHtml';
import { cutText } from '../../../nodes/Shopline/model/text';
import fixture from '../../fixtures/tmapi/item-detail.json';

/** The real item detail of the fixture (a 3 × 3 pajama offer with per-colour images), fresh each time. */
const real = (): IDataObject => JSON.parse(JSON.stringify((fixture as { data: IDataObject }).data)) as IDataObject;

const rules = (patch: { [K in keyof MappingRules]?: Partial<MappingRules[K]> } = {}): MappingRules => ({
	pricing: { ...DEFAULT_RULES.pricing, ...patch.pricing },
	variants: { ...DEFAULT_RULES.variants, ...patch.variants },
	stock: { ...DEFAULT_RULES.stock, ...patch.stock },
	content: { ...DEFAULT_RULES.content, ...patch.content },
});

type Variant = { sku: string; price: string; compare_at_price?: string; weight?: string; option1?: string; option2?: string; option5?: string; image?: { src: string } };

/** An offer with six SKU properties, two values each for the first, one for the rest. */
function sixProperties(): IDataObject {
	const detail = real();
	const names = ['Color', 'Size', 'Material', 'Style', 'Pack', 'Season'];
	detail.sku_props = names.map((name, pid) => ({ pid: String(pid), prop_name: name, values: (pid === 0 ? ['Red', 'Blue'] : [`${name} A`]).map((value, vid) => ({ vid: String(vid), name: value, imageUrl: '' })) }));
	detail.skus = ['Red', 'Blue'].map((_, vid) => ({
		skuid: `90000000000${vid}`,
		specid: `spec${vid}`,
		sale_price: '10.00',
		stock: 7,
		props_ids: names.map((_name, pid) => `${pid}:${pid === 0 ? vid : 0}`).join(';'),
		props_names: '',
	}));
	return detail;
}

describe('1688 item detail → SHOPLINE product', () => {
	it('multi-SKU offer: options from sku_props, one variant per SKU with its own price, weight, image and stock', () => {
		const detail = real();
		const { product, stock, source } = productFrom1688(detail, rules({ pricing: { exchangeRate: 0.14, multiplier: 2 } }));
		const skus = detail.skus as Array<{ skuid: string; sale_price: string; stock: number; package_info: { weight: number } }>;
		const variants = product.variants as Variant[];
		expect(product.options).toEqual([
			{ name: '颜色', values: ['黄色豹纹', '白色豹纹', '肤色豹纹'] },
			{ name: '尺码', values: ['S', 'M', 'L'] },
		]);
		expect(variants.map((variant) => variant.sku)).toEqual(skus.map((sku) => sku.skuid));
		expect(variants.map((variant) => variant.price)).toEqual(skus.map((sku) => (Math.round(Number(sku.sale_price) * 0.14 * 2 * 100) / 100).toFixed(2)));
		expect(variants.map((variant) => variant.weight)).toEqual(skus.map((sku) => sku.package_info.weight.toFixed(2)));
		expect(stock).toEqual(skus.map((sku) => ({ sku: sku.skuid, available: sku.stock })));
		// "0:1;1:2" is 白色豹纹 / L, and the colour's picture goes on the variant.
		const first = variants[0];
		expect([first.option1, first.option2]).toEqual(['白色豹纹', 'L']);
		expect(first.image?.src).toMatch(/^https:\/\/cbu01\.alicdn\.com\//);
		expect(product).toMatchObject({ handle: `1688-${detail.item_id}`, spu: String(detail.item_id), status: 'draft', vendor: (detail.shop_info as IDataObject).shop_name });
		expect(source).toEqual({ item_id: String(detail.item_id), offer_url: `https://detail.1688.com/offer/${detail.item_id}.html` });
	});

	it('images: main images then SKU images, without repeats', () => {
		const detail = real();
		const { product } = productFrom1688(detail, rules());
		const sources = (product.images as Array<{ src: string }>).map((image) => image.src);
		expect(sources.slice(0, (detail.main_imgs as string[]).length)).toEqual([...new Set(detail.main_imgs as string[])]);
		expect(new Set(sources).size).toBe(sources.length);
		expect(productFrom1688(detail, rules({ content: { skuImages: false } })).product.images).toHaveLength(new Set(detail.main_imgs as string[]).size);
	});

	describe('every image passes one filter: http(s) addresses only, protocol-relative and extra slashes repaired', () => {
		/** The fixture's first SKU is 白色豹纹 (value 1 of the colour): give that value the picture under test. */
		const withSkuImage = (src: string | IDataObject) => {
			const detail = real();
			(detail.sku_props as Array<{ values: IDataObject[] }>)[0].values[1].imageUrl = src;
			return detail;
		};
		const firstVariantImage = (detail: IDataObject) => (productFrom1688(detail, rules()).product.variants as Variant[])[0].image;
		const imageSources = (detail: IDataObject) => (productFrom1688(detail, rules()).product.images as Array<{ src: string }>).map((image) => image.src);

		it.each([
			['javascript:alert(1)'],
			['JaVaScRiPt:alert(1)'],
			[' javascript:alert(1)'],
			['jav\tascript:alert(1)'],
			['data:image/png;base64,iVBORw0KGgo='],
			['vbscript:msgbox(1)'],
			['file:///etc/passwd'],
			['https://'],
			['https://user:secret@cbu01.alicdn.com/a.jpg'],
			['https://cbu01.alicdn.com/a b.jpg'],
			['https://cbu01.alicdn.com\\@evil.example/a.jpg'],
			['/img/ibank/a.jpg'],
			[`https://cbu01.alicdn.com/${'a'.repeat(3000)}.jpg`], // longer than 2048
			[{ src: 'https://cbu01.alicdn.com/a.jpg' }],
		])('a SKU picture %p is not a variant image nor a product image', (src) => {
			const detail = withSkuImage(src);
			expect(firstVariantImage(detail)).toBeUndefined();
			expect(imageSources(detail).some((image) => !/^https?:\/\/[^/\s]+\//.test(image) || image.includes('secret'))).toBe(false);
			expect(imageSources(detail)).toEqual(imageSources(withSkuImage('')));
		});

		it.each([
			['//cbu01.alicdn.com/img/ibank/a.jpg', 'https://cbu01.alicdn.com/img/ibank/a.jpg'],
			['https:////cbu01.alicdn.com/img/ibank/a.jpg', 'https://cbu01.alicdn.com/img/ibank/a.jpg'],
			['  http://cbu01.alicdn.com/img/ibank/a.jpg ', 'http://cbu01.alicdn.com/img/ibank/a.jpg'],
		])('a SKU picture %j becomes %j, as variant image and product image', (src, repaired) => {
			const detail = withSkuImage(src);
			expect(firstVariantImage(detail)).toEqual({ src: repaired });
			expect(imageSources(detail)).toContain(repaired);
		});

		it('main images and description images pass the same filter', () => {
			const detail = real();
			detail.main_imgs = ['javascript:alert(1)', '//cbu01.alicdn.com/m.jpg', 'data:image/gif;base64,R0lGOD=='];
			detail.sku_props = [];
			detail.skus = [];
			detail.price_info = { price: '3' };
			expect(productFrom1688(detail, rules()).product.images).toEqual([{ src: 'https://cbu01.alicdn.com/m.jpg', alt: detail.title }]);
			const described = productFrom1688({ ...detail, description_images: ['javascript:alert(1)', '//cbu01.alicdn.com/d.jpg'] }, rules()).product.body_html;
			expect(described).toBe('<p><img src="https://cbu01.alicdn.com/d.jpg"></p>');
		});
	});

	it('single-SKU offer: one default variant at the offer price, stock from the offer', () => {
		const detail: IDataObject = { ...real(), sku_props: [], skus: [], stock: 120, price_info: { price: '8.50' } };
		const { product, stock } = productFrom1688(detail, rules({ pricing: { multiplier: 1.5 } }));
		expect(product.options).toBeUndefined();
		expect(product.variants).toEqual([expect.objectContaining({ sku: String(detail.item_id), price: '12.75' })]);
		expect(stock).toEqual([{ sku: String(detail.item_id), available: 120 }]);
	});

	it('a SKU without its own price takes the offer price', () => {
		const detail = real();
		(detail.skus as IDataObject[])[0].sale_price = '';
		const variants = productFrom1688(detail, rules()).product.variants as Variant[];
		expect(variants[0].price).toBe('25.90');
	});

	it('more than 5 SKU properties: a clear error by default', () => {
		expect(() => productFrom1688(sixProperties(), rules())).toThrow(MappingError);
		expect(() => productFrom1688(sixProperties(), rules())).toThrow('has 6 SKU properties (Color, Size, Material, Style, Pack, Season); SHOPLINE allows 5 options');
	});

	it('more than 5 SKU properties joined into option 5', () => {
		const { product } = productFrom1688(sixProperties(), rules({ variants: { extraProperties: 'merge' } }));
		expect((product.options as Array<{ name: string }>).map((option) => option.name)).toEqual(['Color', 'Size', 'Material', 'Style', 'Pack / Season']);
		expect((product.variants as Variant[]).map((variant) => [variant.option1, variant.option5])).toEqual([
			['Red', 'Pack A / Season A'],
			['Blue', 'Pack A / Season A'],
		]);
	});

	it('SKU code from specid when chosen', () => {
		const detail = real();
		const variants = productFrom1688(detail, rules({ variants: { skuCode: 'specid' } })).product.variants as Variant[];
		expect(variants.map((variant) => variant.sku)).toEqual((detail.skus as Array<{ specid: string }>).map((sku) => sku.specid));
	});

	it('zero and missing stock offer 0; percent and cap lower what is offered', () => {
		const detail = real();
		const skus = detail.skus as IDataObject[];
		skus[0].stock = 0;
		delete skus[1].stock;
		skus[2].stock = 1001;
		const { stock } = productFrom1688(detail, rules({ stock: { percent: 50, cap: 300 } }));
		expect(stock.slice(0, 3).map((entry) => entry.available)).toEqual([0, 0, 300]);
		expect(offeredStock(9, { percent: 50, cap: 0 })).toBe(4);
	});

	it('no package_info: the weight comes from the delivery unit weight, else none is sent', () => {
		const detail = real();
		for (const sku of detail.skus as IDataObject[]) delete sku.package_info;
		expect((productFrom1688(detail, rules()).product.variants as Variant[]).every((variant) => variant.weight === undefined)).toBe(true);
		detail.delivery_info = { unit_weight: 0.3 };
		expect((productFrom1688(detail, rules()).product.variants as Variant[]).every((variant) => variant.weight === '0.30')).toBe(true);
	});

	it('price tiers by cost range, then rounding, then compare-at as a multiple', () => {
		const pricing = {
			...DEFAULT_RULES.pricing,
			exchangeRate: 1,
			tiers: [
				{ minCost: 0, maxCost: 10, multiplier: 3, fixedAmount: 0 },
				{ minCost: 10, maxCost: 50, multiplier: 2, fixedAmount: 1 },
			],
			multiplier: 1.2,
			rounding: 'dot99' as const,
			compareAtMultiplier: 1.5,
		};
		expect(storePrice(5, pricing)).toEqual({ price: '15.99', compareAtPrice: '23.99' });
		expect(storePrice(10, pricing)).toEqual({ price: '21.99', compareAtPrice: '32.99' });
		expect(storePrice(100, pricing).price).toBe('120.99');
	});

	describe('prices from 1688 text, and store prices SHOPLINE can take', () => {
		const firstSku = (detail: IDataObject) => (detail.skus as IDataObject[])[0];
		const mapError = (detail: IDataObject, patch: Parameters<typeof rules>[0] = {}) => {
			try {
				productFrom1688(detail, rules(patch));
			} catch (error) {
				return error instanceof MappingError ? `${error.rule}: ${error.message}` : `not a MappingError: ${String(error)}`;
			}
			return 'no error';
		};

		it.each([
			['1,299.00', '1299.00'],
			['12,345,678.5', '12345678.50'],
			[' 8.5 ', '8.50'],
			[19.9, '19.90'],
		])('the SKU price %p is read as %p, not replaced by the offer price', (raw, price) => {
			const detail = real();
			firstSku(detail).sale_price = raw;
			expect((productFrom1688(detail, rules()).product.variants as Variant[])[0].price).toBe(price);
		});

		it('an offer with one SKU reads "1,299.00" the same way', () => {
			const detail: IDataObject = { ...real(), sku_props: [], skus: [], price_info: { price: '1,299.00' } };
			expect((productFrom1688(detail, rules()).product.variants as Variant[])[0].price).toBe('1299.00');
		});

		it.each([['1e15'], ['abc'], ['-5'], ['12.5.3'], ['1,29.00'], ['NaN'], [-3], [Infinity], [{ value: 5 }]])('a SKU price %p is refused, naming the offer and the SKU', (raw) => {
			const detail = real();
			firstSku(detail).sale_price = raw;
			const shown = typeof raw === 'string' ? `"${raw}"` : typeof raw === 'number' ? String(raw) : '{"value":5}';
			expect(mapError(detail)).toBe(`Price: SKU ${String(firstSku(detail).skuid)} of the 1688 item ${String(detail.item_id)} has the price ${shown}, which is not a price — 1688 prices look like 12.50 or 1,299.00`);
		});

		it('an offer price that is not a price is refused when a SKU needs it', () => {
			const detail: IDataObject = { ...real(), sku_props: [], skus: [], price_info: { price: 'call us' } };
			expect(mapError(detail)).toBe(`Price: the 1688 item ${String(detail.item_id)} has the price "call us", which is not a price — 1688 prices look like 12.50 or 1,299.00`);
		});

		it('a missing or zero SKU price still takes the offer price', () => {
			const detail = real();
			firstSku(detail).sale_price = '0.00';
			(detail.skus as IDataObject[])[1].sale_price = null;
			expect((productFrom1688(detail, rules()).product.variants as Variant[]).slice(0, 2).map((variant) => variant.price)).toEqual(['25.90', '25.90']);
		});

		const sku = (detail: IDataObject) => `SKU ${String(firstSku(detail).skuid)} of the 1688 item ${String(detail.item_id)}`;
		const CHECK = 'a store price must be above 0 and at most 999999999.99; check Store Currency per CNY, Price Multiplier, Fixed Amount and Price Tiers';

		it('a negative Fixed Amount that takes a price below 0 is refused', () => {
			const detail = real();
			firstSku(detail).sale_price = '2.00';
			expect(mapError(detail, { pricing: { fixedAmount: -5 } })).toBe(`Price: ${sku(detail)} would sell at -3.00 (1688 price 2 CNY) — ${CHECK}`);
		});

		it('a rate so small that the price rounds to 0.00 is refused', () => {
			const detail = real();
			firstSku(detail).sale_price = '0.01';
			expect(mapError(detail, { pricing: { exchangeRate: 0.0001 } })).toBe(`Price: ${sku(detail)} would sell at 0.00 (1688 price 0.01 CNY) — ${CHECK}`);
		});

		it.each([
			[1e15, '1000000000000000.00'],
			[1e21, '1.00e+21'],
		])('a SKU price of %p is refused rather than sent', (raw, shown) => {
			const detail = real();
			firstSku(detail).sale_price = raw;
			expect(mapError(detail)).toBe(`Price: ${sku(detail)} would sell at ${shown} (1688 price ${String(raw)} CNY) — ${CHECK}`);
		});

		it('a compare-at price over the limit is refused; one not above the price is not sent', () => {
			const detail = real();
			firstSku(detail).sale_price = '600000000';
			expect(mapError(detail, { pricing: { compareAtMultiplier: 2 } })).toBe(`Price: ${sku(detail)} would have the compare-at price 1200000000.00 — ${CHECK.replace('Price Tiers', 'Compare-At Multiplier')}`);
			expect(storePrice(10, { ...DEFAULT_RULES.pricing, compareAtMultiplier: 1 })).toEqual({ price: '10.00' });
			expect(storePrice(10, { ...DEFAULT_RULES.pricing, compareAtMultiplier: 1.5 })).toEqual({ price: '10.00', compareAtPrice: '15.00' });
		});
	});

	it.each([
		[12.3, 'none', 12.3],
		[12.301, 'none', 12.3],
		[12.3, 'whole', 13],
		[12, 'whole', 12],
		[12.3, 'dot99', 12.99],
		[12.99, 'dot99', 12.99],
		[12.995, 'dot99', 13.99],
		[12.3, 'dot90', 12.9],
		[12.95, 'dot90', 13.9],
	] as const)('rounds %s with %s to %s', (amount, rounding, expected) => {
		expect(roundPrice(amount, rounding)).toBe(expected);
	});

	it('missing images: no image list entries, the product still maps', () => {
		const detail = { ...real(), main_imgs: [], sku_props: [] as unknown[], skus: [] as unknown[], price_info: { price: '3' } };
		expect(productFrom1688(detail, rules()).product.images).toEqual([]);
	});

	it('description from the description HTML, else its images, else the title; attributes on request', () => {
		const detail = real();
		expect(productFrom1688(detail, rules()).product.body_html).toBe(`<p>${String(detail.title)}</p>`);
		expect(productFrom1688({ ...detail, description_images: ['https://cbu01.alicdn.com/d/1.jpg'] }, rules()).product.body_html).toBe('<p><img src="https://cbu01.alicdn.com/d/1.jpg"></p>');
		expect(productFrom1688({ ...detail, description_html: '<div>Made in Jiangsu</div>' }, rules()).product.body_html).toBe('<div>Made in Jiangsu</div>');
		expect(productFrom1688(detail, rules({ content: { attributes: true } })).product.body_html).toContain('<li>产品类别: 睡衣</li>');
	});

	it('the description HTML is sanitised: no script, handler, iframe or javascript: link reaches the store', () => {
		const detail = real();
		const html = '<p onclick="steal()">Soft <b>cotton</b></p><script>alert(1)</script><iframe src="https://evil.example/"></iframe><a href="java&#115;cript:alert(1)">more</a><img src="//cbu01.alicdn.com/d/1.jpg" onerror="alert(1)">';
		expect(productFrom1688({ ...detail, description_html: html }, rules()).product.body_html).toBe('<p>Soft <b>cotton</b></p>more<img src="https://cbu01.alicdn.com/d/1.jpg">');
	});

	it('a description with nothing left after sanitising falls back to the description images, else the title', () => {
		const detail = real();
		const html = '<script>alert(1)</script><style>body{display:none}</style>';
		expect(productFrom1688({ ...detail, description_html: html, description_images: ['https://cbu01.alicdn.com/d/1.jpg'] }, rules()).product.body_html).toBe('<p><img src="https://cbu01.alicdn.com/d/1.jpg"></p>');
		expect(productFrom1688({ ...detail, description_html: html }, rules()).product.body_html).toBe(`<p>${String(detail.title)}</p>`);
	});

	it('the description is bounded, attributes list included', () => {
		const detail = real();
		detail.description_html = `<p>${'面料 cotton '.repeat(100_000)}</p>`;
		detail.product_props = Array.from({ length: 5000 }, (_, n) => ({ [`属性${n}`]: 'x'.repeat(500) }));
		const body = String(productFrom1688(detail, rules({ content: { attributes: true } })).product.body_html);
		expect(body.length).toBeLessThanOrEqual(MAX_HTML);
		expect(body).toMatch(/^<p>面料 cotton .*<\/p>$/);
	});

	it('title, vendor, tags and status from the rules', () => {
		const { product } = productFrom1688(real(), rules({ content: { title: 'Leopard Pajamas', vendor: 'My Brand', tags: ['1688', 'pajamas'], status: 'active' } }));
		expect(product).toMatchObject({ title: 'Leopard Pajamas', vendor: 'My Brand', tags: '1688,pajamas', status: 'active' });
	});

	it('refuses an input that is not a 1688 item detail, naming what to connect', () => {
		expect(() => productFrom1688({ title: 'x' }, rules())).toThrow('the input item has no 1688 item_id (got null) — connect the output of TMAPI 1688 → Item → Get Detail');
	});

	it('more than 500 SKUs is refused rather than cut', () => {
		const detail = real();
		detail.skus = Array.from({ length: 501 }, (_, n) => ({ ...(detail.skus as IDataObject[])[0], skuid: String(n) }));
		expect(() => productFrom1688(detail, rules())).toThrow('has 501 SKUs; SHOPLINE allows 500 variants per product');
	});

	describe('cutting a stranger\'s text to SHOPLINE\'s 255 characters', () => {
		const hasLoneSurrogate = (value: string) => /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(value);

		it.each([
			['an emoji across the cut', `${'a'.repeat(254)}😀 and more`, 'a'.repeat(254)],
			['a flag (two code points) across the cut', `${'a'.repeat(253)}🇨🇳 flag`, 'a'.repeat(253)],
			['a family (joined emoji) across the cut', `${'a'.repeat(250)}👨‍👩‍👧 family`, 'a'.repeat(250)],
			['a letter with its accent across the cut', `${'a'.repeat(254)}e\u0301 x`, 'a'.repeat(254)],
			['Chinese text, one unit a character', '睡'.repeat(300), '睡'.repeat(255)],
		])('title with %s: cut between two characters as the reader sees them', (_name, title, expected) => {
			const sent = String(productFrom1688({ ...real(), title }, rules()).product.title);
			expect(sent).toBe(expected);
			expect(hasLoneSurrogate(sent)).toBe(false);
		});

		it('a long run of flags is cut between two whole flags, however far back the run begins', () => {
			expect(cutText(`a${'🇨🇳'.repeat(1000)}`, 500)).toBe(`a${'🇨🇳'.repeat(124)}`);
			expect(cutText(`${'🇨🇳'.repeat(1000)}`, 501)).toBe('🇨🇳'.repeat(125));
		});

		it('the vendor from the 1688 shop name is cut the same way', () => {
			const detail = real();
			detail.shop_info = { shop_name: `${'店'.repeat(254)}😀😀` };
			expect(productFrom1688(detail, rules()).product.vendor).toBe('店'.repeat(254));
		});

		it('an item_id that is not one is shown shortened in the error', () => {
			let message = '';
			try {
				productFrom1688({ ...real(), item_id: 'x'.repeat(100_000) }, rules());
			} catch (error) {
				message = (error as Error).message;
			}
			expect(message).toMatch(/^the input item has no 1688 item_id \(got "x+…"\)/);
			expect(message.length).toBeLessThan(300);
		});
	});

	it('two SKUs with one skuid get distinct SKU codes, stable from run to run, the stock following each', () => {
		const detail = real();
		const skus = detail.skus as IDataObject[];
		const code = String(skus[0].skuid);
		skus[1].skuid = code;
		skus[2].skuid = `${code}-2`;
		skus[3].skuid = code;
		skus[3].stock = 77;
		const { product, stock } = productFrom1688(detail, rules());
		const codes = (product.variants as Variant[]).map((variant) => variant.sku);
		expect(codes.slice(0, 4)).toEqual([code, `${code}-3`, `${code}-2`, `${code}-4`]);
		expect(new Set(codes).size).toBe(codes.length);
		expect(stock.slice(0, 4).map((entry) => entry.sku)).toEqual(codes.slice(0, 4));
		expect(stock[3].available).toBe(77);
		expect((productFrom1688(detail, rules()).product.variants as Variant[]).map((variant) => variant.sku)).toEqual(codes);
	});

	it('a SKU repeated by 1688 becomes one variant', () => {
		const detail = real();
		const skus = detail.skus as IDataObject[];
		skus.push({ ...skus[0], skuid: '1' });
		expect((productFrom1688(detail, rules()).product.variants as Variant[]).length).toBe(skus.length - 1);
	});
});
