import { hashString, pick, seededRandom } from './random';

/**
 * Deterministic 1688 data in TMAPI's shapes, quirks included: shop lists give item_id as
 * a string and images as "https:////…", category v2 and item detail give item_id as a
 * number, detail images come protocol-relative ("//…"), prices are strings.
 */

export interface ListProduct {
	itemId: number;
	title: { zh: string; en: string };
	price: number;
	sales: number;
	createdRank: number;
	shopCat: string;
	newArrival: boolean;
	dropshipping: boolean;
	freeShipping: boolean;
	superFactory: boolean;
}

const NOUNS = [
	['睡衣', 'pajamas'],
	['太阳镜', 'sunglasses'],
	['剪刀', 'scissors'],
	['连衣裙', 'dress'],
	['背包', 'backpack'],
	['水杯', 'water bottle'],
	['手机壳', 'phone case'],
	['项链', 'necklace'],
] as const;
const ADJECTIVES = [
	['跨境', 'cross-border'],
	['新款', 'new style'],
	['工厂直销', 'factory direct'],
	['简约', 'minimalist'],
	['豹纹', 'leopard print'],
] as const;

function makeProducts(seedKey: string, count: number, idBase: number): ListProduct[] {
	const random = seededRandom(hashString(seedKey));
	return Array.from({ length: count }, (_, index) => {
		const noun = pick(random, NOUNS);
		const adjective = pick(random, ADJECTIVES);
		return {
			itemId: idBase + index * 7919 + Math.floor(random() * 1000),
			title: { zh: `${adjective[0]}${noun[0]} ${index + 1}号`, en: `${adjective[1]} ${noun[1]} no. ${index + 1}` },
			price: Math.round((1 + random() * 300) * 100) / 100,
			sales: Math.floor(random() * 100000),
			createdRank: Math.floor(random() * 1_000_000),
			shopCat: String(100 + Math.floor(random() * 3)),
			newArrival: random() < 0.2,
			dropshipping: random() < 0.5,
			freeShipping: random() < 0.3,
			superFactory: random() < 0.1,
		};
	});
}

const cache = new Map<string, ListProduct[]>();
function cached(key: string, build: () => ListProduct[]): ListProduct[] {
	let value = cache.get(key);
	if (!value) {
		value = build();
		cache.set(key, value);
	}
	return value;
}

export function shopProducts(shop: string, size: number): ListProduct[] {
	return cached(`shop:${shop}:${size}`, () => makeProducts(`shop:${shop}`, size, 600_000_000_000 + (hashString(shop) % 1_000_000) * 1000));
}

export function categoryProducts(catId: number, size: number): ListProduct[] {
	return cached(`cat:${catId}:${size}`, () => makeProducts(`cat:${catId}`, size, 700_000_000_000 + (catId % 100_000) * 10_000));
}

export function sortProducts(products: ListProduct[], sort: string): ListProduct[] {
	const sorted = [...products];
	if (sort === 'sales') sorted.sort((a, b) => b.sales - a.sales || a.itemId - b.itemId);
	else if (sort === 'price_up') sorted.sort((a, b) => a.price - b.price || a.itemId - b.itemId);
	else if (sort === 'price_down') sorted.sort((a, b) => b.price - a.price || a.itemId - b.itemId);
	else if (sort === 'time_up') sorted.sort((a, b) => a.createdRank - b.createdRank || a.itemId - b.itemId);
	else if (sort === 'time_down') sorted.sort((a, b) => b.createdRank - a.createdRank || a.itemId - b.itemId);
	return sorted;
}

const image = (id: number, n = 0) => `cbu01.alicdn.com/img/ibank/O1CN01${id.toString(36)}${n}_!!2214636595930-0-cib.jpg`;

export function shopItem(product: ListProduct) {
	return {
		item_id: String(product.itemId),
		title: product.title.zh,
		img: `https:////${image(product.itemId)}`,
		category_path: [],
		category_name: '',
		price: product.price.toFixed(2),
		quantity: null,
		sale_info: { sale_quantity: product.sales, sale_amount: 0 },
	};
}

export function categoryItemV2(product: ListProduct, language: string) {
	return {
		item_id: product.itemId,
		product_url: `https://detail.1688.com/offer/${product.itemId}.html`,
		title: language === 'zh' ? product.title.zh : `${product.title.en} [${language}]`,
		img: `https://${image(product.itemId)}`,
		category_path: ['54', '80'],
		price: product.price.toFixed(2),
		price_info: { price: product.price.toFixed(2), sale_price: product.price.toFixed(2), origin_price: '' },
		currency: 'CNY',
		moq: '2',
		quantity_begin: '2',
		sale_info: { sale_quantity_90days: product.sales > 10000 ? '10000+' : String(product.sales) },
		delivery_info: { area_from: ['浙江', '台州市'], free_shipping: product.freeShipping, ship_in_48h: false },
		shop_info: {
			company_name: '台州市示例商行',
			is_powerful_seller: false,
			is_super_factory: product.superFactory,
			shop_years: 3,
			score_info: { composite_score: '4.5' },
		},
		item_repurchase_rate: '50%',
		low_refund_rate: false,
		ship_in_48h: false,
		one_piece_min_order: false,
	};
}

export function categoryItemV1(product: ListProduct) {
	return {
		item_id: product.itemId,
		product_url: `https://detail.1688.com/offer/${product.itemId}.html`,
		title: product.title.zh,
		img: `https://${image(product.itemId)}`,
		price: ' ',
		price_info: { sale_price: product.price.toFixed(2), show_price: product.price.toFixed(2), origin_price: (product.price * 1.2).toFixed(2) },
		quantity_begin: 2,
		sales_count: String(product.sales),
		sale_info: { sale_quantity_int: product.sales, buyer_count: Math.floor(product.sales / 2) },
		shop_info: { login_id: '示例工厂', shop_url: 'https://example-factory.1688.com', company_name: '示例工厂', is_super_factory: product.superFactory, shop_repurchase_rate: '38.46' },
	};
}

const COLORS = [
	['黄色', 'Yellow'],
	['白色', 'White'],
	['黑色', 'Black'],
	['红色', 'Red'],
] as const;
const SIZES = ['S', 'M', 'L', 'XL'] as const;

/**
 * An item detail with sku_props and skus, keyed by its offer ID; `priceFactor` scales every
 * price of it, as when the seller changes the offer's price (1 = as generated).
 */
export function itemDetail(offerId: string, language: string, priceFactor = 1) {
	const id = Number(offerId);
	const random = seededRandom(hashString(`detail:${offerId}`));
	const colors = COLORS.slice(0, 2 + Math.floor(random() * 3));
	const sizes = SIZES.slice(0, 2 + Math.floor(random() * 3));
	const base = Math.round((10 + random() * 90) * 100) / 100;
	const money = (amount: number) => (Number(amount.toFixed(2)) * priceFactor).toFixed(2);
	const zh = language === 'zh';
	const skus = [] as Array<Record<string, unknown>>;
	colors.forEach((color, ci) =>
		sizes.forEach((size, si) => {
			skus.push({
				skuid: String(5_674_557_540_000 + ci * 10 + si + (id % 1000) * 100),
				specid: `${offerId}-${ci}-${si}`,
				sale_price: money(base + si * 1.5),
				origin_price: null,
				stock: 100 + Math.floor(random() * 5000),
				props_ids: `0:${ci};1:${si}`,
				props_names: `${zh ? '颜色' : 'Color'}:${zh ? color[0] : color[1]};${zh ? '尺码' : 'Size'}:${size}`,
				sale_count: 0,
				package_info: { weight: 0.12, length: 0, width: 0, height: 0, volume: 0 },
			});
		}),
	);
	const title = zh ? `跨境新款商品 ${offerId}` : `Cross-border new product ${offerId}`;
	return {
		item_id: id,
		product_url: `https://detail.1688.com/offer/${offerId}.html`,
		title,
		category_id: 1037924,
		root_category_id: 312,
		currency: 'CNY',
		offer_unit: '件',
		product_props: [{ 产品类别: zh ? '睡衣' : 'pajamas' }, { 货号: `Y${offerId.slice(-4)}` }],
		main_imgs: [0, 1, 2].map((n) => `//${image(id, n)}`),
		video_url: '',
		detail_url: `https://itemcdn.tmall.com/1688offer/icoss${offerId}`,
		sale_count: '175',
		sale_info: { sale_quantity_90days: 175 },
		price_info: { price: money(base), price_min: money(base), price_max: money(base + 4.5), origin_price_min: null, origin_price_max: null, discount_price: ' ' },
		tiered_price_info: { begin_num: 1, prices: [{ beginAmount: '1', price: money(base + 4.5) }, { beginAmount: '100', price: money(base) }] },
		shop_info: { shop_name: '示例服装厂', shop_url: 'https://winport.m.1688.com/page/index.html?memberId=b2b-22146365959302bc20', seller_login_id: '示例服装厂', seller_user_id: '2214636595930', seller_member_id: 'b2b-22146365959302bc20' },
		delivery_info: { location: '江苏省连云港市', location_code: '34323526', delivery_fee: 4, unit_weight: 0, template_id: '16519567' },
		sku_props: [
			{ pid: '0', prop_name: zh ? '颜色' : 'Color', values: colors.map((color, ci) => ({ vid: String(ci), name: zh ? color[0] : color[1], imageUrl: `https:////${image(id, ci + 3)}` })) },
			{ pid: '1', prop_name: zh ? '尺码' : 'Size', values: sizes.map((size, si) => ({ vid: String(si), name: size, imageUrl: ' ' })) },
		],
		skus,
		is_sold_out: false,
		stock: skus.reduce((sum, sku) => sum + (sku.stock as number), 0),
		promotions: [],
	};
}
