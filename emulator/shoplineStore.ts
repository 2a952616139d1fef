import { hashString, pick, seededRandom } from './random';

/**
 * An in-memory SHOPLINE store: products with 26-digit string IDs, prices as text, options
 * and variants, created_at/updated_at as ISO 8601. Create, update and delete change it.
 */

export interface StoreProduct {
	id: string;
	title: string;
	handle: string;
	status: 'active' | 'draft' | 'archived';
	vendor: string;
	product_category: string;
	tags: string;
	spu: string;
	subtitle: string;
	body_html: string;
	created_at: string;
	updated_at: string;
	published_scope: string;
	product_type: string;
	images: Array<{ id: string; src: string; alt: string }>;
	options: Array<{ id: string; name: string; product_id: string; values: string[]; values_images: Record<string, string> }>;
	variants: Array<Record<string, unknown>>;
	[key: string]: unknown;
}

const EPOCH = Date.parse('2025-01-01T00:00:00Z');
const VENDORS = ['Factory A', 'Factory B', 'SHOPLINE', 'ACME'] as const;
const CATEGORIES = ['Clothes', 'Accessories', 'Home', 'Electronics'] as const;

/** 26 digits built as text (a number this long would lose digits); IDs sort like creation order. */
export function productId(index: number): string {
	return `16057850264845${String(index).padStart(12, '0')}`;
}

function variantId(index: number, n: number): string {
	return `18060878902931${String(index * 10 + n).padStart(12, '0')}`;
}

/** The inventory item of a variant: SHOPLINE gives every variant one, created with it. */
export function inventoryItemId(index: number, n: number): string {
	return `60878902951390${String(index * 10 + n).padStart(5, '0')}`;
}

const iso = (ms: number) => new Date(Math.floor(ms / 1000) * 1000).toISOString().replace('.000Z', '+00:00');

function generate(index: number): StoreProduct {
	const random = seededRandom(hashString(`store:${index}`));
	const id = productId(index);
	const created = EPOCH + index * 3_600_000;
	const colors = ['White', 'Black', 'Red'].slice(0, 1 + Math.floor(random() * 3));
	return {
		id,
		title: `Product ${index + 1}`,
		handle: `product-${index + 1}`,
		status: random() < 0.8 ? 'active' : random() < 0.5 ? 'draft' : 'archived',
		vendor: pick(random, VENDORS),
		product_category: pick(random, CATEGORIES),
		tags: 'Spring,T shirt',
		spu: `S${String(index + 1).padStart(8, '0')}`,
		subtitle: '',
		body_html: `<p>Product ${index + 1}</p>`,
		created_at: iso(created),
		updated_at: iso(created + Math.floor(random() * 86_400_000 * 300)),
		published_scope: 'web',
		product_type: 'NORMAL',
		images: [{ id: `59766321232249${String(index).padStart(5, '0')}`, src: `https://img.myshopline.com/image/store/${index}.webp`, alt: `Product ${index + 1}` }],
		options: [{ id: `1616087890293${String(index).padStart(13, '0')}`, name: 'Color', product_id: id, values: colors, values_images: {} }],
		variants: colors.map((color, n) => ({
			id: variantId(index, n),
			product_id: id,
			title: color,
			option1: color,
			price: (10 + (index % 90) + n).toFixed(2),
			compare_at_price: (20 + (index % 90) + n).toFixed(2),
			sku: `S${String(index + 1).padStart(8, '0')}-${n + 1}`,
			barcode: '',
			position: n + 1,
			weight: '0.20',
			weight_unit: 'kg',
			inventory_item_id: inventoryItemId(index, n),
			inventory_quantity: Math.floor(random() * 500),
			inventory_policy: 'deny',
			inventory_tracker: true,
			required_shipping: true,
			taxable: true,
		})),
	};
}

/** Tags as SHOPLINE answers them: "a,b", from "a, b" or ["a", "b"]. */
function storedTags(tags: unknown): string {
	const list = Array.isArray(tags) ? tags.map(String) : typeof tags === 'string' ? tags.split(',') : [];
	return list.map((tag) => tag.trim()).filter(Boolean).join(',');
}

export interface ProductFilters {
	collection_id?: string;
	created_at_min?: string;
	created_at_max?: string;
	updated_at_min?: string;
	updated_at_max?: string;
	handle?: string;
	ids?: string;
	product_category?: string;
	since_id?: string;
	status?: string;
	title?: string;
	vendor?: string;
	order_by?: string;
}

export const FILTER_KEYS: Array<keyof ProductFilters> = [
	'collection_id',
	'created_at_min',
	'created_at_max',
	'updated_at_min',
	'updated_at_max',
	'handle',
	'ids',
	'product_category',
	'since_id',
	'status',
	'title',
	'vendor',
	'order_by',
];

export class ShoplineStore {
	/** The product IDs of a collection, for the collection_id filter; the collections area sets it. */
	static collectionMembers?: (store: ShoplineStore, collectionId: string) => ReadonlySet<string>;

	private readonly products = new Map<string, StoreProduct>();

	private nextIndex: number;

	/** Variants made by create and update so far: their IDs and inventory items. */
	private variantSerial = 0;

	/** Products already serialised; an entry is dropped when its product changes. */
	private readonly jsonCache = new Map<string, string>();

	/** Lists already computed, by filters; cleared by any change. */
	private readonly listCache = new Map<string, StoreProduct[]>();

	constructor(size: number) {
		for (let index = 0; index < size; index++) {
			const product = generate(index);
			this.products.set(product.id, product);
		}
		this.nextIndex = size;
	}

	get size(): number {
		return this.products.size;
	}

	list(filters: ProductFilters): StoreProduct[] {
		const key = JSON.stringify(filters);
		let result = this.listCache.get(key);
		if (!result) {
			result = this.compute(filters);
			this.listCache.set(key, result);
		}
		return result;
	}

	private compute(filters: ProductFilters): StoreProduct[] {
		const ids = filters.ids ? new Set(filters.ids.split(',').map((id) => id.trim())) : undefined;
		const members = filters.collection_id ? ShoplineStore.collectionMembers?.(this, filters.collection_id) : undefined;
		const time = (value?: string) => (value ? Date.parse(value) : undefined);
		const [cMin, cMax, uMin, uMax] = [filters.created_at_min, filters.created_at_max, filters.updated_at_min, filters.updated_at_max].map(time);
		const result = [...this.products.values()].filter(
			(p) =>
				(!ids || ids.has(p.id)) &&
				(!members || members.has(p.id)) &&
				(!filters.handle || p.handle === filters.handle) &&
				(!filters.status || p.status === filters.status) &&
				(!filters.vendor || p.vendor === filters.vendor) &&
				(!filters.title || p.title === filters.title) &&
				(!filters.product_category || p.product_category === filters.product_category) &&
				(!filters.since_id || BigInt(p.id) > BigInt(filters.since_id)) &&
				(cMin === undefined || Date.parse(p.created_at) >= cMin) &&
				(cMax === undefined || Date.parse(p.created_at) <= cMax) &&
				(uMin === undefined || Date.parse(p.updated_at) >= uMin) &&
				(uMax === undefined || Date.parse(p.updated_at) <= uMax),
		);
		// IDs are equal-length digit strings: text order is number order.
		const ascending = (a: StoreProduct, b: StoreProduct) => (a.id < b.id ? -1 : 1);
		result.sort(filters.order_by === 'created_at_desc' ? (a, b) => ascending(b, a) : ascending);
		return result;
	}

	/** Forgets the lists computed so far: something they depend on (a collection) changed. */
	invalidateLists(): void {
		this.listCache.clear();
	}

	json(product: StoreProduct): string {
		let text = this.jsonCache.get(product.id);
		if (text === undefined) {
			text = JSON.stringify(product);
			this.jsonCache.set(product.id, text);
		}
		return text;
	}

	get(id: string): StoreProduct | undefined {
		return this.products.get(id);
	}

	byHandle(handle: string): StoreProduct | undefined {
		for (const product of this.products.values()) if (product.handle === handle) return product;
		return undefined;
	}

	create(input: Record<string, unknown>): StoreProduct {
		const index = this.nextIndex++;
		const now = iso(Date.now());
		const id = productId(index);
		const title = String(input.title);
		const options = (input.options as Array<{ name: string; values?: string[] }> | undefined) ?? [];
		const variants = (input.variants as Array<Record<string, unknown>> | undefined) ?? [{}];
		const product: StoreProduct = {
			id,
			title,
			handle: (input.handle as string) || title.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || `product-${index + 1}`,
			status: (input.status as StoreProduct['status']) ?? 'active',
			vendor: (input.vendor as string) ?? '',
			product_category: (input.product_category as string) ?? '',
			tags: storedTags(input.tags),
			spu: (input.spu as string) ?? '',
			subtitle: (input.subtitle as string) ?? '',
			body_html: (input.body_html as string) ?? '',
			created_at: now,
			updated_at: now,
			published_scope: 'web',
			product_type: 'NORMAL',
			images: ((input.images as Array<{ src: string; alt?: string }> | undefined) ?? []).map((image, n) => ({ id: `${Date.now()}${n}`, src: image.src, alt: image.alt ?? '' })),
			options: options.map((option, n) => ({ id: `${id}${n}`, name: option.name, product_id: id, values: option.values ?? [], values_images: {} })),
			variants: [],
		};
		product.variants = this.storeVariants(product, variants);
		this.products.set(id, product);
		this.listCache.clear();
		return product;
	}

	/**
	 * The variants as SHOPLINE keeps them: one with the ID of an existing variant updates it
	 * (its inventory item and stock stay), one without is new, those left out are gone.
	 * Prices and weights are stored with 2 decimals.
	 */
	private storeVariants(product: StoreProduct, variants: Array<Record<string, unknown>>): Array<Record<string, unknown>> {
		return variants.map((variant, n) => {
			const current = product.variants.find((existing) => variant.id !== undefined && existing.id === variant.id);
			const normalised: Record<string, unknown> = { ...variant };
			for (const key of ['price', 'compare_at_price', 'weight']) {
				if (normalised[key] !== undefined && normalised[key] !== null && normalised[key] !== '') normalised[key] = Number(normalised[key]).toFixed(2);
			}
			if (current) return { ...current, ...normalised, id: current.id, position: n + 1 };
			const serial = this.variantSerial++;
			return {
				inventory_quantity: 0,
				inventory_policy: 'deny',
				inventory_tracker: true,
				required_shipping: true,
				taxable: true,
				...normalised,
				id: `18060878902933${String(serial).padStart(12, '0')}`,
				product_id: product.id,
				position: n + 1,
				inventory_item_id: `60878902951390${String(900_000 + serial).padStart(12, '0')}`,
			};
		});
	}

	/**
	 * Sets fields of a product as they are given, for the emulator's own areas (variants,
	 * images, stock) that keep whole lists themselves; `update` is what a PUT does.
	 */
	replace(id: string, changes: Record<string, unknown>): StoreProduct | undefined {
		const product = this.products.get(id);
		if (!product) return undefined;
		Object.assign(product, changes, { id, updated_at: iso(Date.now()) });
		this.listCache.clear();
		this.jsonCache.delete(id);
		return product;
	}

	/** What PUT products/{id}.json does: variants with a stored ID are updated in place, others are new. */
	update(id: string, changes: Record<string, unknown>): StoreProduct | undefined {
		const product = this.products.get(id);
		if (!product) return undefined;
		const { variants, images, tags, ...rest } = changes;
		Object.assign(product, rest, { id, updated_at: iso(Date.now()) });
		if (tags !== undefined) product.tags = storedTags(tags);
		if (Array.isArray(variants)) product.variants = this.storeVariants(product, variants as Array<Record<string, unknown>>);
		if (Array.isArray(images)) {
			product.images = (images as Array<{ id?: string; src: string; alt?: string }>).map((image, n) => ({ id: image.id ?? `${Date.now()}${n}`, src: image.src, alt: image.alt ?? '' }));
		}
		this.listCache.clear();
		this.jsonCache.delete(id);
		return product;
	}

	delete(id: string): boolean {
		this.listCache.clear();
		this.jsonCache.delete(id);
		return this.products.delete(id);
	}
}
