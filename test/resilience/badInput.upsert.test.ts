import { badInputTable, V, type Row } from './badInput.harness';

/** Bad input for SHOPLINE → Product → Create or Update; what each row checks is in badInput.harness.ts. */

const upsert = (extra: Record<string, unknown>) => ({ resource: 'product', operation: 'upsert', handle: 'linen-shirt', title: 'Linen shirt', ...extra });

const rows: Array<[string, Row]> = [
	['upsert handle with spaces', { node: 'shopline', parameters: upsert({ handle: V }), good: 'shirt-a', good2: 'shirt-b', bad: 'my shirt!', message: 'Handle: "my shirt!" is not valid — use a handle of letters, digits, - and _' }],
	['upsert handle empty', { node: 'shopline', parameters: upsert({ handle: V }), good: 'shirt-a', bad: ' ', message: 'Handle: an empty value is not valid' }],
	['upsert handle as an object', { node: 'shopline', parameters: upsert({ handle: V }), good: 'shirt-a', bad: { handle: 'shirt-a' }, message: 'Handle: an object is not valid' }],
	['upsert handle too long', { node: 'shopline', parameters: upsert({ handle: V }), good: 'shirt-a', bad: 'a'.repeat(256), message: `Handle: "${'a'.repeat(40)}` }],
	['upsert skip unchanged as words', { node: 'shopline', parameters: upsert({ options: { skipUnchanged: V } }), good: true, good2: 'false', bad: 'maybe', message: 'Skip Unchanged: "maybe" is not valid — use true or false' }],
	['upsert title empty', { node: 'shopline', parameters: upsert({ title: V }), good: 'Linen shirt', bad: '', message: 'Title: an empty value is not valid — a title is required to create a product' }],
	['upsert variant price as words', { node: 'shopline', parameters: upsert({ variants: { variant: [{ price: V }] } }), good: '9.90', bad: 'cheap', message: 'Variants → Price (variant 1): "cheap" is not valid' }],
	['upsert variant SKU as an object', { node: 'shopline', parameters: upsert({ variants: { variant: [{ sku: V }] } }), good: 'LS-1', bad: { sku: 'LS-1' }, message: 'Variants → SKU (variant 1): an object is not valid' }],
	['upsert tags as an object', { node: 'shopline', parameters: upsert({ productFields: { tags: V } }), good: 'Summer', bad: { tag: 'Summer' }, message: 'Tags: an object is not valid' }],
	['upsert product JSON not JSON', { node: 'shopline', parameters: upsert({ inputMode: 'json', productJson: V }), good: '{"title": "A"}', bad: '{"title": ', message: 'Product (JSON): the text is not valid JSON' }],
	['upsert product JSON without title', { node: 'shopline', parameters: upsert({ inputMode: 'json', productJson: V }), good: { title: 'A' }, bad: { vendor: 'ACME' }, message: 'Product (JSON): the product has no "title"' }],
	['upsert product JSON with another handle', { node: 'shopline', parameters: upsert({ inputMode: 'json', productJson: V }), good: { title: 'A', handle: 'linen-shirt' }, bad: { title: 'A', handle: 'wool-hat' }, message: 'Product (JSON): the handle "wool-hat" differs from Handle "linen-shirt"' }],
	['upsert product JSON variants not a list', { node: 'shopline', parameters: upsert({ inputMode: 'json', productJson: V }), good: { title: 'A' }, bad: { title: 'A', variants: 'oops' }, message: 'Product (JSON): "oops" at variants is not valid — use a list of variants' }],
	['upsert product JSON with an id', { node: 'shopline', parameters: upsert({ inputMode: 'json', productJson: V }), good: { title: 'A' }, bad: { title: 'A', id: '16057850264845250791280282' }, message: 'Product (JSON): "16057850264845250791280282" at id is not valid — this operation does not write to a product by its ID' }],
];

badInputTable(rows);
