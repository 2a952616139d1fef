import { badInputTable, V, type Row } from './badInput.harness';

/** Bad input for Search (keyword, other languages, image, factories) and Shop → Get Info / Get Categories. */

const items = (extra: Record<string, unknown>) => ({ resource: 'search', operation: 'items', keyword: '连衣裙', limit: 3, ...extra });
const global = (extra: Record<string, unknown>) => ({ resource: 'search', operation: 'itemsGlobal', keyword: 'dress', limit: 3, ...extra });
const image = (extra: Record<string, unknown>) => ({ resource: 'search', operation: 'itemsByImage', imageUrl: 'https://cbu01.alicdn.com/img/ibank/a.jpg', limit: 3, ...extra });
const factories = (extra: Record<string, unknown>) => ({ resource: 'search', operation: 'factories', keywords: '睡衣', limit: 3, ...extra });
const info = (extra: Record<string, unknown>) => ({ resource: 'shop', operation: 'getInfo', shopUrl: 'demo.1688.com', ...extra });
const categories = (extra: Record<string, unknown>) => ({ resource: 'shop', operation: 'getCategories', shopUrl: 'demo.1688.com', ...extra });

const rows: Array<[string, Row]> = [
	// Search → Items by Keyword
	['keyword empty', { node: 'tmapi', parameters: items({ keyword: V }), good: '连衣裙', bad: '  ', message: 'Keyword: an empty value is not valid — use the words to search for' }],
	['keyword as an object', { node: 'tmapi', parameters: items({ keyword: V }), good: '连衣裙', bad: { q: 'dress' }, message: 'Keyword: an object is not valid' }],
	['keyword too long', { node: 'tmapi', parameters: items({ keyword: V }), good: '连衣裙', bad: 'x'.repeat(201), message: `Keyword: "${'x'.repeat(77)}..." is not valid — use at most 200 characters` }],
	['search min price as words', { node: 'tmapi', parameters: items({ filters: { priceStart: V } }), good: '5', bad: 'cheap', message: 'Min Price: "cheap" is not valid — use a price such as 10 or 9.90' }],
	['search max price negative', { node: 'tmapi', parameters: items({ filters: { priceEnd: V } }), good: 100, bad: -3, message: 'Max Price: -3 is not valid' }],
	['search max price below min price', { node: 'tmapi', parameters: items({ filters: { priceStart: '50', priceEnd: V } }), good: '80', bad: '20', message: 'Max Price: "20" is not valid — Max Price must not be lower than Min Price (50)' }],
	['search MOQ 0', { node: 'tmapi', parameters: items({ filters: { moq: V } }), good: 10, bad: 0, message: 'Max Minimum Order Quantity: 0 is not valid — use a whole number from 1 to 1000000' }],
	['search MOQ fractional', { node: 'tmapi', parameters: items({ filters: { moq: V } }), good: '10', bad: 2.5, message: 'Max Minimum Order Quantity: 2.5 is not valid' }],
	['search dropshipping as words', { node: 'tmapi', parameters: items({ filters: { supportDropshipping: V } }), good: true, bad: 'yes', message: 'Supports Dropshipping Only: "yes" is not valid — use true or false' }],
	['search free shipping as a number', { node: 'tmapi', parameters: items({ filters: { freeShipping: V } }), good: false, bad: 1, message: 'Free Shipping Only: 1 is not valid — use true or false' }],
	['search factories only as words', { node: 'tmapi', parameters: items({ filters: { isFactory: V } }), good: 'true', bad: 'maybe', message: 'Factories Only: "maybe" is not valid' }],
	['search new arrivals as an object', { node: 'tmapi', parameters: items({ filters: { newArrival: V } }), good: true, bad: { on: true }, message: 'New Arrivals Only: an object is not valid' }],
	['search verified suppliers as words', { node: 'tmapi', parameters: items({ filters: { verifiedSupplier: V } }), good: false, bad: 'certainly', message: 'Verified Suppliers Only: "certainly" is not valid' }],
	['search sort by time', { node: 'tmapi', parameters: items({ options: { sort: V } }), good: 'sales', bad: 'time_down', message: 'Sort By: "time_down" is not valid — use one of "default", "sales", "price_up", "price_down"' }],
	['search page size 21', { node: 'tmapi', parameters: items({ options: { pageSize: V } }), good: 20, bad: 21, message: 'Page Size: 21 is not valid — use a whole number from 1 to 20' }],
	['search page size 0', { node: 'tmapi', parameters: items({ options: { pageSize: V } }), good: '10', bad: 0, message: 'Page Size: 0 is not valid' }],
	['search start page 0', { node: 'tmapi', parameters: items({ options: { startPage: V } }), good: 1, bad: 0, message: 'Start Page: 0 is not valid' }],
	['search max pages as words', { node: 'tmapi', parameters: items({ options: { maxPages: V } }), good: 5, bad: 'many', message: 'Max Pages: "many" is not valid' }],
	['search output unknown', { node: 'tmapi', parameters: items({ options: { output: V } }), good: 'pages', bad: 'rows', message: 'Output: "rows" is not valid' }],
	['search normalize as words', { node: 'tmapi', parameters: items({ options: { normalize: V } }), good: true, bad: 'on', message: 'Normalize Output: "on" is not valid' }],
	['search limit 0', { node: 'tmapi', parameters: items({ limit: V }), good: 3, bad: 0, message: 'Limit: 0 is not valid' }],
	// Search → Items by Keyword in Other Languages
	['global search without keyword or category', { node: 'tmapi', parameters: global({ keyword: V }), good: 'dress', bad: '', message: 'Keyword: an empty value is not valid — give a keyword, or a Category ID under Filters' }],
	['global keyword as a list', { node: 'tmapi', parameters: global({ keyword: V }), good: 'dress', bad: ['dress'], message: 'Keyword: a list is not valid' }],
	['global category ID with letters', { node: 'tmapi', parameters: global({ filters: { categoryId: V } }), good: '1031922', bad: 'shoes', message: 'Category ID: "shoes" is not valid — use a numeric category ID' }],
	['global language unknown', { node: 'tmapi', parameters: global({ options: { language: V } }), good: 'ja', bad: 'fr', message: 'Language: "fr" is not valid — use one of "en", "zh"' }],
	['global min price as words', { node: 'tmapi', parameters: global({ filters: { priceStart: V } }), good: 1, bad: 'one', message: 'Min Price: "one" is not valid' }],
	['global sort unknown', { node: 'tmapi', parameters: global({ options: { sort: V } }), good: 'price_up', bad: 'newest', message: 'Sort By: "newest" is not valid' }],
	['global page size 25', { node: 'tmapi', parameters: global({ options: { pageSize: V } }), good: 20, bad: 25, message: 'Page Size: 25 is not valid — use a whole number from 1 to 20' }],
	// Search → Items by Image
	['image URL empty', { node: 'tmapi', parameters: image({ imageUrl: V }), good: 'https://cbu01.alicdn.com/img/ibank/a.jpg', bad: '', message: 'Image URL: an empty value is not valid' }],
	['image URL not a URL', { node: 'tmapi', parameters: image({ imageUrl: V }), good: 'https://cbu01.alicdn.com/img/ibank/a.jpg', bad: 'my photo.jpg', message: 'Image URL: "my photo.jpg" is not valid — use the address of an image' }],
	['image URL with another scheme', { node: 'tmapi', parameters: image({ imageUrl: V }), good: '//cbu01.alicdn.com/img/ibank/a.jpg', bad: 'ftp://example.com/a.jpg', message: 'Image URL: "ftp://example.com/a.jpg" is not valid' }],
	['image URL as an object', { node: 'tmapi', parameters: image({ imageUrl: V }), good: 'https://example.com/a.jpg', bad: { src: 'https://example.com/a.jpg' }, message: 'Image URL: an object is not valid' }],
	['image endpoint unknown', { node: 'tmapi', parameters: image({ options: { endpoint: V } }), good: 'global', bad: 'v2', message: 'Search Endpoint: "v2" is not valid — use one of "1688", "global"' }],
	['image convert as words', { node: 'tmapi', parameters: image({ options: { convert: V } }), good: true, bad: 'auto', message: 'Convert Non-Alibaba Images: "auto" is not valid — use true or false' }],
	['image language unknown', { node: 'tmapi', parameters: image({ options: { endpoint: 'global', language: V } }), good: 'ko', bad: 'de', message: 'Language: "de" is not valid' }],
	['image max price below min price', { node: 'tmapi', parameters: image({ filters: { priceStart: 9, priceEnd: V } }), good: 250, bad: 8, message: 'Max Price: 8 is not valid — Max Price must not be lower than Min Price (9)' }],
	['image dropshipping as words', { node: 'tmapi', parameters: image({ filters: { supportDropshipping: V } }), good: true, bad: 'sure', message: 'Supports Dropshipping Only: "sure" is not valid' }],
	['image page size 40', { node: 'tmapi', parameters: image({ options: { pageSize: V } }), good: 20, bad: 40, message: 'Page Size: 40 is not valid — use a whole number from 1 to 20' }],
	// Search → Factories
	['factory keywords empty', { node: 'tmapi', parameters: factories({ keywords: V }), good: '睡衣', bad: '', message: 'Keywords: an empty value is not valid — use the words to search for' }],
	['factory keywords as an object', { node: 'tmapi', parameters: factories({ keywords: V }), good: '睡衣', bad: { k: 1 }, message: 'Keywords: an object is not valid' }],
	['factory sort unknown', { node: 'tmapi', parameters: factories({ options: { sort: V } }), good: 'repurchase_rate', bad: 'sales', message: 'Sort By: "sales" is not valid — use one of "default", "repurchase_rate"' }],
	['factory page size 21', { node: 'tmapi', parameters: factories({ options: { pageSize: V } }), good: 20, bad: 21, message: 'Page Size: 21 is not valid' }],
	// Shop → Get Info
	['shop info by unknown kind', { node: 'tmapi', parameters: info({ shopBy: V, memberId: 'b2b-2204661580' }), good: 'shopUrl', bad: 'name', message: 'Shop By: "name" is not valid — use one of "shopUrl", "memberId"' }],
	['shop info URL on another host', { node: 'tmapi', parameters: info({ shopUrl: V }), good: 'demo.1688.com', bad: 'https://example.com/', message: 'Shop URL: "https://example.com/" is not valid — use a 1688 shop address' }],
	['shop info URL that is a product page', { node: 'tmapi', parameters: info({ shopUrl: V }), good: 'demo.1688.com', bad: 'https://detail.1688.com/offer/610000000001.html', message: 'Shop URL: "https://detail.1688.com/offer/610000000001.html" is not valid — this is a product address' }],
	['shop info member ID empty', { node: 'tmapi', parameters: info({ shopBy: 'memberId', memberId: V }), good: 'b2b-2204661580', bad: '', message: 'Member ID: an empty value is not valid — use the seller member ID' }],
	['shop info member ID with spaces', { node: 'tmapi', parameters: info({ shopBy: 'memberId', memberId: V }), good: 'b2b-2204661580', bad: 'b2b 2204', message: 'Member ID: "b2b 2204" is not valid — use the seller member ID' }],
	['shop info member ID as an object', { node: 'tmapi', parameters: info({ shopBy: 'memberId', memberId: V }), good: 'b2b-2204661580', bad: { id: 'b2b-1' }, message: 'Member ID: an object is not valid' }],
	['shop info normalize as words', { node: 'tmapi', parameters: info({ options: { normalize: V } }), good: false, bad: 'no', message: 'Normalize Output: "no" is not valid' }],
	// Shop → Get Categories
	['shop categories URL empty', { node: 'tmapi', parameters: categories({ shopUrl: V }), good: 'demo.1688.com', bad: '', message: 'Shop URL: an empty value is not valid' }],
	['shop categories member ID too short', { node: 'tmapi', parameters: categories({ shopBy: 'memberId', memberId: V }), good: 'b2b-2204661580', bad: 'b', message: 'Member ID: "b" is not valid' }],
	['shop categories output unknown', { node: 'tmapi', parameters: categories({ options: { output: V } }), good: 'tree', bad: 'list', message: 'Output: "list" is not valid — use one of "categories", "tree"' }],
];

badInputTable(rows);
