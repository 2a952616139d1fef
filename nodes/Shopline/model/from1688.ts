import type { IDataObject } from 'n8n-workflow';

import { chosenValues, description, list, positive, propertiesOf, record, text, uniqueCodes } from './from1688Detail';
import { costOf, storePrice, type PricingRules } from './from1688Price';
import { MappingError } from './mappingError';
import { cutText, shortValue } from './text';
import { webUrl } from './webUrl';

export { MAX_PRICE, roundPrice, storePrice, type PriceTier, type PricingRules, type Rounding } from './from1688Price';
export { MappingError } from './mappingError';

/**
 * Turns a TMAPI 1688 item detail into a SHOPLINE product: pricing rules, options and
 * variants from the SKU properties, per-variant stock, images and description. Pure: no
 * request, no n8n context; whatever the rules cannot map is a MappingError naming the rule.
 */

export interface MappingRules {
	pricing: PricingRules;
	variants: {
		skuCode: 'skuid' | 'specid';
		/** More than five SKU properties: fail, or join the fifth and the rest into option 5. */
		extraProperties: 'error' | 'merge';
		optionImages: boolean;
		inventoryTracker: boolean;
		inventoryPolicy: 'deny' | 'continue';
	};
	stock: {
		/** Share of the 1688 stock offered, in percent. */
		percent: number;
		/** Most offered per variant; 0 = no cap. */
		cap: number;
	};
	content: {
		/** A title of the user's; the item's own when blank. */
		title?: string;
		/** A vendor of the user's; the 1688 shop's name when blank. */
		vendor?: string;
		status: 'draft' | 'active' | 'archived';
		tags: string[];
		handlePrefix: string;
		skuImages: boolean;
		attributes: boolean;
	};
}

export const DEFAULT_RULES: MappingRules = {
	pricing: { exchangeRate: 1, multiplier: 1, fixedAmount: 0, tiers: [], rounding: 'none', compareAtMultiplier: 0 },
	variants: { skuCode: 'skuid', extraProperties: 'error', optionImages: true, inventoryTracker: true, inventoryPolicy: 'deny' },
	stock: { percent: 100, cap: 0 },
	content: { status: 'draft', tags: [], handlePrefix: '1688-', skuImages: true, attributes: false },
};

/** The stock to set for one variant, found again by its SKU once SHOPLINE has the variant. */
export interface VariantStock {
	sku: string;
	available: number;
}

export interface MappedProduct {
	/** SHOPLINE's product object, as Create sends it. */
	product: IDataObject;
	stock: VariantStock[];
	/** The 1688 offer the product came from. */
	source: { item_id: string; offer_url: string };
}

/** SHOPLINE's limits per product. */
export const MAX_TEXT = 255;
export const MAX_OPTIONS = 5;
export const MAX_VARIANTS = 500;
export const MAX_IMAGES = 502;

/** What is offered of a 1688 stock under the stock rules. */
export function offeredStock(stock: unknown, rules: MappingRules['stock']): number {
	const available = typeof stock === 'number' ? stock : Number(text(stock));
	if (!Number.isFinite(available) || available <= 0) return 0;
	const share = Math.floor((Math.floor(available) * rules.percent) / 100);
	return rules.cap > 0 ? Math.min(share, rules.cap) : share;
}

/** The 1688 offer price of an item with one SKU, or the fallback of a SKU without its own. */
function offerCost(detail: IDataObject, who: string): number | undefined {
	const info = record(detail.price_info);
	return costOf(info.sale_price, who) ?? costOf(info.price, who) ?? costOf(info.price_min, who) ?? costOf(detail.price, who);
}

/** Maps one 1688 item detail to a SHOPLINE product under the rules. */
export function productFrom1688(detail: IDataObject, rules: MappingRules): MappedProduct {
	if ('sku_count' in detail && !('sku_props' in detail) && !('main_imgs' in detail)) {
		throw new MappingError('Input Item', 'the input item is a simplified 1688 detail — turn Simplify off in TMAPI 1688 → Item → Get Detail: the sync needs the whole detail');
	}
	const itemId = text(detail.item_id);
	if (!/^\d{6,20}$/.test(itemId)) throw new MappingError('Input Item', `the input item has no 1688 item_id (got ${shortValue(detail.item_id)}) — connect the output of TMAPI 1688 → Item → Get Detail`);
	const title = cutText(rules.content.title?.trim() || text(detail.title), MAX_TEXT);
	if (!title) throw new MappingError('Title', `the 1688 item ${itemId} has no title — set Title`);

	let properties = propertiesOf(detail);
	const skus = list(detail.skus).map(record);
	if (skus.length > MAX_VARIANTS) throw new MappingError('Variants', `the 1688 item ${itemId} has ${skus.length} SKUs; SHOPLINE allows ${MAX_VARIANTS} variants per product`);
	if (properties.length > MAX_OPTIONS && rules.variants.extraProperties === 'error') {
		throw new MappingError(
			'More Than 5 SKU Properties',
			`the 1688 item ${itemId} has ${properties.length} SKU properties (${properties.map((prop) => prop.name).join(', ')}); SHOPLINE allows ${MAX_OPTIONS} options — choose "Join the Rest into Option 5"`,
		);
	}

	const offer = `the 1688 item ${itemId}`;
	const variants: IDataObject[] = [];
	const stock: VariantStock[] = [];
	const variantBase = { weight_unit: 'kg', inventory_tracker: rules.variants.inventoryTracker, inventory_policy: rules.variants.inventoryPolicy };
	const weightOf = (packageInfo: unknown) => {
		const weight = positive(record(packageInfo).weight) ?? positive(record(detail.delivery_info).unit_weight);
		return weight === undefined ? {} : { weight: weight.toFixed(2) };
	};

	let options: Array<{ name: string; values: string[] }> = [];
	if (skus.length === 0) {
		// An offer with a single SKU: one default variant at the offer price.
		const cost = offerCost(detail, offer);
		if (cost === undefined) throw new MappingError('Price', `the 1688 item ${itemId} has no price`);
		const sku = itemId;
		const prices = storePrice(cost, rules.pricing, offer);
		variants.push({ ...variantBase, sku, price: prices.price, ...(prices.compareAtPrice ? { compare_at_price: prices.compareAtPrice } : {}), ...weightOf(detail.package_info) });
		stock.push({ sku, available: offeredStock(detail.stock, rules.stock) });
	} else {
		if (properties.length === 0) properties = [{ pid: '', name: 'Variant', values: [] }];
		const kept = properties.length > MAX_OPTIONS ? MAX_OPTIONS - 1 : properties.length;
		const names = properties.slice(0, kept).map((prop) => prop.name);
		if (properties.length > MAX_OPTIONS) names.push(properties.slice(kept).map((prop) => prop.name).join(' / '));
		const values = names.map(() => [] as string[]);
		const seen = new Set<string>();
		const codeOf = (sku: IDataObject) => text(sku[rules.variants.skuCode]) || text(sku.skuid) || text(sku.specid);
		const uniqueCode = uniqueCodes(skus.map(codeOf));
		for (const sku of skus) {
			const code = codeOf(sku);
			if (!code) throw new MappingError('SKU Code From', `a SKU of the 1688 item ${itemId} has neither skuid nor specid`);
			const chosen = properties[0].pid === '' && properties[0].values.length === 0 ? [{ name: text(sku.props_names) || code, image: '' }] : chosenValues(sku, properties);
			const missing = chosen.findIndex((value) => value === undefined);
			if (missing >= 0) throw new MappingError('Variants', `SKU ${code} of the 1688 item ${itemId} has no value for "${properties[missing].name}"`);
			const present = chosen as Array<{ name: string; image: string }>;
			const optionValues = present.slice(0, kept).map((value) => value.name);
			if (properties.length > MAX_OPTIONS) optionValues.push(present.slice(kept).map((value) => value.name).join(' / '));
			const combination = optionValues.join('\u0000');
			if (seen.has(combination)) continue; // 1688 repeats a SKU now and then; SHOPLINE refuses twins.
			seen.add(combination);
			const skuCode = uniqueCode(code);
			optionValues.forEach((value, index) => {
				if (!values[index].includes(value)) values[index].push(value);
			});
			const image = rules.variants.optionImages ? present.find((value) => value.image)?.image : undefined;
			const who = `SKU ${code} of the 1688 item ${itemId}`;
			const cost = costOf(sku.sale_price, who) ?? costOf(sku.price, who) ?? offerCost(detail, offer);
			if (cost === undefined) throw new MappingError('Price', `SKU ${code} of the 1688 item ${itemId} has no price, nor has the offer`);
			const prices = storePrice(cost, rules.pricing, who);
			variants.push({
				...variantBase,
				sku: skuCode,
				price: prices.price,
				...(prices.compareAtPrice ? { compare_at_price: prices.compareAtPrice } : {}),
				...Object.fromEntries(optionValues.map((value, index) => [`option${index + 1}`, value])),
				...weightOf(sku.package_info),
				...(image ? { image: { src: image } } : {}),
			});
			stock.push({ sku: skuCode, available: offeredStock(sku.stock, rules.stock) });
		}
		// Values in 1688's own order (S, M, L), not in the order the SKUs happen to come.
		const rank = (index: number, value: string) => properties[index]?.values.findIndex((candidate) => candidate.name === value) ?? -1;
		options = names.map((name, index) => ({ name, values: index < kept ? [...values[index]].sort((a, b) => rank(index, a) - rank(index, b)) : values[index] }));
	}

	const imageSources = list(detail.main_imgs).flatMap((src) => webUrl(src) ?? []);
	if (rules.content.skuImages) for (const prop of properties) for (const value of prop.values) if (value.image) imageSources.push(value.image);
	const images = [...new Set(imageSources)].slice(0, MAX_IMAGES).map((src) => ({ src, alt: title }));

	const product: IDataObject = {
		title,
		body_html: description(detail, title, rules.content.attributes),
		handle: `${rules.content.handlePrefix}${itemId}`,
		spu: itemId,
		vendor: cutText(rules.content.vendor?.trim() || text(record(detail.shop_info).shop_name), MAX_TEXT) || undefined,
		tags: rules.content.tags.join(','),
		status: rules.content.status,
		images,
		...(options.length ? { options } : {}),
		variants,
	};
	for (const key of Object.keys(product)) if (product[key] === undefined || product[key] === '') delete product[key];
	return { product, stock, source: { item_id: itemId, offer_url: `https://detail.1688.com/offer/${itemId}.html` } };
}
