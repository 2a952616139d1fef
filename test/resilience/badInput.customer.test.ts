import { allCustomers } from '../../emulator/shopline/customers';
import { ShoplineStore } from '../../emulator/shoplineStore';
import { badInputTable, V, type Row } from './badInput.harness';

/** Bad input for the Customer operations; what each row checks is in badInput.harness.ts. */

const ids = allCustomers(new ShoplineStore(50)).map((customer) => customer.id);
/** A new email per input item, so that the good items of a create row are not refused as taken. */
const freshEmail = '={{ "row" + $itemIndex + "@example.com" }}';
const TOO_BIG = Number('42018250540000000000');

const list = (extra: Record<string, unknown>) => ({ resource: 'customer', operation: 'getAll', limit: 3, ...extra });
const get = (extra: Record<string, unknown>) => ({ resource: 'customer', operation: 'get', customerId: ids[0], ...extra });
const create = (extra: Record<string, unknown>) => ({ resource: 'customer', operation: 'create', email: freshEmail, ...extra });
const update = (extra: Record<string, unknown>) => ({ resource: 'customer', operation: 'update', customerId: ids[0], ...extra });
const search = (extra: Record<string, unknown>) => ({ resource: 'customer', operation: 'search', searchText: 'example', limit: 3, ...extra });

const rows: Array<[string, Row]> = [
	// Customer → Get Many
	['customer list limit 0', { node: 'shopline', parameters: list({ limit: V }), good: 3, bad: 0, message: 'Limit: 0 is not valid — use a whole number from 1 to 1000000' }],
	['customer list return all as words', { node: 'shopline', parameters: list({ returnAll: V, filters: { ids: ids.slice(0, 2).join(',') } }), good: true, bad: 'all', message: 'Return All: "all" is not valid — use true or false' }],
	['customer list created after not a date', { node: 'shopline', parameters: list({ filters: { createdAtMin: V } }), good: '2025-06-01T00:00:00Z', bad: 'last week', message: 'Created After: "last week" is not valid — use an ISO 8601 date' }],
	['customer list updated range reversed', { node: 'shopline', parameters: list({ filters: { updatedAtMin: '2025-07-01', updatedAtMax: V } }), good: '2026-07-01', bad: '2025-06-01', message: 'Updated Before: "2025-06-01" is not valid — use a time not earlier than Updated After' }],
	['customer list IDs with letters', { node: 'shopline', parameters: list({ filters: { ids: V } }), good: ids.slice(0, 2).join(','), bad: `${ids[0]},bob`, message: `IDs: "${ids[0]},bob" is not valid — use customer IDs as text of digits` }],
	['customer list IDs empty', { node: 'shopline', parameters: list({ filters: { ids: V } }), good: ids[0], bad: ' , ', message: 'IDs: " , " is not valid — use customer IDs as text of digits, separated by commas — an empty list would match every customer' }],
	['customer list more than 64 IDs', { node: 'shopline', parameters: list({ filters: { ids: V } }), good: ids.slice(0, 64).join(','), bad: ids.slice(0, 65).join(','), message: 'IDs: "' }],
	['customer list since ID with letters', { node: 'shopline', parameters: list({ filters: { sinceId: V } }), good: ids[0], bad: 'after-bob', message: 'Since ID: "after-bob" is not valid — use the ID as text of digits' }],
	['customer list fields with semicolons', { node: 'shopline', parameters: list({ options: { fields: V } }), good: 'id,email', bad: 'id;email', message: 'Fields: "id;email" is not valid' }],
	['customer list page size over 250', { node: 'shopline', parameters: list({ options: { pageSize: V } }), good: 250, bad: 251, message: 'Page Size: 251 is not valid — use a whole number from 1 to 250' }],
	['customer list max pages 0', { node: 'shopline', parameters: list({ options: { maxPages: V } }), good: 5, bad: 0, message: 'Max Pages: 0 is not valid — use a whole number from 1 to 100000' }],
	// Customer → Get
	['customer ID with letters', { node: 'shopline', parameters: get({ customerId: V }), good: ids[0], good2: ids[1], bad: 'C1001', message: 'Customer ID: "C1001" is not valid — use the ID as text of digits' }],
	['customer ID as a number that lost digits', { node: 'shopline', parameters: get({ customerId: V }), good: ids[0], good2: ids[1], bad: TOO_BIG, message: `Customer ID: ${String(TOO_BIG)} is not valid` }],
	['customer ID empty', { node: 'shopline', parameters: get({ customerId: V }), good: ids[0], good2: ids[1], bad: ' ', message: 'Customer ID: an empty value is not valid' }],
	['customer ID as a locator with letters', { node: 'shopline', parameters: get({ customerId: { __rl: true, mode: 'id', value: V } }), good: ids[0], good2: ids[1], bad: 'x42', message: 'Customer ID: "x42" is not valid' }],
	// Customer → Create
	['create email without @', { node: 'shopline', parameters: create({ email: V }), good: 'first@example.com', good2: 'third@example.com', bad: 'bob.example.com', message: 'Email: "bob.example.com" is not valid — use an email address such as name@email.com' }],
	['create email over 50 characters', { node: 'shopline', parameters: create({ email: V }), good: 'first@example.com', good2: 'third@example.com', bad: `${'b'.repeat(40)}@example.com`, message: `Email: "${'b'.repeat(40)}@example.com" is not valid — use an email address such as name@email.com (at most 50 characters)` }],
	['create without email or phone', { node: 'shopline', parameters: create({ email: V }), good: 'first@example.com', good2: 'third@example.com', bad: '', message: 'Email: an empty value is not valid — give an email address or a phone number' }],
	['create phone with words', { node: 'shopline', parameters: create({ phone: V }), good: '+8613100000001', good2: '+8613100000003', bad: 'call me', message: 'Phone: "call me" is not valid — use a phone number of digits' }],
	['create phone over 20 characters', { node: 'shopline', parameters: create({ phone: V }), good: '+8613100000001', good2: '+8613100000003', bad: '+86 131 0000 0000 0000', message: 'Phone: "+86 131 0000 0000 0000" is not valid' }],
	['create first name over 128', { node: 'shopline', parameters: create({ additionalFields: { firstName: V } }), good: 'Bob', bad: 'B'.repeat(129), message: 'First Name: "' }],
	['create last name as an object', { node: 'shopline', parameters: create({ additionalFields: { lastName: V } }), good: 'Norman', bad: { last: 'Norman' }, message: 'Last Name: an object is not valid' }],
	['create note over 1000', { node: 'shopline', parameters: create({ additionalFields: { note: V } }), good: 'Wholesale', bad: 'n'.repeat(1001), message: 'Note: "' }],
	['create 101 tags', { node: 'shopline', parameters: create({ additionalFields: { tags: V } }), good: 'loyal,wholesale', bad: Array.from({ length: 101 }, (_, n) => `t${n}`).join(','), message: 'Tags: "t0,t1' }],
	['create tag over 128', { node: 'shopline', parameters: create({ additionalFields: { tags: V } }), good: 'loyal', bad: `ok,${'t'.repeat(129)}`, message: 'Tags: "ok,ttt' }],
	['create tags over 1000 in all', { node: 'shopline', parameters: create({ additionalFields: { tags: V } }), good: 'loyal', bad: Array.from({ length: 20 }, (_, n) => `${n}${'t'.repeat(60)}`).join(','), message: 'Tags: "0ttt' }],
	['create tags as a number', { node: 'shopline', parameters: create({ additionalFields: { tags: V } }), good: 'loyal', bad: 7, message: 'Tags: 7 is not valid — use tags separated by commas' }],
	['create birthday impossible', { node: 'shopline', parameters: create({ additionalFields: { birthday: V } }), good: '1997-01-02', bad: '1997-02-30', message: 'Birthday: "1997-02-30" is not valid — use a date such as 1997-01-02 or 19970102, a real date in the past' }],
	['create birthday in words', { node: 'shopline', parameters: create({ additionalFields: { birthday: V } }), good: '19970102', bad: 'Jan 2nd', message: 'Birthday: "Jan 2nd" is not valid' }],
	['create gender unknown value', { node: 'shopline', parameters: create({ additionalFields: { gender: V } }), good: '2', bad: 'f', message: 'Gender: "f" is not valid — use one of' }],
	['create verified email as words', { node: 'shopline', parameters: create({ additionalFields: { verifiedEmail: V } }), good: true, bad: 'yes', message: 'Verified Email: "yes" is not valid — use true or false' }],
	// Customer → Update
	['update customer ID with a dash', { node: 'shopline', parameters: update({ customerId: V, updateFields: { note: 'x' } }), good: ids[0], good2: ids[2], bad: '4201-825', message: 'Customer ID: "4201-825" is not valid' }],
	['update email without a domain', { node: 'shopline', parameters: update({ updateFields: { email: V } }), good: 'new1@example.com', good2: 'new3@example.com', bad: 'bob@', message: 'Email: "bob@" is not valid — use an email address' }],
	['update tags as an object', { node: 'shopline', parameters: update({ updateFields: { tags: V } }), good: 'loyal', bad: { tag: 'loyal' }, message: 'Tags: an object is not valid' }],
	// Customer → Search
	['search text over 50', { node: 'shopline', parameters: search({ searchText: V }), good: 'example', bad: 'e'.repeat(51), message: 'Search Text: "' }],
	['search with neither text nor conditions', { node: 'shopline', parameters: search({ searchText: V }), good: 'example', bad: '', message: 'Search Text: an empty value is not valid — give a text to search for or Conditions' }],
	['search condition unknown field', { node: 'shopline', parameters: search({ conditions: V }), good: 'tags:loyal', bad: 'city:Hagerman', message: 'Conditions: "city:Hagerman" is not valid — use field:value pairs' }],
	['search condition without value', { node: 'shopline', parameters: search({ conditions: V }), good: 'orders_count:1', bad: 'tags:', message: 'Conditions: "tags:" is not valid' }],
	['search sort unknown', { node: 'shopline', parameters: search({ options: { sort: V } }), good: '1', bad: 'newest', message: 'Sort: "newest" is not valid — use one of' }],
	['search limit fractional', { node: 'shopline', parameters: search({ limit: V }), good: 3, bad: 2.5, message: 'Limit: 2.5 is not valid' }],
];

badInputTable(rows);
