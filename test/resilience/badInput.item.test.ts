import { badInputTable, V, type Row } from './badInput.harness';

/** Bad input for the Item operations beyond Get Detail, Include Description, and Category → Get Info; what each row checks is in badInput.harness.ts. */

const OFFER = '859086919394';
const byId = (extra: Record<string, unknown>) => ({ resource: 'item', operation: 'getDetailById', offerId: OFFER, ...extra });
const byUrl = (extra: Record<string, unknown>) => ({ resource: 'item', operation: 'getDetail', productUrl: OFFER, ...extra });
const desc = (extra: Record<string, unknown>) => ({ resource: 'item', operation: 'getDescription', offerId: OFFER, ...extra });
const reviews = (extra: Record<string, unknown>) => ({ resource: 'item', operation: 'getReviews', offerId: OFFER, limit: 3, ...extra });
const shipping = (extra: Record<string, unknown>) => ({ resource: 'item', operation: 'getShippingFee', offerId: OFFER, province: 'gd', ...extra });
const sales = (extra: Record<string, unknown>) => ({ resource: 'item', operation: 'getSalesStatistics', offerId: OFFER, ...extra });
const info = (extra: Record<string, unknown>) => ({ resource: 'category', operation: 'getInfo', categoryId: '312', ...extra });

const rows: Array<[string, Row]> = [
	// Item → Get Detail by ID
	['offer ID with letters', { node: 'tmapi', parameters: byId({ offerId: V }), good: OFFER, bad: 'abc123', message: 'Offer ID: "abc123" is not valid' }],
	['offer ID that is a shop', { node: 'tmapi', parameters: byId({ offerId: V }), good: OFFER, bad: 'https://demo.1688.com/', message: 'Offer ID: "https://demo.1688.com/" is not valid — this is a shop address' }],
	['offer ID empty', { node: 'tmapi', parameters: byId({ offerId: V }), good: OFFER, bad: ' ', message: 'Offer ID: an empty value is not valid' }],
	['offer ID as an object', { node: 'tmapi', parameters: byId({ offerId: V }), good: OFFER, bad: { id: OFFER }, message: 'Offer ID: an object is not valid' }],
	['offer ID as a list', { node: 'tmapi', parameters: byId({ offerId: V }), good: OFFER, bad: [OFFER], message: 'Offer ID: a list is not valid' }],
	['detail by ID language unknown', { node: 'tmapi', parameters: byId({ options: { language: V } }), good: 'en', bad: 'fr', message: 'Language: "fr" is not valid — use one of "zh", "en"' }],
	['detail by ID scene with spaces', { node: 'tmapi', parameters: byId({ options: { scene: V } }), good: 'drop_shipping', bad: 'drop shipping', message: 'Price Scene: "drop shipping" is not valid' }],
	['detail by ID optimize title as words', { node: 'tmapi', parameters: byId({ options: { optimizeTitle: V } }), good: true, bad: 'often', message: 'Optimize Title: "often" is not valid — use true or false' }],
	['detail by ID normalize as a number', { node: 'tmapi', parameters: byId({ options: { normalize: V } }), good: true, bad: 2, message: 'Normalize Output: 2 is not valid' }],
	['detail by ID include description as words', { node: 'tmapi', parameters: byId({ options: { includeDescription: V } }), good: true, bad: 'both', message: 'Include Description: "both" is not valid — use true or false' }],
	// Item → Get Detail (by URL): the new option
	['detail include description as an object', { node: 'tmapi', parameters: byUrl({ options: { includeDescription: V } }), good: false, bad: {}, message: 'Include Description: an object is not valid' }],
	// Item → Get Description
	['description offer ID on taobao', { node: 'tmapi', parameters: desc({ offerId: V }), good: OFFER, bad: 'https://item.taobao.com/item.htm?id=1', message: 'Offer ID: "https://item.taobao.com/item.htm?id=1" is not valid — use a 1688 product address' }],
	['description normalize as words', { node: 'tmapi', parameters: desc({ options: { normalize: V } }), good: false, bad: 'raw', message: 'Normalize Output: "raw" is not valid' }],
	// Item → Get Reviews
	['reviews offer ID negative', { node: 'tmapi', parameters: reviews({ offerId: V }), good: OFFER, bad: -5, message: 'Offer ID: -5 is not valid' }],
	['reviews limit 0', { node: 'tmapi', parameters: reviews({ limit: V }), good: 3, bad: 0, message: 'Limit: 0 is not valid — use a whole number from 1 to 1000000' }],
	['reviews return all as words', { node: 'tmapi', parameters: reviews({ returnAll: V }), good: false, bad: 'everything', message: 'Return All: "everything" is not valid — use true or false' }],
	['reviews sort unknown', { node: 'tmapi', parameters: reviews({ options: { sortType: V } }), good: 'latest', bad: 'oldest', message: 'Sort By: "oldest" is not valid — use one of "default", "latest"' }],
	['reviews start page 0', { node: 'tmapi', parameters: reviews({ options: { startPage: V } }), good: 1, bad: 0, message: 'Start Page: 0 is not valid — use a whole number from 1 to 100000' }],
	['reviews max pages as words', { node: 'tmapi', parameters: reviews({ options: { maxPages: V } }), good: 5, bad: 'many', message: 'Max Pages: "many" is not valid' }],
	['reviews normalize as a number', { node: 'tmapi', parameters: reviews({ options: { normalize: V } }), good: true, bad: 0, message: 'Normalize Output: 0 is not valid' }],
	// Item → Get Shipping Fee
	['shipping offer ID fractional', { node: 'tmapi', parameters: shipping({ offerId: V }), good: OFFER, bad: 859086.5, message: 'Offer ID: 859086.5 is not valid' }],
	['province empty', { node: 'tmapi', parameters: shipping({ province: V }), good: 'gd', bad: '', message: 'Province: an empty value is not valid — use a Chinese province' }],
	['province as digits', { node: 'tmapi', parameters: shipping({ province: V }), good: 'Guangdong', bad: '440000', message: 'Province: "440000" is not valid — use a Chinese province such as Guangdong' }],
	['province as an object', { node: 'tmapi', parameters: shipping({ province: V }), good: '广东', bad: { name: 'gd' }, message: 'Province: an object is not valid' }],
	['province too long', { node: 'tmapi', parameters: shipping({ province: V }), good: 'gd', bad: 'Guangdong Province of the People Republic', message: 'Province: "Guangdong Province of the People Republic" is not valid' }],
	['total quantity 0', { node: 'tmapi', parameters: shipping({ options: { totalQuantity: V } }), good: 5, bad: 0, message: 'Total Quantity: 0 is not valid — use a whole number from 1 to 10000000' }],
	['total quantity fractional', { node: 'tmapi', parameters: shipping({ options: { totalQuantity: V } }), good: '5', bad: 2.5, message: 'Total Quantity: 2.5 is not valid' }],
	['total weight negative', { node: 'tmapi', parameters: shipping({ options: { totalWeight: V } }), good: 1.5, bad: -2, message: 'Total Weight (Kg): -2 is not valid — use a weight in kilograms' }],
	['total weight as words', { node: 'tmapi', parameters: shipping({ options: { totalWeight: V } }), good: '0.75', bad: 'heavy', message: 'Total Weight (Kg): "heavy" is not valid' }],
	// Item → Get Sales Statistics
	['sales offer ID empty', { node: 'tmapi', parameters: sales({ offerId: V }), good: OFFER, bad: '', message: 'Offer ID: an empty value is not valid' }],
	['spec ID with spaces', { node: 'tmapi', parameters: sales({ options: { specId: V } }), good: '', bad: 'spec id 1', message: 'SKU Spec ID: "spec id 1" is not valid — use the "specid" of a SKU' }],
	['spec ID as an object', { node: 'tmapi', parameters: sales({ options: { specId: V } }), good: '', bad: { id: 1 }, message: 'SKU Spec ID: an object is not valid' }],
	// Category → Get Info
	['category info ID with letters', { node: 'tmapi', parameters: info({ categoryId: V }), good: '312', good2: '', bad: 'women', message: 'Category ID: "women" is not valid — use a numeric category ID' }],
	['category info ID as a list', { node: 'tmapi', parameters: info({ categoryId: V }), good: '54', bad: ['54'], message: 'Category ID: a list is not valid' }],
	['max depth 6', { node: 'tmapi', parameters: info({ options: { recursive: true, maxDepth: V } }), good: 2, bad: 6, message: 'Max Depth: 6 is not valid — use a whole number from 1 to 5' }],
	['max depth 0', { node: 'tmapi', parameters: info({ options: { maxDepth: V } }), good: '1', bad: 0, message: 'Max Depth: 0 is not valid' }],
	['max calls 0', { node: 'tmapi', parameters: info({ options: { recursive: true, maxCalls: V } }), good: 200, bad: 0, message: 'Max Calls: 0 is not valid — use a whole number from 1 to 10000' }],
	['max calls as words', { node: 'tmapi', parameters: info({ options: { recursive: true, maxCalls: V } }), good: '50', bad: 'many', message: 'Max Calls: "many" is not valid' }],
	['recursive as words', { node: 'tmapi', parameters: info({ options: { recursive: V } }), good: false, bad: 'deep', message: 'Recursive: "deep" is not valid — use true or false' }],
	['category info output unknown', { node: 'tmapi', parameters: info({ options: { output: V } }), good: 'tree', bad: 'graph', message: 'Output: "graph" is not valid — use one of "categories", "tree"' }],
];

badInputTable(rows);
