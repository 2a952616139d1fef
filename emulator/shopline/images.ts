import type { ShoplineRoute } from './routing';
import type { StoreProduct } from '../shoplineStore';
import { invalid, iso, newImageId, notFound, onlyFields, pagedList } from './productParts';

/**
 * A product's images: list (ids filter, cursor pages), add, update (alt, position, the
 * variant it shows: sku_id), delete. At most 502 images; the image a variant shows is kept
 * in the variant's `image` as SHOPLINE does.
 */

const MAX_IMAGES = 502;

type StoredImage = StoreProduct['images'][number] & { sku_id?: string; create_time?: string; update_time?: string };

/** An image as the API shows it: its place among the product's images and its product. */
const shown = (product: StoreProduct, image: StoredImage, index: number) => ({
	id: image.id,
	product_id: product.id,
	position: index + 1,
	src: image.src,
	alt: image.alt,
	sku_id: image.sku_id ?? '',
	width: 800,
	height: 800,
	create_time: image.create_time ?? product.created_at,
	update_time: image.update_time ?? product.created_at,
});

/** The variants with `image` following the images that name them through sku_id. */
function variantsFor(product: StoreProduct, images: StoredImage[]): StoreProduct['variants'] {
	return product.variants.map((variant) => {
		const image = images.find((candidate) => candidate.sku_id === variant.id);
		const current = variant.image as { id?: string } | undefined;
		if (image) return { ...variant, image: { id: image.id, src: image.src, alt: image.alt } };
		if (current?.id !== undefined && !images.some((candidate) => candidate.id === current.id)) {
			const rest = { ...variant };
			delete rest.image;
			return rest;
		}
		return variant;
	});
}

function checkFields(product: StoreProduct, input: Record<string, unknown>, maxAlt: number): Record<string, string[]> | undefined {
	const errors: Record<string, string[]> = {};
	if (input.alt !== undefined && (typeof input.alt !== 'string' || input.alt.length > maxAlt)) errors.alt = ['is invalid'];
	if (input.sku_id !== undefined && !product.variants.some((variant) => variant.id === input.sku_id)) errors.sku_id = ['is not a variant of this product'];
	if (input.position !== undefined && !(Number.isInteger(input.position) && (input.position as number) >= 1)) errors.position = ['must be a whole number of 1 or more'];
	return Object.keys(errors).length ? errors : undefined;
}

export const imageRoute: ShoplineRoute = (ctx, request) => {
	const { resource, query: q, body, entry } = request;
	const match = /^products\/(\d+)\/images(?:\/(\d+))?\.json$/.exec(resource);
	if (!match) return undefined;
	const product = ctx.store.get(match[1]);
	if (!product) return notFound;
	const images = product.images as StoredImage[];
	const imageId = match[2];

	if (imageId === undefined) {
		if (entry.method === 'GET') {
			const all = images.map((image, index) => shown(product, image, index));
			return pagedList<{ ids?: string }>(ctx, request, 'images', ['ids'], (filters) => {
				const ids = filters.ids?.split(',').map((id) => id.trim());
				return ids ? all.filter((image) => ids.includes(image.id)) : all;
			}, 50);
		}
		if (entry.method !== 'POST') return undefined;
		const input = body.image as Record<string, unknown> | undefined;
		if (!input || typeof input !== 'object') return { status: 400, body: { errors: 'image is required' } };
		if (typeof input.src !== 'string' || input.src.trim() === '') return invalid({ src: ["can't be blank"] });
		if (!/^https?:\/\/\S+$/.test(input.src)) return invalid({ src: ['is not a valid image address'] });
		const errors = checkFields(product, input, 255);
		if (errors) return invalid(errors);
		if (images.length >= MAX_IMAGES) return invalid({ base: [`A product can have at most ${MAX_IMAGES} images`] });
		const now = iso(Date.now());
		const image: StoredImage = { id: newImageId(ctx.store), src: input.src, alt: typeof input.alt === 'string' ? input.alt : '', create_time: now, update_time: now };
		if (typeof input.sku_id === 'string') image.sku_id = input.sku_id;
		const next = [...images.map((other) => (image.sku_id && other.sku_id === image.sku_id ? { ...other, sku_id: undefined } : other)), image];
		ctx.store.replace(product.id, { images: next, variants: variantsFor(product, next) });
		return { status: 201, body: { image: onlyFields(q, shown(product, image, next.length - 1)) } };
	}

	const index = images.findIndex((image) => image.id === imageId);
	if (index < 0) return notFound;
	if (entry.method === 'DELETE') {
		const next = images.filter((image) => image.id !== imageId);
		ctx.store.replace(product.id, { images: next, variants: variantsFor(product, next) });
		return { status: 200 };
	}
	if (entry.method !== 'PUT') return undefined;
	const input = body.image as Record<string, unknown> | undefined;
	if (!input || typeof input !== 'object') return { status: 400, body: { errors: 'image is required' } };
	const errors = checkFields(product, input, 512);
	if (errors) return invalid(errors);
	const updated: StoredImage = { ...images[index], update_time: iso(Date.now()) };
	if (typeof input.alt === 'string') updated.alt = input.alt;
	if (typeof input.sku_id === 'string') updated.sku_id = input.sku_id;
	const others = images.filter((image) => image.id !== imageId).map((other) => (updated.sku_id && other.sku_id === updated.sku_id ? { ...other, sku_id: undefined } : other));
	const at = input.position === undefined ? index : Math.min((input.position as number) - 1, others.length);
	const next = [...others.slice(0, at), updated, ...others.slice(at)];
	ctx.store.replace(product.id, { images: next, variants: variantsFor(product, next) });
	return { status: 200, body: { image: shown(product, updated, at) } };
};
