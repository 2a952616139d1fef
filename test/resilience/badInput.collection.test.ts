import { collectionId, productId } from '../../emulator';
import { badInputTable, V, type Row } from './badInput.harness';

/** Bad input for SHOPLINE → Collection, a row per field and kind of mistake; what each row checks is in badInput.harness.ts. */

const C = (n: number) => collectionId(n);
const P = (n: number) => productId(n);
const op = (operation: string, extra: Record<string, unknown>) => ({ resource: 'collection', operation, ...extra });
const list = (extra: Record<string, unknown>) => op('getAll', { limit: 3, ...extra });
const products = (extra: Record<string, unknown>) => op('getProducts', { collectionId: C(0), limit: 3, ...extra });
const create = (extra: Record<string, unknown>) => op('create', { title: 'New collection', ...extra });
const update = (extra: Record<string, unknown>) => op('update', { collectionId: C(1), ...extra });
const add = (extra: Record<string, unknown>) => op('addProducts', { collectionId: C(3), productIds: P(1), ...extra });
const remove = (extra: Record<string, unknown>) => op('removeProducts', { collectionId: C(0), productIds: P(1), ...extra });
const fieldsOf = (value: unknown) => ({ collectionFields: { [String(value)]: V } });

const ID_TEXT = 'is not valid — use the ID as text of digits';

const rows: Array<[string, Row]> = [
	// Get Many
	['limit 0', { node: 'shopline', parameters: list({ limit: V }), good: 3, bad: 0, message: 'Limit: 0 is not valid — use a whole number from 1 to 1000000' }],
	['page size over 250', { node: 'shopline', parameters: list({ options: { pageSize: V } }), good: 2, bad: 251, message: 'Page Size: 251 is not valid — use a whole number from 1 to 250' }],
	['max pages as words', { node: 'shopline', parameters: list({ options: { maxPages: V } }), good: 5, bad: 'many', message: 'Max Pages: "many" is not valid' }],
	['fields with semicolons', { node: 'shopline', parameters: list({ options: { fields: V } }), good: 'id,title', bad: 'id;title', message: 'Fields: "id;title" is not valid — use field names separated by commas' }],
	['handle filter as an object', { node: 'shopline', parameters: list({ filters: { handle: V } }), good: 'best-sellers', bad: { handle: 'x' }, message: 'Handle: an object is not valid' }],
	['IDs filter with letters', { node: 'shopline', parameters: list({ filters: { ids: V } }), good: C(1), bad: `${C(1)},abc`, message: `IDs: "${C(1)},abc" ${ID_TEXT}` }],
	['IDs filter of commas only', { node: 'shopline', parameters: list({ filters: { ids: V } }), good: C(1), bad: ' , ', message: 'IDs: " , " is not valid' }],
	['since ID with letters', { node: 'shopline', parameters: list({ filters: { sinceId: V } }), good: C(0), bad: 'x12', message: `Since ID: "x12" ${ID_TEXT}` }],
	['title filter as a list', { node: 'shopline', parameters: list({ filters: { title: V } }), good: 'Best sellers', bad: ['Best sellers'], message: 'Title: a list is not valid' }],
	['updated after not a date', { node: 'shopline', parameters: list({ filters: { updatedAtMin: V } }), good: '2025-01-01T00:00:00Z', bad: 'last week', message: 'Updated After: "last week" is not valid — use an ISO 8601 date' }],
	['updated range reversed', { node: 'shopline', parameters: list({ filters: { updatedAtMin: '2025-06-01', updatedAtMax: V } }), good: '2026-12-31', bad: '2025-01-01', message: 'Updated Before: "2025-01-01" is not valid — use a time not earlier than Updated After' }],
	// Get, Delete, Get Products: the collection ID
	['get: collection ID with letters', { node: 'shopline', parameters: op('get', { collectionId: V }), good: C(0), good2: C(1), bad: 'spring', message: `Collection ID: "spring" ${ID_TEXT}` }],
	['get: collection ID as a 26-digit number', { node: 'shopline', parameters: op('get', { collectionId: V }), good: C(0), good2: C(1), bad: Number(C(2)), message: `Collection ID: ${String(Number(C(2)))} is not valid` }],
	['get: collection ID empty', { node: 'shopline', parameters: op('get', { collectionId: V }), good: C(0), good2: C(1), bad: '', message: 'Collection ID: an empty value is not valid' }],
	['get: fields with spaces inside names', { node: 'shopline', parameters: op('get', { collectionId: C(0), options: { fields: V } }), good: 'id,title', bad: 'id,sort order', message: 'Fields: "id,sort order" is not valid' }],
	['delete: collection ID as an object', { node: 'shopline', parameters: op('delete', { collectionId: V }), good: C(0), good2: C(1), bad: { id: C(2) }, message: 'Collection ID: an object is not valid' }],
	['get products: collection ID with a space', { node: 'shopline', parameters: products({ collectionId: V }), good: C(0), good2: C(1), bad: '1225 7170', message: 'Collection ID: "1225 7170" is not valid' }],
	['get products: limit negative', { node: 'shopline', parameters: products({ limit: V }), good: 2, bad: -1, message: 'Limit: -1 is not valid' }],
	['get products: page size 0', { node: 'shopline', parameters: products({ options: { pageSize: V } }), good: 2, bad: 0, message: 'Page Size: 0 is not valid — use a whole number from 1 to 250' }],
	['get products: return all as words', { node: 'shopline', parameters: products({ returnAll: V }), good: false, bad: 'sometimes', message: 'Return All: "sometimes" is not valid — use true or false' }],
	// Create
	['create: title empty', { node: 'shopline', parameters: create({ title: V }), good: 'Summer', good2: 'Autumn', bad: '  ', message: 'Title: an empty value is not valid — a title is required to create a collection' }],
	['create: title too long', { node: 'shopline', parameters: create({ title: V }), good: 'Summer', good2: 'Autumn', bad: 'x'.repeat(256), message: `Title: "${'x'.repeat(77)}..." is not valid — use the title as text (at most 255 characters)` }],
	['create: handle with spaces', { node: 'shopline', parameters: create(fieldsOf('handle')), good: 'summer-a', good2: 'summer-b', bad: 'summer sale!', message: 'Handle: "summer sale!" is not valid — use a handle of letters, digits, - and _' }],
	['create: image URL not a URL', { node: 'shopline', parameters: create(fieldsOf('imageSrc')), good: 'https://img.myshopline.com/a.png', bad: 'picture-of-spring', message: 'Image URL: "picture-of-spring" is not valid' }],
	['create: image URL on ftp', { node: 'shopline', parameters: create(fieldsOf('imageSrc')), good: 'https://img.myshopline.com/a.png', bad: 'ftp://img.example.com/a.png', message: 'Image URL: "ftp://img.example.com/a.png" is not valid — use an http:// or https:// image address' }],
	['create: image alt text without an image', { node: 'shopline', parameters: create(fieldsOf('imageAlt')), good: '', bad: 'Front view', message: 'Image Alt Text: "Front view" is not valid — add Image URL too' }],
	['create: banner URL not a URL', { node: 'shopline', parameters: create(fieldsOf('bannerSrc')), good: 'https://img.myshopline.com/b.png', bad: 'not-an-address', message: 'Banner URL: "not-an-address" is not valid' }],
	['create: banner alt text without a banner', { node: 'shopline', parameters: create(fieldsOf('bannerAlt')), good: '', bad: 'Sale banner', message: 'Banner Alt Text: "Sale banner" is not valid — add Banner URL too' }],
	['create: description as an object', { node: 'shopline', parameters: create(fieldsOf('bodyHtml')), good: '<p>A</p>', bad: { html: '<p>A</p>' }, message: 'Description (HTML): an object is not valid' }],
	['create: path too long', { node: 'shopline', parameters: create(fieldsOf('path')), good: '', bad: `/collections/${'a'.repeat(520)}`, message: 'Path: "/collections/aaaa' }],
	['create: sort order unknown', { node: 'shopline', parameters: create(fieldsOf('sortOrder')), good: 'manual', bad: 'price-asc', message: 'Sort Order: "price-asc" is not valid — use one of "alpha-asc", "alpha-desc"' }],
	['create: published scope unknown', { node: 'shopline', parameters: create(fieldsOf('publishedScope')), good: 'web', bad: 'pos', message: 'Published Scope: "pos" is not valid — use one of "web"' }],
	['create: product IDs with letters', { node: 'shopline', parameters: create(fieldsOf('productIds')), good: P(2), bad: `${P(2)},abc`, message: `Product IDs: "${P(2)},abc" ${ID_TEXT}` }],
	// Update
	['update: collection ID with letters', { node: 'shopline', parameters: update({ collectionId: V, collectionFields: { title: 'Renamed' } }), good: C(1), good2: C(2), bad: 'C-1', message: `Collection ID: "C-1" ${ID_TEXT}` }],
	['update: new title as an object', { node: 'shopline', parameters: update(fieldsOf('title')), good: 'Renamed', bad: { title: 'x' }, message: 'Title: an object is not valid' }],
	['update: template path as a list', { node: 'shopline', parameters: update(fieldsOf('templatePath')), good: 'templates/sortation/detail.json', bad: ['templates/a.json'], message: 'Template Path: a list is not valid' }],
	['update: handle with a slash', { node: 'shopline', parameters: update(fieldsOf('handle')), good: 'renamed-a', good2: 'renamed-b', bad: 'spring/summer', message: 'Handle: "spring/summer" is not valid' }],
	['update: sort order unknown', { node: 'shopline', parameters: update(fieldsOf('sortOrder')), good: 'alpha-desc', bad: 'newest', message: 'Sort Order: "newest" is not valid' }],
	// Add Products, Remove Products
	['add: product IDs with letters', { node: 'shopline', parameters: add({ productIds: V }), good: P(1), bad: `${P(1)},p-2`, message: `Product IDs: "${P(1)},p-2" ${ID_TEXT}` }],
	['add: product IDs empty', { node: 'shopline', parameters: add({ productIds: V }), good: P(1), bad: ' , ', message: 'Product IDs: " , " is not valid — use the ID as text of digits, e.g. 16057850264845250791280282 — give at least one' }],
	['add: more than 50 product IDs', { node: 'shopline', parameters: add({ productIds: V }), good: [P(1), P(2)], bad: Array.from({ length: 51 }, (_, n) => P(n)), message: 'Product IDs: a list is not valid — use at most 50 IDs: SHOPLINE takes 50 per request' }],
	['add: a 26-digit number in the list', { node: 'shopline', parameters: add({ productIds: V }), good: [P(1)], bad: [P(1), Number(P(2))], message: `Product IDs: ${String(Number(P(2)))} is not valid — use the ID as text of digits, e.g. 16057850264845250791280282; a number this long loses digits, keep it as text` }],
	['add: product IDs as an object', { node: 'shopline', parameters: add({ productIds: V }), good: P(1), bad: { id: P(1) }, message: 'Product IDs: an object is not valid' }],
	['add: collection ID empty', { node: 'shopline', parameters: add({ collectionId: V }), good: C(3), bad: '', message: 'Collection ID: an empty value is not valid' }],
	['remove: product IDs as true', { node: 'shopline', parameters: remove({ productIds: V }), good: P(1), bad: true, message: 'Product IDs: true is not valid' }],
	['remove: collection ID with letters', { node: 'shopline', parameters: remove({ collectionId: V }), good: C(0), bad: 'all', message: `Collection ID: "all" ${ID_TEXT}` }],
];

badInputTable(rows);
