import { goneForm, priceFactor, type ApiContext, type Reply } from '../options';
import { hashString, pick, seededRandom } from '../random';
import type { TmapiRequest, TmapiRoute } from './common';
import { itemDetail } from '../tmapiCatalog';

/**
 * The per-product TMAPI endpoints beyond the detail by URL: detail by ID, description,
 * reviews (ten a page, "list" and has_next_page), domestic shipping fee and 30-day sales.
 * Everything is derived from the offer ID (and from itemDetail), so any numeric ID works and
 * the same ID always gives the same answer.
 */

const DETAIL_LANGUAGES = ['en', 'zh', 'ru', 'th', 'pt', 'es', 'tr', 'vi', 'ja', 'ko'];
const REVIEW_PAGE_SIZE = 10;

const offerIdOf = (value: string | undefined) => (value !== undefined && /^\d{6,20}$/.test(value) ? value : undefined);

/** Description images: https links in detail_imgs, the same ones (one protocol-relative) in detail_html. */
export function itemDescription(offerId: string) {
	const random = seededRandom(hashString(`desc:${offerId}`));
	const count = 3 + Math.floor(random() * 6);
	const images = Array.from({ length: count }, (_, n) => `https://cbu01.alicdn.com/img/ibank/2024/${offerId.slice(-3)}/${n}${Math.floor(random() * 1e6)}_1283248032.jpg`);
	const html = images.map((src, n) => `<p><img src="${n === 0 ? src.replace('https:', '') : src}" alt="" /></p>`).join('');
	return { item_id: Number(offerId), detail_imgs: images, detail_html: `<div class="desc">${html}</div>` };
}

const FEEDBACK = ['不错', '满意!', '质量很好，发货快', '还行', '评价方未及时做出评价,系统默认好评!', '面料舒服，会回购', '颜色有点色差'];

/** All reviews of a product, in the default order (0 to 35 of them). */
export function itemReviews(offerId: string) {
	const detail = itemDetail(offerId, 'zh');
	const random = seededRandom(hashString(`reviews:${offerId}`));
	const count = Math.floor(random() * 36);
	const skus = detail.skus.map((sku) => String(sku.props_names));
	const start = Date.UTC(2024, 0, 1);
	return Array.from({ length: count }, (_, n) => ({
		id: 20_000_000_000 + (hashString(`${offerId}:${n}`) % 10_000_000_000),
		feedback: pick(random, FEEDBACK),
		feedback_date: new Date(start + Math.floor(random() * 700) * 86_400_000 + Math.floor(random() * 86_400_000)).toISOString().replace('Z', '+00:00'),
		rate_star: random() < 0.8 ? 5 : 3 + Math.floor(random() * 2),
		sku_map: pick(random, skus),
		user_nick: `${pick(random, ['t', 'm', 's', '劲'])}**${Math.floor(random() * 10)}`,
	}));
}

/** Provinces by their spellings (name, name with 省/市, abbreviation, pinyin) → zone 0 (near) to 3 (remote). */
const PROVINCES: Array<[names: string[], zone: number]> = [
	[['江苏', '江苏省', 'js', 'jiangsu'], 0],
	[['浙江', '浙江省', 'zj', 'zhejiang'], 0],
	[['上海', '上海市', 'sh', 'shanghai'], 0],
	[['广东', '广东省', 'gd', 'guangdong'], 1],
	[['北京', '北京市', 'bj', 'beijing'], 1],
	[['四川', '四川省', 'sc', 'sichuan'], 2],
	[['内蒙古', '内蒙古自治区', 'nmg', 'neimenggu', 'inner mongolia'], 2],
	[['新疆', '新疆维吾尔自治区', 'xj', 'xinjiang'], 3],
	[['西藏', '西藏自治区', 'xz', 'xizang', 'tibet'], 3],
];
const ZONE_FEES: Array<[first: number, next: number]> = [
	[4, 1],
	[8, 3],
	[9, 7],
	[20, 15],
];

function provinceOf(value: string) {
	const key = value.trim().toLowerCase();
	const found = PROVINCES.find(([names]) => names.includes(key));
	return found ? { name: found[0][0], zone: found[1] } : undefined;
}

/** The freight of a shipment: first kilogram, then each further kilogram started. */
export function shippingFee(offerId: string, province: string, quantity: number, weight: number | undefined) {
	const target = provinceOf(province)!;
	const detail = itemDetail(offerId, 'zh');
	const unitWeight = Number((detail.skus[0].package_info as { weight: number }).weight);
	const totalWeight = Math.round((weight ?? quantity * unitWeight) * 1000) / 1000;
	const [first, next] = ZONE_FEES[target.zone];
	const extra = Math.max(0, Math.ceil(totalWeight - 1));
	return {
		shipping_to: target.name,
		unit: 'kg',
		first_unit: 1,
		first_unit_fee: first,
		next_unit: 1,
		next_unit_fee: next,
		total_quantity: quantity,
		total_weight: totalWeight,
		total_fee: first + extra * next,
	};
}

/** 30 days of sales ending on a fixed day, for the product or one of its SKUs. */
export function salesStatistics(offerId: string, specId: string | undefined) {
	const random = seededRandom(hashString(`sales:${offerId}:${specId ?? ''}`));
	const end = Date.UTC(2026, 10, 30);
	const trend = Array.from({ length: 30 }, (_, n) => {
		const sales = Math.floor(random() * (specId ? 40 : 300));
		return { date: new Date(end - (29 - n) * 86_400_000).toISOString().slice(0, 10), sales_quantity: sales, order_quantity: Math.ceil(sales / (2 + random() * 6)) };
	});
	const sum = trend.reduce((total, day) => total + day.sales_quantity, 0);
	const orders = trend.reduce((total, day) => total + day.order_quantity, 0);
	return {
		publish_time: new Date(end - (400 + (hashString(offerId) % 600)) * 86_400_000).toISOString().replace('T', ' ').slice(0, 19),
		sales_quantity_30days: sum,
		sales_quantity_total: `${Math.max(1, Math.round((sum * 8) / 10000))}万+`,
		order_quantity_total: `${Math.floor(orders * 6 / 100) * 100}+`,
		sales_trend: trend,
	};
}

/**
 * The answer of both detail endpoints: the detail, or what a gone offer (tmapi.goneOffers)
 * answers — code 404 "Item not found", or the detail delisted ("status": "offline") or sold out,
 * with no stock on any SKU.
 */
export function detailReply(ctx: ApiContext, offerId: string, language: string, { ok, fail }: Pick<TmapiRequest, 'ok' | 'fail'>): Reply {
	const form = goneForm(ctx.options, offerId);
	if (form === 'not_found') return fail(404);
	const detail: Record<string, unknown> = itemDetail(offerId, language, priceFactor(ctx.options, offerId));
	if (form) {
		for (const sku of detail.skus as Array<Record<string, unknown>>) sku.stock = 0;
		Object.assign(detail, { stock: 0, is_sold_out: true }, form === 'delisted' ? { status: 'offline' } : {});
	}
	return ok(detail, `detail:${offerId}`);
}

export const itemRoutes: Record<string, TmapiRoute> = {
	'GET /1688/item_detail': (ctx, { query: q, ok, fail }) => {
		const offerId = offerIdOf(q.item_id);
		if (!offerId || (q.language && !DETAIL_LANGUAGES.includes(q.language)) || (q.optimize_title && !['true', 'false'].includes(q.optimize_title))) return fail(422);
		return detailReply(ctx, offerId, q.language ?? 'zh', { ok, fail });
	},
	'GET /1688/item_desc': (_ctx, { query: q, ok, fail }) => {
		const offerId = offerIdOf(q.item_id);
		return offerId ? ok(itemDescription(offerId), `desc:${offerId}`) : fail(422);
	},
	'GET /1688/item/rating': (_ctx, { query: q, page, ok, fail }) => {
		const offerId = offerIdOf(q.item_id);
		const sort = q.sort_type ?? 'default';
		if (!offerId || !['default', 'latest'].includes(sort)) return fail(422);
		const reviews = itemReviews(offerId);
		if (sort === 'latest') reviews.sort((a, b) => b.feedback_date.localeCompare(a.feedback_date) || a.id - b.id);
		const list = reviews.slice((page - 1) * REVIEW_PAGE_SIZE, page * REVIEW_PAGE_SIZE);
		return ok(
			{ item_id: Number(offerId), page, page_size: REVIEW_PAGE_SIZE, sort_type: sort, has_next_page: page * REVIEW_PAGE_SIZE < reviews.length, list },
			`rating:${offerId}:${sort}:page=${page}`,
		);
	},
	'GET /1688/item/shipping': (_ctx, { query: q, ok, fail }) => {
		const offerId = offerIdOf(q.item_id);
		const quantity = q.total_quantity === undefined ? 1 : Number(q.total_quantity);
		const weight = q.total_weight === undefined ? undefined : Number(q.total_weight);
		if (!offerId || !provinceOf(q.province ?? '') || !Number.isInteger(quantity) || quantity < 1 || (weight !== undefined && !(weight > 0))) return fail(422);
		return ok(shippingFee(offerId, q.province, quantity, weight), `shipping:${offerId}`);
	},
	'GET /1688/item/statistics/sales': (_ctx, { query: q, ok, fail }) => {
		const offerId = offerIdOf(q.item_id);
		if (!offerId) return fail(422);
		if (q.spec_id !== undefined && !itemDetail(offerId, 'zh').skus.some((sku) => sku.specid === q.spec_id)) return fail(422);
		return ok(salesStatistics(offerId, q.spec_id), `sales:${offerId}`);
	},
};
