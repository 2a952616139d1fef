import { hashString, seededRandom } from '../random';
import { shopProducts } from '../tmapiCatalog';
import { findShop, type EmulatedShop, type TmapiRoute } from './common';

/**
 * A 1688 shop's information and its own category tree, by shop_url or member_id (either names
 * the same shop, see common.ts). The tree's leaf IDs are the `cat` values that Shop → Get Many
 * Items filters the same shop's products by.
 */

const RATINGS = [
	['退换体验', 'return_exchange_experience'],
	['纠纷解决', 'dispute_resolution'],
	['品质体验', 'product_experience'],
	['物流时效', 'logistics_experience'],
	['采购咨询', 'consultation_experience'],
] as const;

/** Reads the shop a request names: member_id or shop_url (TMAPI wants at least one), well formed. */
function shopOf(query: Record<string, string>): EmulatedShop | undefined {
	const byUrl = query.shop_url !== undefined && query.shop_url !== '';
	const byMember = query.member_id !== undefined && query.member_id !== '';
	if (!byUrl && !byMember) return undefined;
	return findShop(byMember ? { member_id: query.member_id } : { shop_url: query.shop_url });
}

function shopInfo(shop: EmulatedShop) {
	const random = seededRandom(hashString(`shopinfo:${shop.memberId}`));
	const city = (['浙江 义乌', '广东 广州', '广东 深圳', '浙江 台州', '江苏 连云港'] as const)[Math.floor(random() * 5)];
	const factory = random() < 0.6;
	return {
		member_id: shop.memberId,
		seller_id: Number(shop.digits.slice(-10)),
		company_id: 30_000_000 + Math.floor(random() * 9_000_000),
		company_name: `${city.split(' ')[1]}市示例${factory ? '工厂' : '贸易'}有限公司 ${shop.digits.slice(-4)}`,
		contact_phone: `1${Math.floor(3e9 + random() * 6e9)}`,
		shop_url: shop.url.replace(/\/$/, ''),
		shop_logo: `https:////cbu01.alicdn.com/img/ibank/logo_${shop.digits}.jpg`,
		shop_name: `示例${factory ? '工厂' : '商行'} ${shop.digits.slice(-4)}`,
		chat_url: `https://air.1688.com/app/ocms-fusion-components-1688/def_cbu_web_im/index.html?touid=cnalichn${shop.digits}`,
		location_str: `中国 ${city}`,
		is_industry_brand: random() < 0.2,
		is_factory: factory,
		is_super_factory: factory && random() < 0.3,
		is_flagship_shop: random() < 0.2,
		is_tp: true,
		tp_year: 1 + Math.floor(random() * 15),
		favorite_count: Math.floor(random() * 5000),
		shop_ratings: RATINGS.map(([title, type]) => ({ title, type, score: (3.5 + Math.round(random() * 15) / 10).toFixed(1) })),
	};
}

const TREE = [
	{ id: '10', name: '服装', children: [{ id: '100', name: '睡衣' }, { id: '101', name: '连衣裙' }] },
	{ id: '20', name: '配饰', children: [{ id: '102', name: '太阳镜' }] },
	{ id: '30', name: '清仓特价', children: [] as Array<{ id: string; name: string }> },
];

function shopCategories(shop: EmulatedShop, shopSize: number) {
	const products = shopProducts(shop.sub, shopSize);
	const count = (id: string) => products.filter((product) => product.shopCat === id).length;
	return TREE.map((top) => ({
		cat_id: top.id,
		name: top.name,
		item_count: top.children.reduce((sum, child) => sum + count(child.id), 0),
		children: top.children.map((child) => ({ cat_id: child.id, name: child.name, item_count: count(child.id), children: [] })),
	}));
}

export const shopRoutes: Record<string, TmapiRoute> = {
	'GET /1688/shop/shop_info': (_ctx, { query, ok, fail }) => {
		const shop = shopOf(query);
		if (!shop) return fail(422);
		return ok(shopInfo(shop), `shopinfo:${shop.memberId}`);
	},
	'GET /1688/shop/category': (ctx, { query, ok, fail }) => {
		const shop = shopOf(query);
		if (!shop) return fail(422);
		return ok({ member_id: shop.memberId, shop_url: shop.url, categories: shopCategories(shop, ctx.options.shopSize) }, `shopcat:${shop.memberId}`);
	},
};
