import { productId, ShoplineStore } from '../../emulator/shoplineStore';
import { badInputTable, V, type Row } from './badInput.harness';

/**
 * Bad input for SHOPLINE's Variant and Product Image resources: one row per field and kind of
 * mistake; what each row checks is in badInput.harness.ts. The good values are real records
 * of the emulator's store (the harness runs one of 50 products).
 */

const ID = (n: number) => productId(n);
const store = new ShoplineStore(50);
/** A product with at least two variants, and its variant IDs. */
const twoVariants = store.list({}).find((product) => product.variants.length >= 2)!;
const [VID_A, VID_B] = twoVariants.variants.map((variant) => variant.id as string);
const variantOf = (n: number) => store.get(ID(n))!.variants[0].id as string;
const imageOf = (n: number) => store.get(ID(n))!.images[0].id;
/** The other ID of a pair, chosen by the value under test, so that both good items change different records. */
const pairedWith = (good2: string, whenGood2: string, otherwise: string) => `={{ $json.v === '${good2}' ? '${whenGood2}' : '${otherwise}' }}`;

const variant = (operation: string, extra: Record<string, unknown>) => ({ resource: 'variant', operation, ...extra });
/** Create on product 1; each item gets its own colour, so that the good items are not duplicates. */
const create = (fields: Record<string, unknown>, extra: Record<string, unknown> = {}) =>
	variant('create', { productId: ID(1), variantFields: { option1: '={{ "Shade " + $itemIndex }}', ...fields }, ...extra });
const update = (fields: Record<string, unknown>, extra: Record<string, unknown> = {}) => variant('update', { variantId: variantOf(2), updateFields: fields, ...extra });
const image = (operation: string, extra: Record<string, unknown>) => ({ resource: 'productImage', operation, ...extra });
const long = 'x'.repeat(256);

const rows: Array<[string, Row]> = [
	// Variant → Get Many
	['variant list product ID with letters', { node: 'shopline', parameters: variant('getAll', { productId: V, limit: 3 }), good: ID(1), bad: 'abc', message: 'Product ID: "abc" is not valid — use the ID as text of digits' }],
	['variant list limit 0', { node: 'shopline', parameters: variant('getAll', { productId: ID(1), limit: V }), good: 3, bad: 0, message: 'Limit: 0 is not valid — use a whole number from 1 to 1000000' }],
	['variant list since ID with letters', { node: 'shopline', parameters: variant('getAll', { productId: ID(1), filters: { sinceId: V } }), good: VID_A, bad: 'x1', message: 'Since ID: "x1" is not valid' }],
	['variant list fields with semicolons', { node: 'shopline', parameters: variant('getAll', { productId: ID(1), options: { fields: V } }), good: 'id,sku', bad: 'id;sku', message: 'Fields: "id;sku" is not valid' }],
	['variant list page size over 250', { node: 'shopline', parameters: variant('getAll', { productId: ID(1), options: { pageSize: V } }), good: 250, bad: 251, message: 'Page Size: 251 is not valid — use a whole number from 1 to 250' }],
	// Variant → Get, Count, Delete
	['variant ID with letters', { node: 'shopline', parameters: variant('get', { variantId: V }), good: variantOf(1), good2: variantOf(2), bad: 'abc', message: 'Variant ID: "abc" is not valid — use the ID as text of digits' }],
	['variant ID as a 26-digit number', { node: 'shopline', parameters: variant('get', { variantId: V }), good: variantOf(1), bad: Number(variantOf(1)), message: `Variant ID: ${String(Number(variantOf(1)))} is not valid` }],
	['variant get fields as an object', { node: 'shopline', parameters: variant('get', { variantId: variantOf(1), options: { fields: V } }), good: 'id', bad: { id: 1 }, message: 'Fields: an object is not valid' }],
	['variant count product ID empty', { node: 'shopline', parameters: variant('count', { productId: V }), good: ID(1), bad: '', message: 'Product ID: an empty value is not valid' }],
	['variant delete product ID with letters', { node: 'shopline', parameters: variant('delete', { productId: V, variantId: pairedWith(ID(2), variantOf(2), variantOf(1)) }), good: ID(1), good2: ID(2), bad: 'p-1', message: 'Product ID: "p-1" is not valid' }],
	['variant delete variant ID as a list', { node: 'shopline', parameters: variant('delete', { productId: twoVariants.id, variantId: V }), good: VID_A, good2: VID_B, bad: [VID_A], message: 'Variant ID: a list is not valid' }],
	// Variant → Create: every field of the variant
	['create product ID with letters', { node: 'shopline', parameters: create({}, { productId: V }), good: ID(1), bad: 'abc', message: 'Product ID: "abc" is not valid' }],
	['create price as words', { node: 'shopline', parameters: create({ price: V }), good: '9.90', bad: 'ten', message: 'Price: "ten" is not valid — use a price such as 19.90' }],
	['create compare-at price negative', { node: 'shopline', parameters: create({ compareAtPrice: V }), good: 19.9, bad: '-1', message: 'Compare-At Price: "-1" is not valid' }],
	['create SKU as an object', { node: 'shopline', parameters: create({ sku: V }), good: 'SKU-1', bad: { sku: 1 }, message: 'SKU: an object is not valid — use the SKU as text' }],
	['create barcode too long', { node: 'shopline', parameters: create({ barcode: V }), good: 'B-1', bad: long, message: 'Barcode: "xxx' }],
	['create option 1 as a list', { node: 'shopline', parameters: create({ option1: V }), good: 'Mauve', good2: 'Ochre', bad: ['Red'], message: 'Option 1: a list is not valid' }],
	['create option 2 too long', { node: 'shopline', parameters: create({ option2: V }), good: '', bad: long, message: 'Option 2: "xxx' }],
	['create option 3 as an object', { node: 'shopline', parameters: create({ option3: V }), good: '', bad: { v: 'M' }, message: 'Option 3: an object is not valid' }],
	['create option 4 as true', { node: 'shopline', parameters: create({ option4: V }), good: '', bad: true, message: 'Option 4: true is not valid' }],
	['create option 5 as a list', { node: 'shopline', parameters: create({ option5: V }), good: '', bad: ['a', 'b'], message: 'Option 5: a list is not valid' }],
	['create weight as words', { node: 'shopline', parameters: create({ weight: V }), good: '0.2', bad: 'heavy', message: 'Weight: "heavy" is not valid — use a weight such as 0.12' }],
	['create weight unit unknown', { node: 'shopline', parameters: create({ weightUnit: V }), good: 'kg', bad: 'stone', message: 'Weight Unit: "stone" is not valid — use one of "g", "kg", "lb", "oz", "zh_kg"' }],
	['create inventory policy unknown', { node: 'shopline', parameters: create({ inventoryPolicy: V }), good: 'continue', bad: 'oversell', message: 'Inventory Policy: "oversell" is not valid — use one of "deny", "continue"' }],
	['create track inventory as words', { node: 'shopline', parameters: create({ inventoryTracker: V }), good: 'true', bad: 'yes', message: 'Track Inventory: "yes" is not valid — use true or false' }],
	['create requires shipping as a number', { node: 'shopline', parameters: create({ requiredShipping: V }), good: false, bad: 1, message: 'Requires Shipping: 1 is not valid' }],
	['create taxable as words', { node: 'shopline', parameters: create({ taxable: V }), good: 'false', bad: 'never', message: 'Taxable: "never" is not valid' }],
	['create image URL not a URL', { node: 'shopline', parameters: create({ imageSrc: V }), good: 'https://cbu01.alicdn.com/v.jpg', bad: 'not a url', message: 'Image URL: "not a url" is not valid' }],
	['create image URL on ftp', { node: 'shopline', parameters: create({ imageSrc: V }), good: 'https://cbu01.alicdn.com/v.jpg', bad: 'ftp://cbu01.alicdn.com/v.jpg', message: 'Image URL: "ftp://cbu01.alicdn.com/v.jpg" is not valid — use an http:// or https:// image address' }],
	['create image alt text as an object', { node: 'shopline', parameters: create({ imageSrc: 'https://cbu01.alicdn.com/v.jpg', imageAlt: V }), good: 'Front', bad: { alt: 'Front' }, message: 'Image Alt Text: an object is not valid' }],
	// Variant → Update
	['update variant ID with letters', { node: 'shopline', parameters: update({ sku: 'S-2' }, { variantId: V }), good: variantOf(2), good2: variantOf(3), bad: 'v1', message: 'Variant ID: "v1" is not valid' }],
	['update price with a comma', { node: 'shopline', parameters: update({ price: V }), good: '12.50', bad: '12,50', message: 'Price: "12,50" is not valid' }],
	['update weight unit unknown', { node: 'shopline', parameters: update({ weightUnit: V }), good: 'g', bad: 'ton', message: 'Weight Unit: "ton" is not valid' }],
	['update taxable as words', { node: 'shopline', parameters: update({ taxable: V }), good: true, bad: 'maybe', message: 'Taxable: "maybe" is not valid' }],
	// Product Image → Get Many
	['image list product ID with letters', { node: 'shopline', parameters: image('getAll', { productId: V, limit: 3 }), good: ID(1), bad: 'abc', message: 'Product ID: "abc" is not valid' }],
	['image list limit as words', { node: 'shopline', parameters: image('getAll', { productId: ID(1), limit: V }), good: 3, bad: 'all', message: 'Limit: "all" is not valid' }],
	['image IDs with letters', { node: 'shopline', parameters: image('getAll', { productId: ID(1), filters: { ids: V } }), good: imageOf(1), bad: `${imageOf(1)},abc`, message: `Image IDs: "${imageOf(1)},abc" is not valid — use the ID as text of digits` }],
	['image list fields with spaces inside', { node: 'shopline', parameters: image('getAll', { productId: ID(1), options: { fields: V } }), good: 'id,src', bad: 'id src', message: 'Fields: "id src" is not valid' }],
	// Product Image → Add
	['image add product ID with letters', { node: 'shopline', parameters: image('add', { productId: V, src: 'https://cbu01.alicdn.com/a.jpg' }), good: ID(1), bad: 'abc', message: 'Product ID: "abc" is not valid' }],
	['image add URL not a URL', { node: 'shopline', parameters: image('add', { productId: ID(1), src: V }), good: 'https://cbu01.alicdn.com/a.jpg', bad: 'photo.png', message: 'Image URL: "photo.png" is not valid' }],
	['image add URL empty', { node: 'shopline', parameters: image('add', { productId: ID(1), src: V }), good: 'https://cbu01.alicdn.com/a.jpg', bad: ' ', message: 'Image URL: an empty value is not valid — an image URL is required to add an image' }],
	['image add alt text too long', { node: 'shopline', parameters: image('add', { productId: ID(1), src: 'https://cbu01.alicdn.com/a.jpg', imageFields: { alt: V } }), good: 'Front', bad: long, message: 'Alt Text: "xxx' }],
	['image add variant ID with letters', { node: 'shopline', parameters: image('add', { productId: ID(1), src: 'https://cbu01.alicdn.com/a.jpg', imageFields: { variantId: V } }), good: variantOf(1), bad: 'red', message: 'Variant ID: "red" is not valid' }],
	// Product Image → Update
	['image update product ID with letters', { node: 'shopline', parameters: image('update', { productId: V, imageId: pairedWith(ID(2), imageOf(2), imageOf(1)), updateFields: { alt: 'A' } }), good: ID(1), good2: ID(2), bad: 'abc', message: 'Product ID: "abc" is not valid' }],
	['image update image ID with letters', { node: 'shopline', parameters: image('update', { productId: ID(1), imageId: V, updateFields: { alt: 'A' } }), good: imageOf(1), bad: 'img-1', message: 'Image ID: "img-1" is not valid — use the ID as text of digits' }],
	['image update position 0', { node: 'shopline', parameters: image('update', { productId: ID(1), imageId: imageOf(1), updateFields: { position: V } }), good: 1, bad: 0, message: 'Position: 0 is not valid — use a whole number from 1 to 502' }],
	['image update position as words', { node: 'shopline', parameters: image('update', { productId: ID(1), imageId: imageOf(1), updateFields: { position: V } }), good: '1', bad: 'first', message: 'Position: "first" is not valid' }],
	['image update alt text as a list', { node: 'shopline', parameters: image('update', { productId: ID(1), imageId: imageOf(1), updateFields: { alt: V } }), good: 'Side', bad: ['Side'], message: 'Alt Text: a list is not valid' }],
	['image update variant ID as a decimal', { node: 'shopline', parameters: image('update', { productId: ID(1), imageId: imageOf(1), updateFields: { variantId: V } }), good: variantOf(1), bad: 1.5, message: 'Variant ID: 1.5 is not valid' }],
	// Product Image → Delete
	['image delete product ID with letters', { node: 'shopline', parameters: image('delete', { productId: V, imageId: pairedWith(ID(2), imageOf(2), imageOf(1)) }), good: ID(1), good2: ID(2), bad: 'abc', message: 'Product ID: "abc" is not valid' }],
	['image delete image ID empty', { node: 'shopline', parameters: image('delete', { productId: pairedWith(imageOf(2), ID(2), ID(1)), imageId: V }), good: imageOf(1), good2: imageOf(2), bad: '', message: 'Image ID: an empty value is not valid' }],
];

badInputTable(rows);
