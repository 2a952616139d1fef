import { collectionId } from '../../emulator';
import { productId } from '../../emulator/shoplineStore';
import { CONTINUE, runShopline, runTmapi, type RunNodeOptions } from '../helpers/run';
import { jsonOf } from '../helpers/workflows';
import { badInputTable, V, type Row } from './badInput.harness';

/** Bad input for the seed operations of both nodes and for the credentials; what each row checks is in badInput.harness.ts. */

const ID = (n: number) => productId(n);

/** Lists over SHOPLINE's limits: 251 tags, a tag of 256 characters, 5 MB of tags, 501 option values. */
const MANY_TAGS = Array.from({ length: 251 }, (_, n) => `tag${n}`).join(',');
const LONG_TAG = 'x'.repeat(256);
const FIVE_MB_TAGS = 'ab,'.repeat(Math.floor((5 * 1024 * 1024) / 3));
const MANY_VALUES = Array.from({ length: 501 }, (_, n) => `V${n}`).join(',');

const shop = (extra: Record<string, unknown>) => ({ resource: 'shop', operation: 'getItems', shopUrl: 'demo.1688.com', limit: 3, ...extra });
const cat = (extra: Record<string, unknown>) => ({ resource: 'category', operation: 'getItems', categoryId: '1031922', limit: 3, ...extra });
const catV1 = (extra: Record<string, unknown>) => ({ resource: 'category', operation: 'getItemsV1', categoryId: '1031922', limit: 3, ...extra });
const item = (extra: Record<string, unknown>) => ({ resource: 'item', operation: 'getDetail', productUrl: '610000000001', ...extra });
const list = (extra: Record<string, unknown>) => ({ resource: 'product', operation: 'getAll', limit: 3, ...extra });
const create = (extra: Record<string, unknown>) => ({ resource: 'product', operation: 'create', title: 'New product', ...extra });

const rows: Array<[string, Row]> = [
	// TMAPI → Shop → Get Many Items
	['shop URL on another host', { node: 'tmapi', parameters: shop({ shopUrl: V }), good: 'demo.1688.com', bad: 'https://example.com/shop', message: 'Shop URL: "https://example.com/shop" is not valid — use a 1688 shop address' }],
	['shop URL that is a product page', { node: 'tmapi', parameters: shop({ shopUrl: V }), good: 'https://demo.1688.com/', bad: 'https://detail.1688.com/offer/610000000001.html', message: 'Shop URL: "https://detail.1688.com/offer/610000000001.html" is not valid — this is a product address' }],
	['shop URL empty', { node: 'tmapi', parameters: shop({ shopUrl: V }), good: 'demo.1688.com', bad: '', message: 'Shop URL: an empty value is not valid' }],
	['shop URL as an object', { node: 'tmapi', parameters: shop({ shopUrl: V }), good: 'demo.1688.com', bad: { url: 'demo.1688.com' }, message: 'Shop URL: an object is not valid' }],
	['shop URL as a number', { node: 'tmapi', parameters: shop({ shopUrl: V }), good: 'demo.1688.com', bad: 1688, message: 'Shop URL: 1688 is not valid' }],
	['shop category ID as an object', { node: 'tmapi', parameters: shop({ filters: { cat: V } }), good: '101', bad: { id: 1 }, message: 'Category ID: an object is not valid' }],
	['shop category type 2', { node: 'tmapi', parameters: shop({ filters: { catType: V } }), good: '0', bad: '2', message: 'Category Type: "2" is not valid — use one of "0", "1"' }],
	['shop sort unknown', { node: 'tmapi', parameters: shop({ options: { sort: V } }), good: 'sales', bad: 'random', message: 'Sort By: "random" is not valid — use one of "default", "sales"' }],
	['page size 0', { node: 'tmapi', parameters: shop({ options: { pageSize: V } }), good: 20, bad: 0, message: 'Page Size: 0 is not valid — use a whole number from 1 to 100' }],
	['page size 101', { node: 'tmapi', parameters: shop({ options: { pageSize: V } }), good: 20, bad: 101, message: 'Page Size: 101 is not valid' }],
	['page size as words', { node: 'tmapi', parameters: shop({ options: { pageSize: V } }), good: '20', bad: 'ten', message: 'Page Size: "ten" is not valid' }],
	['start page negative', { node: 'tmapi', parameters: shop({ options: { startPage: V } }), good: 1, bad: -1, message: 'Start Page: -1 is not valid — use a whole number from 1 to 100000' }],
	['max pages fractional', { node: 'tmapi', parameters: shop({ options: { maxPages: V } }), good: 5, bad: 1.5, message: 'Max Pages: 1.5 is not valid' }],
	['limit 0', { node: 'tmapi', parameters: shop({ limit: V }), good: 3, bad: 0, message: 'Limit: 0 is not valid — use a whole number from 1 to 1000000' }],
	['limit as words', { node: 'tmapi', parameters: shop({ limit: V }), good: 3, bad: 'all', message: 'Limit: "all" is not valid' }],
	['output unknown', { node: 'tmapi', parameters: shop({ options: { output: V } }), good: 'products', bad: 'csv', message: 'Output: "csv" is not valid — use one of "products", "pages"' }],
	['normalize as words', { node: 'tmapi', parameters: shop({ options: { normalize: V } }), good: true, bad: 'yes', message: 'Normalize Output: "yes" is not valid — use true or false' }],
	// TMAPI → Category → Get Many Items (v2)
	['category ID with letters', { node: 'tmapi', parameters: cat({ categoryId: V }), good: '1031922', bad: 'abc', message: 'Category ID: "abc" is not valid — use a numeric category ID' }],
	['category ID negative', { node: 'tmapi', parameters: cat({ categoryId: V }), good: 1031922, bad: -5, message: 'Category ID: -5 is not valid' }],
	['category ID empty', { node: 'tmapi', parameters: cat({ categoryId: V }), good: '1031922', bad: ' ', message: 'Category ID: an empty value is not valid' }],
	['category ID as a list', { node: 'tmapi', parameters: cat({ categoryId: V }), good: '1031922', bad: [1, 2], message: 'Category ID: a list is not valid' }],
	['min price as words', { node: 'tmapi', parameters: cat({ filters: { priceStart: V } }), good: '5', bad: 'cheap', message: 'Min Price: "cheap" is not valid — use a price such as 10 or 9.90' }],
	['max price negative', { node: 'tmapi', parameters: cat({ filters: { priceEnd: V } }), good: '100', bad: '-3', message: 'Max Price: "-3" is not valid' }],
	['price range reversed', { node: 'tmapi', parameters: cat({ filters: { priceStart: '50', priceEnd: V } }), good: '100', bad: '10', message: 'Max Price: "10" is not valid — Max Price must not be lower than Min Price (50)' }],
	['language unknown', { node: 'tmapi', parameters: cat({ options: { language: V } }), good: 'en', bad: 'fr', message: 'Language: "fr" is not valid — use one of "en", "zh"' }],
	['category sort not offered', { node: 'tmapi', parameters: cat({ options: { sort: V } }), good: 'sales', bad: 'time_up', message: 'Sort By: "time_up" is not valid' }],
	['new arrival as words', { node: 'tmapi', parameters: cat({ filters: { newArrival: V } }), good: true, bad: 'yes', message: 'New Arrivals Only: "yes" is not valid — use true or false' }],
	['dropshipping as a number', { node: 'tmapi', parameters: cat({ filters: { supportDropshipping: V } }), good: false, bad: 1, message: 'Supports Dropshipping Only: 1 is not valid' }],
	// TMAPI → Category → Get Many Items (v1)
	['v1 category ID with letters', { node: 'tmapi', parameters: catV1({ categoryId: V }), good: '54', bad: '12x', message: 'Category ID: "12x" is not valid' }],
	['v1 free shipping as words', { node: 'tmapi', parameters: catV1({ filters: { freeShipping: V } }), good: true, bad: 'maybe', message: 'Free Shipping Only: "maybe" is not valid' }],
	['v1 super factory as an object', { node: 'tmapi', parameters: catV1({ filters: { superFactory: V } }), good: false, bad: {}, message: 'Super Factories Only: an object is not valid' }],
	// TMAPI → Item → Get Detail
	['product URL that is a shop', { node: 'tmapi', parameters: item({ productUrl: V }), good: '610000000001', bad: 'https://demo.1688.com/', message: 'Product URL or Offer ID: "https://demo.1688.com/" is not valid — this is a shop address' }],
	['product URL on taobao', { node: 'tmapi', parameters: item({ productUrl: V }), good: '610000000001', bad: 'https://item.taobao.com/item.htm?id=610000000001', message: 'Product URL or Offer ID: "https://item.taobao.com/item.htm?id=610000000001" is not valid — use a 1688 product address' }],
	['product URL empty', { node: 'tmapi', parameters: item({ productUrl: V }), good: '610000000001', bad: '', message: 'Product URL or Offer ID: an empty value is not valid' }],
	['product URL as an object', { node: 'tmapi', parameters: item({ productUrl: V }), good: '610000000001', bad: { offer: 1 }, message: 'Product URL or Offer ID: an object is not valid' }],
	['detail language unknown', { node: 'tmapi', parameters: item({ options: { language: V } }), good: 'en', bad: 'fr', message: 'Language: "fr" is not valid' }],
	['price scene with spaces', { node: 'tmapi', parameters: item({ options: { scene: V } }), good: 'drop_shipping', bad: 'Drop Shipping!', message: 'Price Scene: "Drop Shipping!" is not valid' }],
	['optimize title as words', { node: 'tmapi', parameters: item({ options: { optimizeTitle: V } }), good: false, bad: 'sometimes', message: 'Optimize Title: "sometimes" is not valid' }],
	// SHOPLINE → Product → Get Many
	['SHOPLINE limit 0', { node: 'shopline', parameters: list({ limit: V }), good: 3, bad: 0, message: 'Limit: 0 is not valid' }],
	['SHOPLINE page size over 250', { node: 'shopline', parameters: list({ options: { pageSize: V } }), good: 250, bad: 251, message: 'Page Size: 251 is not valid — use a whole number from 1 to 250' }],
	['updated after not a date', { node: 'shopline', parameters: list({ filters: { updatedAtMin: V } }), good: '2025-01-01T00:00:00Z', bad: 'yesterday', message: 'Updated After: "yesterday" is not valid — use an ISO 8601 date such as 2021-09-02T14:11:54+00:00' }],
	['created before impossible date', { node: 'shopline', parameters: list({ filters: { createdAtMax: V } }), good: '2026-01-01', bad: '2021-13-45', message: 'Created Before: "2021-13-45" is not valid' }],
	['updated range reversed', { node: 'shopline', parameters: list({ filters: { updatedAtMin: '2025-02-01', updatedAtMax: V } }), good: '2026-12-31', bad: '2025-01-01', message: 'Updated Before: "2025-01-01" is not valid — use a time not earlier than Updated After' }],
	['IDs with letters', { node: 'shopline', parameters: list({ filters: { ids: V } }), good: ID(1), bad: `${ID(1)},abc`, message: `IDs: "${ID(1)},abc" is not valid — use the ID as text of digits` }],
	['status unknown', { node: 'shopline', parameters: list({ filters: { status: V } }), good: 'active', bad: 'deleted', message: 'Status: "deleted" is not valid — use one of "active", "draft", "archived"' }],
	['since ID with letters', { node: 'shopline', parameters: list({ filters: { sinceId: V } }), good: ID(1), bad: 'x1', message: 'Since ID: "x1" is not valid' }],
	['fields with semicolons', { node: 'shopline', parameters: list({ options: { fields: V } }), good: 'id,title', bad: 'id;title', message: 'Fields: "id;title" is not valid' }],
	['collection ID as a decimal', { node: 'shopline', parameters: list({ filters: { collectionId: V } }), good: collectionId(0), bad: 12.5, message: 'Collection ID: 12.5 is not valid' }],
	// SHOPLINE → Get / Update / Delete / Count
	['product ID with letters', { node: 'shopline', parameters: { resource: 'product', operation: 'get', productId: V }, good: ID(1), good2: ID(2), bad: 'abc', message: 'Product ID: "abc" is not valid — use the ID as text of digits' }],
	['product ID as a 26-digit number', { node: 'shopline', parameters: { resource: 'product', operation: 'get', productId: V }, good: ID(1), good2: ID(2), bad: Number('16057850264845250791280282'), message: `Product ID: ${String(Number('16057850264845250791280282'))} is not valid` }],
	['product ID empty', { node: 'shopline', parameters: { resource: 'product', operation: 'get', productId: V }, good: ID(1), good2: ID(2), bad: '', message: 'Product ID: an empty value is not valid' }],
	['product ID as an object', { node: 'shopline', parameters: { resource: 'product', operation: 'get', productId: V }, good: ID(1), good2: ID(2), bad: { id: ID(1) }, message: 'Product ID: an object is not valid' }],
	['delete ID with a space', { node: 'shopline', parameters: { resource: 'product', operation: 'delete', productId: V }, good: ID(3), good2: ID(4), bad: '12 34', message: 'Product ID: "12 34" is not valid' }],
	['update ID with letters', { node: 'shopline', parameters: { resource: 'product', operation: 'update', productId: V, productFields: { vendor: 'ACME' } }, good: ID(5), good2: ID(6), bad: 'x', message: 'Product ID: "x" is not valid' }],
	['count created after not a date', { node: 'shopline', parameters: { resource: 'product', operation: 'count', filters: { createdAtMin: V } }, good: '2025-01-01', bad: 'soon', message: 'Created After: "soon" is not valid' }],
	// SHOPLINE → Create (fields and JSON)
	['title empty', { node: 'shopline', parameters: create({ title: V }), good: 'A product', bad: '', message: 'Title: an empty value is not valid — a title is required to create a product' }],
	['variant price as words', { node: 'shopline', parameters: create({ variants: { variant: [{ price: V }] } }), good: '9.90', bad: 'ten', message: 'Variants → Price (variant 1): "ten" is not valid' }],
	['variant weight unit unknown', { node: 'shopline', parameters: create({ variants: { variant: [{ weightUnit: V }] } }), good: 'kg', bad: 'stone', message: 'Variants → Weight Unit (variant 1): "stone" is not valid' }],
	['image URL not a URL', { node: 'shopline', parameters: create({ images: { image: [{ src: V }] } }), good: 'https://cbu01.alicdn.com/a.jpg', bad: 'not a url', message: 'Images → Image URL (image 1): "not a url" is not valid' }],
	['handle with spaces', { node: 'shopline', parameters: create({ productFields: { handle: V } }), good: 'handle-a', good2: 'handle-b', bad: 'my product!', message: 'Handle: "my product!" is not valid' }],
	['status unknown on create', { node: 'shopline', parameters: create({ productFields: { status: V } }), good: 'draft', bad: 'live', message: 'Status: "live" is not valid' }],
	['tags over 250', { node: 'shopline', parameters: create({ productFields: { tags: V } }), good: 'Spring,Linen', bad: MANY_TAGS, message: `Tags: "${MANY_TAGS.slice(0, 77)}..." is not valid — use at most 250 tags` }],
	['tags as a list over 250', { node: 'shopline', parameters: create({ productFields: { tags: V } }), good: ['Spring'], bad: MANY_TAGS.split(','), message: 'Tags: a list is not valid — use at most 250 tags' }],
	['tag over 255 characters', { node: 'shopline', parameters: create({ productFields: { tags: V } }), good: 'Spring', bad: `Spring,${LONG_TAG}`, message: `Tags: "Spring,${LONG_TAG.slice(0, 70)}..." is not valid — use tags of at most 255 characters each; "${LONG_TAG.slice(0, 77)}..." has 256` }],
	['tag as an object in a list', { node: 'shopline', parameters: create({ productFields: { tags: V } }), good: ['Spring'], bad: ['Spring', { tag: 'x' }], message: 'Tags: an object is not valid — use tags separated by commas' }],
	['update tags of 5 MB', { node: 'shopline', parameters: { resource: 'product', operation: 'update', productId: ID(8), productFields: { tags: V } }, good: 'Spring', bad: FIVE_MB_TAGS, message: `Tags: "${FIVE_MB_TAGS.slice(0, 77)}..." is not valid — use at most 250 tags` }],
	['option values over 500', { node: 'shopline', parameters: create({ productOptions: { option: [{ name: 'Size', values: V }] } }), good: 'S,M', bad: MANY_VALUES, message: `Product Options → Values (option 1): "${MANY_VALUES.slice(0, 77)}..." is not valid — use at most 500 values` }],
	['option value over 255 characters', { node: 'shopline', parameters: create({ productOptions: { option: [{ name: 'Size', values: V }] } }), good: 'S,M', bad: ['S', LONG_TAG], message: 'Product Options → Values (option 1): a list is not valid — use values of at most 255 characters each' }],
	['product JSON not JSON', { node: 'shopline', parameters: create({ inputMode: 'json', productJson: V }), good: '{"title": "A"}', bad: '{"title": ', message: 'Product (JSON): the text is not valid JSON' }],
	['product JSON a list', { node: 'shopline', parameters: create({ inputMode: 'json', productJson: V }), good: { title: 'A' }, bad: [{ title: 'A' }], message: 'Product (JSON): a list is not valid' }],
	['product JSON without title', { node: 'shopline', parameters: create({ inputMode: 'json', productJson: V }), good: { title: 'A' }, bad: { vendor: 'ACME' }, message: 'Product (JSON): the product has no "title"' }],
	['update JSON empty', { node: 'shopline', parameters: { resource: 'product', operation: 'update', productId: ID(7), inputMode: 'json', productJson: V }, good: { vendor: 'ACME' }, bad: {}, message: 'Product (JSON): the object is empty' }],
	['product JSON variants not a list', { node: 'shopline', parameters: create({ inputMode: 'json', productJson: V }), good: { title: 'A' }, bad: { title: 'A', variants: 'oops' }, message: 'Product (JSON): "oops" at variants is not valid — use a list of variants' }],
	['product JSON variant not an object', { node: 'shopline', parameters: create({ inputMode: 'json', productJson: V }), good: { title: 'A' }, bad: { title: 'A', variants: [{ price: '1' }, 'oops'] }, message: 'Product (JSON): "oops" at variants[1] is not valid — use an object such as {"price": "19.90"' }],
	['product JSON variant price as words', { node: 'shopline', parameters: create({ inputMode: 'json', productJson: V }), good: { title: 'A', variants: [{ price: '1' }] }, bad: { title: 'A', variants: [{ price: 'ten' }] }, message: 'Product (JSON): "ten" at variants[0].price is not valid — use a price such as 19.90' }],
	['product JSON variant compare-at price negative', { node: 'shopline', parameters: create({ inputMode: 'json', productJson: V }), good: { title: 'A' }, bad: { title: 'A', variants: [{}, { compare_at_price: '-5' }] }, message: 'Product (JSON): "-5" at variants[1].compare_at_price is not valid' }],
	['product JSON variant image not a URL', { node: 'shopline', parameters: create({ inputMode: 'json', productJson: V }), good: { title: 'A' }, bad: { title: 'A', variants: [{ image: { src: 'a.jpg' } }] }, message: 'Product (JSON): "a.jpg" at variants[0].image.src is not valid' }],
	['product JSON status unknown', { node: 'shopline', parameters: create({ inputMode: 'json', productJson: V }), good: { title: 'A', status: 'draft' }, bad: { title: 'A', status: 'live' }, message: 'Product (JSON): "live" at status is not valid — use one of "active", "draft", "archived"' }],
	['product JSON tags over 250', { node: 'shopline', parameters: create({ inputMode: 'json', productJson: V }), good: { title: 'A', tags: 'Spring' }, bad: { title: 'A', tags: MANY_TAGS }, message: `Product (JSON): "${MANY_TAGS.slice(0, 77)}..." at tags is not valid — use at most 250 tags` }],
	['product JSON option values over 500', { node: 'shopline', parameters: create({ inputMode: 'json', productJson: V }), good: { title: 'A' }, bad: { title: 'A', options: [{ name: 'Size', values: MANY_VALUES.split(',') }] }, message: 'Product (JSON): a list at options[0].values is not valid — use at most 500 values' }],
	['product JSON images an object', { node: 'shopline', parameters: create({ inputMode: 'json', productJson: V }), good: { title: 'A' }, bad: { title: 'A', images: { src: 'https://cbu01.alicdn.com/a.jpg' } }, message: 'Product (JSON): an object at images is not valid — use a list of images' }],
	['product JSON title too long', { node: 'shopline', parameters: create({ inputMode: 'json', productJson: V }), good: { title: 'A' }, bad: { title: 'T'.repeat(256) }, message: `Product (JSON): "${'T'.repeat(77)}..." at title is not valid — use the product title as text (at most 255 characters)` }],
	['product JSON with an id on create', { node: 'shopline', parameters: create({ inputMode: 'json', productJson: V }), good: { title: 'A' }, bad: { title: 'A', id: ID(3) }, message: `Product (JSON): "${ID(3)}" at id is not valid — this operation does not write to a product by its ID` }],
	['update JSON with another product’s id', { node: 'shopline', parameters: { resource: 'product', operation: 'update', productId: ID(7), inputMode: 'json', productJson: V }, good: { vendor: 'ACME', id: ID(7) }, bad: { vendor: 'ACME', id: ID(9) }, message: `Product (JSON): "${ID(9)}" at id is not valid — it differs from Product ID "${ID(7)}"` }],
	['update JSON variants not a list', { node: 'shopline', parameters: { resource: 'product', operation: 'update', productId: ID(7), inputMode: 'json', productJson: V }, good: { vendor: 'ACME' }, bad: { variants: 'oops' }, message: 'Product (JSON): "oops" at variants is not valid — use a list of variants' }],
];

badInputTable(rows);

describe('bad credential settings', () => {
	it.each([
		['TMAPI base URL without scheme', 'tmapi', { tmapi1688Api: { apiToken: 't', host: 'custom', customBaseUrl: 'localhost:8787' } }, 'Base URL (TMAPI API credential): "localhost:8787" is not valid'],
		['SHOPLINE custom domain as handle', 'shopline', { shoplineApi: { storeHandle: 'www.mystore.com', accessToken: 't', apiVersion: 'v20260301', baseUrl: '' } }, 'Store Handle (SHOPLINE API credential): "www.mystore.com" is not valid'],
		['SHOPLINE version not date-named', 'shopline', { shoplineApi: { storeHandle: 'open001', accessToken: 't', apiVersion: 'custom', customApiVersion: '2026-03', baseUrl: '' } }, 'API Version (SHOPLINE API credential): "2026-03" is not valid'],
		['SHOPLINE base URL without scheme', 'shopline', { shoplineApi: { storeHandle: 'open001', accessToken: 't', apiVersion: 'v20260301', baseUrl: '127.0.0.1:8788' } }, 'Base URL Override (SHOPLINE API credential): "127.0.0.1:8788" is not valid'],
	])('%s: every item gets the error with Continue On Fail', async (_name, node, credentials, message) => {
		const runNode = async (options: RunNodeOptions) => await (node === 'tmapi' ? runTmapi(item({}), options) : runShopline({ operation: 'count' }, options));
		const failing = await runNode({ credentials });
		expect(failing.error?.name).toBe('NodeOperationError');
		expect(failing.error?.message.startsWith(message)).toBe(true);
		const continuing = await runNode({ credentials, input: [{}, {}], node: CONTINUE });
		expect(jsonOf(continuing).map((entry) => String(entry.error).startsWith(message))).toEqual([true, true]);
	});
});
