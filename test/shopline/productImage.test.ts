import { Emulator, emulatorCredentials } from '../../emulator';
import { productId } from '../../emulator/shoplineStore';
import { CONTINUE, FAST_RETRIES, runShopline } from '../helpers/run';
import { mockShopline, SHOPLINE_ORIGIN, SHOPLINE_PREFIX, type ShoplineReply } from '../helpers/shoplineServer';
import { jsonOf, pairedOf } from '../helpers/workflows';

const PRODUCT_ID = '16057850264845250791280282';
const IMAGE_ID = '5785060242375689228';
const VARIANT_ID = '18057850264851626133510282';
const image = (extra: Record<string, unknown>) => ({ resource: 'productImage', ...extra });
const imagePath = `products/${PRODUCT_ID}/images.json`;

/** A product of `total` images, paged by the store `perPage` at a time with a Link header. */
function pagedImages(total: number, perPage: number) {
	const all = Array.from({ length: total }, (_v, n) => ({ id: `57850602423756${String(n).padStart(5, '0')}`, position: n + 1, src: `https://img.myshopline.com/${n}.png` }));
	const requests = mockShopline('GET', new RegExp(`${SHOPLINE_PREFIX}${imagePath}`), (request): ShoplineReply => {
		const page = request.query.page_info === undefined ? 0 : Number(String(request.query.page_info).slice(1));
		const link = (p: number, rel: string) => `<${SHOPLINE_ORIGIN}${SHOPLINE_PREFIX}${imagePath}?page_info=p${p}>; rel="${rel}"`;
		const links = [page > 0 ? link(page - 1, 'previous') : undefined, (page + 1) * perPage < total ? link(page + 1, 'next') : undefined].filter(Boolean);
		return [200, { images: all.slice(page * perPage, (page + 1) * perPage) }, links.length ? { link: links.join(', ') } : {}];
	});
	return { all, requests };
}

describe('SHOPLINE → Product Image, the exact requests', () => {
	it('Get Many sends the image IDs and fields but no limit, and keeps 19-digit IDs as text', async () => {
		const requests = mockShopline('GET', imagePath, () => [200, `{"images":[{"id":"${IMAGE_ID}","product_id":"${PRODUCT_ID}","position":1}]}`, { 'content-type': 'application/json' }]);
		const result = await runShopline(image({ operation: 'getAll', productId: PRODUCT_ID, returnAll: true, filters: { ids: `${IMAGE_ID}, 5785060242207917075` }, options: { fields: 'id,position' } }));
		expect(result.error).toBeUndefined();
		expect(requests.map((request) => [request.method, request.query])).toEqual([['GET', { ids: `${IMAGE_ID},5785060242207917075`, fields: 'id,position' }]]);
		expect(jsonOf(result)).toEqual([{ id: IMAGE_ID, product_id: PRODUCT_ID, position: 1 }]);
		expect(pairedOf(result)).toEqual([{ item: 0 }]);
	});

	it('Get Many follows next links over several pages with Return All', async () => {
		const { all, requests } = pagedImages(7, 3);
		const everything = await runShopline(image({ operation: 'getAll', productId: PRODUCT_ID, returnAll: true }));
		expect(jsonOf(everything)).toEqual(all);
		expect(requests.map((request) => request.query)).toEqual([{}, { page_info: 'p1' }, { page_info: 'p2' }]);
	});

	it('Get Many with a Limit stops on the page that reaches it', async () => {
		const limited = pagedImages(7, 3);
		const some = await runShopline(image({ operation: 'getAll', productId: PRODUCT_ID, limit: 4 }));
		expect(jsonOf(some)).toEqual(limited.all.slice(0, 4));
		expect(limited.requests).toHaveLength(2);
	});

	it('Get Many keeps a long single page whole: no limit means no cut at 250', async () => {
		const all = Array.from({ length: 300 }, (_v, n) => ({ id: String(1000 + n) }));
		mockShopline('GET', imagePath, () => [200, { images: all }]);
		const result = await runShopline(image({ operation: 'getAll', productId: PRODUCT_ID, returnAll: true }));
		expect(result.items).toHaveLength(300);
	});

	it('Add posts {image: {src, alt, sku_id}}', async () => {
		const requests = mockShopline('POST', imagePath, (request) => [201, { image: { id: IMAGE_ID, position: 2, ...(request.body as { image: object }).image } }]);
		const result = await runShopline(image({ operation: 'add', productId: PRODUCT_ID, src: ' https://cbu01.alicdn.com/a.jpg ', imageFields: { alt: 'Front', variantId: VARIANT_ID } }));
		expect(result.error).toBeUndefined();
		expect(requests[0].body).toEqual({ image: { src: 'https://cbu01.alicdn.com/a.jpg', alt: 'Front', sku_id: VARIANT_ID } });
		expect(jsonOf(result)).toEqual([{ id: IMAGE_ID, position: 2, src: 'https://cbu01.alicdn.com/a.jpg', alt: 'Front', sku_id: VARIANT_ID }]);
	});

	it('Add without an image URL sends nothing', async () => {
		const requests = mockShopline('POST', imagePath, () => [201, {}]);
		const result = await runShopline(image({ operation: 'add', productId: PRODUCT_ID, src: '={{ $json.src }}' }), { input: [{ src: ' ' }] });
		expect(result.error?.message).toBe('Image URL: an empty value is not valid — an image URL is required to add an image');
		expect(requests).toHaveLength(0);
	});

	it('Update puts only alt, position and sku_id given, at products/{pid}/images/{iid}.json', async () => {
		const requests = mockShopline('PUT', `products/${PRODUCT_ID}/images/${IMAGE_ID}.json`, (request) => [200, { image: { id: IMAGE_ID, ...(request.body as { image: object }).image } }]);
		const result = await runShopline(image({ operation: 'update', productId: PRODUCT_ID, imageId: IMAGE_ID, updateFields: { position: 1, variantId: VARIANT_ID, alt: '' } }));
		expect(requests[0].body).toEqual({ image: { position: 1, sku_id: VARIANT_ID } });
		expect(jsonOf(result)).toEqual([{ id: IMAGE_ID, position: 1, sku_id: VARIANT_ID }]);
	});

	it('Delete sends DELETE products/{pid}/images/{iid}.json (product first) and reports both IDs', async () => {
		const requests = mockShopline('DELETE', `products/${PRODUCT_ID}/images/${IMAGE_ID}.json`, () => [200, '']);
		const result = await runShopline(image({ operation: 'delete', productId: PRODUCT_ID, imageId: IMAGE_ID }));
		expect(requests).toHaveLength(1);
		expect(jsonOf(result)).toEqual([{ id: IMAGE_ID, product_id: PRODUCT_ID, deleted: true }]);
	});

	it('a refused add fails with SHOPLINE\'s words and the traceId, and is not repeated', async () => {
		const requests = mockShopline('POST', imagePath, () => [422, { errors: { src: ['is not a valid image address'] } }, { traceId: 'trace-img' }]);
		const result = await runShopline(image({ operation: 'add', productId: PRODUCT_ID, src: 'https://example.com/x.tiff', options: FAST_RETRIES }));
		expect(requests).toHaveLength(1);
		expect(result.error?.message).toContain('HTTP 422');
		expect(result.error?.message).toContain('is not a valid image address');
		expect(result.error?.description).toContain('traceId trace-img');
	});
});

describe('SHOPLINE → Product Image against the emulator', () => {
	const emulator = new Emulator({ storeSize: 20 });
	const onEmulator = (extra: Record<string, unknown> = {}) => ({ credentials: emulatorCredentials(emulator), ...extra });
	const PID = productId(4);

	beforeAll(async () => void (await emulator.start()));
	afterAll(async () => await emulator.stop());
	beforeEach(() => {
		emulator.resetStore();
		emulator.reset();
	});

	async function addImages(count: number, extra: Record<string, unknown> = {}) {
		const result = await runShopline(
			image({ operation: 'add', productId: PID, src: '={{ "https://cbu01.alicdn.com/img/" + $json.n + ".jpg" }}', imageFields: { alt: '={{ "View " + $json.n }}' }, ...extra }),
			onEmulator({ input: Array.from({ length: count }, (_v, n) => ({ n })) }),
		);
		expect(result.error).toBeUndefined();
		return jsonOf(result) as Array<Record<string, unknown>>;
	}

	it('adds images after the existing one and lists them all over the emulator\'s pages', async () => {
		const added = await addImages(52);
		// Added side by side (4 at once): each after the images there, in the order they arrive;
		// an add sent again after a 429 lands later. Each item gets its own image back.
		expect(added.map((entry) => entry.position).sort((a, b) => Number(a) - Number(b))).toEqual(Array.from({ length: 52 }, (_v, n) => n + 2));
		expect(added.map((entry) => entry.alt)).toEqual(Array.from({ length: 52 }, (_v, n) => `View ${n}`));
		expect(added.filter((entry) => typeof entry.id !== 'string')).toEqual([]);
		emulator.reset();
		const listed = await runShopline(image({ operation: 'getAll', productId: PID, returnAll: true }), onEmulator());
		expect(listed.error).toBeUndefined();
		expect(jsonOf(listed).map((entry) => entry.id)).toEqual(emulator.store.get(PID)!.images.map((entry) => entry.id));
		expect(listed.items).toHaveLength(53);
		expect(emulator.log.map((entry) => entry.query.page_info === undefined)).toEqual([true, false]);
		emulator.reset();
		const limited = await runShopline(image({ operation: 'getAll', productId: PID, limit: 51 }), onEmulator());
		expect(limited.items).toHaveLength(51);
		expect(emulator.log).toHaveLength(2);
	});

	it('links an image to a variant, moves it first, and unlinks it when deleted', async () => {
		const variantId = emulator.store.get(PID)!.variants[0].id as string;
		const [added] = await addImages(1, { imageFields: { alt: 'Linked', variantId } });
		expect(added).toMatchObject({ sku_id: variantId, position: 2, alt: 'Linked' });
		expect(emulator.store.get(PID)!.variants[0].image).toEqual({ id: added.id, src: 'https://cbu01.alicdn.com/img/0.jpg', alt: 'Linked' });

		const moved = await runShopline(image({ operation: 'update', productId: PID, imageId: added.id, updateFields: { position: 1, alt: 'Main' } }), onEmulator());
		expect(jsonOf(moved)[0]).toMatchObject({ id: added.id, position: 1, alt: 'Main' });
		expect(emulator.store.get(PID)!.images[0].id).toBe(added.id);

		const deleted = await runShopline(image({ operation: 'delete', productId: PID, imageId: added.id }), onEmulator());
		expect(jsonOf(deleted)).toEqual([{ id: added.id, product_id: PID, deleted: true }]);
		expect(emulator.store.get(PID)!.images.map((entry) => entry.id)).not.toContain(added.id);
		expect(emulator.store.get(PID)!.variants[0].image).toBeUndefined();
	});

	it('refuses a variant of another product with a 422; Continue On Fail keeps the other items', async () => {
		const otherVariant = emulator.store.get(productId(5))!.variants[0].id as string;
		const result = await runShopline(
			image({ operation: 'add', productId: PID, src: 'https://cbu01.alicdn.com/x.jpg', imageFields: { variantId: '={{ $json.v }}' } }),
			onEmulator({ input: [{ v: '' }, { v: otherVariant }], node: CONTINUE }),
		);
		const [made, refused] = jsonOf(result);
		expect(made.src).toBe('https://cbu01.alicdn.com/x.jpg');
		expect(String(refused.error)).toContain('is not a variant of this product');
		const gone = await runShopline(image({ operation: 'delete', productId: PID, imageId: '1234567890123456789', options: FAST_RETRIES }), onEmulator());
		expect(gone.error?.message).toContain('HTTP 404');
		expect(gone.error?.description).toMatch(/traceId emu-/);
	});
});
