/**
 * How the demo reports what a 1688 → SHOPLINE sync did: one table row per product (what the
 * sync did, its variants, its price — from → to where it changed —, the stock levels set), a
 * totals line, and which products the run wrote to. Pure: the demo passes the output items of
 * "Create or Update From 1688 Item" (and of the run before) and the emulator's request log.
 */

/** One output item of Create or Update From 1688 Item, as far as the report reads it (all of it may be missing or odd). */
export interface SyncedProduct {
	id?: unknown;
	handle?: unknown;
	title?: unknown;
	/** created, updated, unchanged — or any other word a later version uses ("drafted"): printed as given. */
	action?: unknown;
	variants?: unknown;
	/** On an update, what differed: "variants[SKU-1].price", "title", … */
	changes?: unknown;
	/** Stock levels at the location: `set` written, `missing` SKUs the store has no variant for. */
	stock?: unknown;
}

/** A request from the emulator's log, as far as the report reads it. */
export interface LoggedRequest {
	api: string;
	method: string;
	path: string;
	body?: unknown;
}

export interface TableOptions {
	/** The products as the run before left them, for "from → to" prices (keyed as `productKey` keys them). */
	before?: Map<string, SyncedProduct>;
	/** Columns the table may take; the product column is cut to fit (default 78: 80 with the demo's indent). */
	width?: number;
}

const ACTIONS = ['created', 'updated', 'unchanged'];
const GAP = '  ';
const MIN_PRODUCT_WIDTH = 10;
const MAX_ACTION_WIDTH = 12;
/** What the table marks a price with when the price before the run is not known. */
export const UNKNOWN_BEFORE = '?';

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const listOf = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const variantsOf = (product: SyncedProduct) => listOf(product.variants).filter(isObject);
/** The action as the table prints it: as given, cut to 12 columns. */
const actionOf = (product: SyncedProduct) => cutToWidth(cellText(product.action) || '(none)', MAX_ACTION_WIDTH);
const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

/**
 * Text from the run's data made safe for one table cell: control characters (a terminal's
 * escape sequences, line breaks) become spaces, runs of spaces one.
 */
export function cellText(value: unknown): string {
	const text = typeof value === 'string' ? value : typeof value === 'number' || typeof value === 'boolean' ? String(value) : '';
	// eslint-disable-next-line no-control-regex -- control characters are exactly what is removed
	return text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, ' ').replace(/\s+/g, ' ').trim();
}

/** Code point ranges a terminal draws two columns wide: Hangul Jamo, CJK, kana, Hangul, full-width forms, emoji. */
const WIDE: Array<[number, number]> = [
	[0x1100, 0x115f], [0x2e80, 0x303e], [0x3041, 0x33ff], [0x3400, 0x4dbf], [0x4e00, 0x9fff], [0xa000, 0xa4cf], [0xac00, 0xd7a3],
	[0xf900, 0xfaff], [0xfe30, 0xfe4f], [0xff00, 0xff60], [0xffe0, 0xffe6], [0x1f300, 0x1f64f], [0x1f900, 0x1f9ff], [0x20000, 0x3fffd],
];
/** Combining marks, zero-width spaces and joiners, variation selectors: no column of their own. */
const ZERO: Array<[number, number]> = [[0x300, 0x36f], [0x200b, 0x200f], [0xfe00, 0xfe0f]];
const within = (ranges: Array<[number, number]>, code: number) => ranges.some(([low, high]) => code >= low && code <= high);

/** Columns a character takes in a terminal: 2 for East Asian wide ones, 0 for combining marks. */
const charWidth = (code: number) => (within(ZERO, code) ? 0 : within(WIDE, code) ? 2 : 1);

/** Columns `text` takes in a terminal. */
export function displayWidth(text: string): number {
	let width = 0;
	for (const char of text) width += charWidth(char.codePointAt(0)!);
	return width;
}

/** `text` in at most `width` columns: cut with "…" when longer (a wide character is never split). */
export function cutToWidth(text: string, width: number): string {
	if (displayWidth(text) <= width) return text;
	let kept = '';
	let used = 0;
	for (const char of text) {
		const next = charWidth(char.codePointAt(0)!);
		if (used + next > width - 1) break;
		kept += char;
		used += next;
	}
	return `${kept}…`;
}

const padEnd = (text: string, width: number) => text + ' '.repeat(Math.max(0, width - displayWidth(text)));
const padStart = (text: string, width: number) => ' '.repeat(Math.max(0, width - displayWidth(text))) + text;

/** "8.99–12.99" for the variants' lowest and highest price, one price when they are equal, "no price" when none is a number. */
export function priceRange(prices: unknown[]): string {
	const numbers = prices.filter((price) => (typeof price === 'number' || typeof price === 'string') && String(price).trim() !== '').map(Number).filter(Number.isFinite);
	if (numbers.length === 0) return 'no price';
	const [low, high] = [Math.min(...numbers).toFixed(2), Math.max(...numbers).toFixed(2)];
	return low === high ? low : `${low}–${high}`;
}

const priceOf = (product: SyncedProduct) => priceRange(variantsOf(product).map((variant) => variant.price));

/** The product's handle (lower case), else its ID: how a run's product is found in the run before. */
export function productKey(product: SyncedProduct): string {
	const handle = cellText(product.handle).toLowerCase();
	return handle ? `handle:${handle}` : `id:${cellText(product.id)}`;
}

/** Whether the node said a variant's price was among what it changed. */
const priceChanged = (product: SyncedProduct) => listOf(product.changes).some((change) => typeof change === 'string' && /(^|\.)price$/.test(change.trim()));

/**
 * The price cell: the price now, or "from → to" when it changed — "from" read from the run
 * before, else "?" when the node says a price changed (its output has no old prices).
 */
function priceCell(product: SyncedProduct, before: Map<string, SyncedProduct> | undefined): string {
	const now = priceOf(product);
	const earlier = before?.get(productKey(product));
	if (earlier) {
		const was = priceOf(earlier);
		return was !== now || priceChanged(product) ? `${was} → ${now}` : now;
	}
	return priceChanged(product) ? `${UNKNOWN_BEFORE} → ${now}` : now;
}

function stockCell(product: SyncedProduct): string {
	if (!isObject(product.stock)) return '–';
	const set = Number(product.stock.set);
	const missing = listOf(product.stock.missing).length;
	const shown = Number.isSafeInteger(set) && set >= 0 ? String(set) : '?';
	return missing > 0 ? `${shown}, ${missing} missing` : shown;
}

interface Column {
	header: string;
	cells: string[];
	right?: boolean;
}

/**
 * The products as an aligned table, one line each under a header and a rule, columns two
 * spaces apart: product (handle, else title, else ID; cut to fit `width`), action, variants,
 * price, stock levels set. A note under it explains a "?" price.
 */
export function syncTable(products: SyncedProduct[], options: TableOptions = {}): string[] {
	const width = options.width ?? 78;
	const columns: Column[] = [
		{ header: 'Product', cells: products.map((product) => cellText(product.handle) || cellText(product.title) || cellText(product.id) || '(no handle)') },
		{ header: 'Action', cells: products.map(actionOf) },
		{ header: 'Variants', cells: products.map((product) => String(variantsOf(product).length)), right: true },
		{ header: 'Price', cells: products.map((product) => priceCell(product, options.before)) },
		{ header: 'Stock set', cells: products.map(stockCell), right: true },
	];
	const widths = columns.map((column) => Math.max(displayWidth(column.header), ...column.cells.map(displayWidth)));
	const others = widths.slice(1).reduce((sum, columnWidth) => sum + columnWidth + GAP.length, 0);
	widths[0] = Math.min(widths[0], Math.max(MIN_PRODUCT_WIDTH, width - others));
	columns[0].cells = columns[0].cells.map((cell) => cutToWidth(cell, widths[0]));
	const line = (cells: string[]) =>
		cells
			.map((cell, index) => (columns[index].right ? padStart(cell, widths[index]) : padEnd(cell, widths[index])))
			.join(GAP)
			.trimEnd();
	const lines = [line(columns.map((column) => column.header)), line(widths.map((columnWidth) => '-'.repeat(columnWidth)))];
	products.forEach((_, row) => lines.push(line(columns.map((column) => column.cells[row]))));
	if (columns[3].cells.some((cell) => cell.startsWith(`${UNKNOWN_BEFORE} →`))) {
		lines.push(`${UNKNOWN_BEFORE} = old price unknown: the node's output names what changed, not old values`);
	}
	return lines;
}

/** Each action with how many products had it: created, updated and unchanged always, then any other action in the order met. */
function actionCounts(products: SyncedProduct[]): Map<string, number> {
	const counts = new Map(ACTIONS.map((action) => [action, 0]));
	for (const product of products) {
		const action = actionOf(product);
		counts.set(action, (counts.get(action) ?? 0) + 1);
	}
	return counts;
}

/** "Totals: created 5, updated 0, unchanged 0 (5 products); 51 stock levels set". */
export function totalsLine(products: SyncedProduct[]): string {
	const actions = [...actionCounts(products)].map(([action, count]) => `${action} ${count}`).join(', ');
	const stock = products.reduce((sum, product) => {
		const set = isObject(product.stock) ? Number(product.stock.set) : 0;
		return sum + (Number.isSafeInteger(set) && set > 0 ? set : 0);
	}, 0);
	return `Totals: ${actions} (${plural(products.length, 'product')}); ${plural(stock, 'stock level')} set`;
}

/** The Admin API path after its version: "products/123.json". */
const apiPath = (path: string) => path.replace(/^\/admin\/openapi\/[^/]+\//, '');

/**
 * How many of the run's SHOPLINE writes (requests other than GET) went to each product — by
 * the product ID in the path, the handle of a product created, or the inventory item or variant
 * a stock or variant request names — and how many to none of them.
 */
export function writesPerProduct(log: LoggedRequest[], products: SyncedProduct[]): { perProduct: number[]; other: number } {
	const byKey = new Map<string, number>();
	products.forEach((product, index) => {
		byKey.set(productKey(product), index);
		byKey.set(`id:${cellText(product.id)}`, index);
		for (const variant of variantsOf(product)) {
			if (cellText(variant.id)) byKey.set(`variant:${cellText(variant.id)}`, index);
			if (cellText(variant.inventory_item_id)) byKey.set(`inventory:${cellText(variant.inventory_item_id)}`, index);
		}
	});
	const perProduct = products.map(() => 0);
	let other = 0;
	for (const entry of log) {
		if (entry.api !== 'shopline' || entry.method.toUpperCase() === 'GET') continue;
		const path = apiPath(entry.path);
		const body = isObject(entry.body) ? entry.body : {};
		const productId = /^products\/(\d+)[./]/.exec(path)?.[1];
		const variantId = /^variants\/(\d+)\./.exec(path)?.[1];
		const created = path === 'products/products.json' && isObject(body.product) ? cellText(body.product.handle).toLowerCase() : '';
		const inventoryItem = cellText(body.inventory_item_id);
		const keys = [productId && `id:${productId}`, created && `handle:${created}`, variantId && `variant:${variantId}`, inventoryItem && `inventory:${inventoryItem}`];
		const index = keys.map((key) => (key ? byKey.get(key) : undefined)).find((found) => found !== undefined);
		if (index === undefined) other += 1;
		else perProduct[index] += 1;
	}
	return { perProduct, other };
}

/**
 * "SHOPLINE writes: 1 (1 to the 1 updated product; none to the 4 unchanged products)": the run's writes per
 * action of the products they went to. `unchangedWritten` counts unchanged products written
 * to — none, when the sync keeps its word.
 */
export function writesSummary(log: LoggedRequest[], products: SyncedProduct[]): { line: string; unchangedWritten: string[] } {
	const { perProduct, other } = writesPerProduct(log, products);
	const total = perProduct.reduce((sum, count) => sum + count, 0) + other;
	const parts: string[] = [];
	let unchanged = '';
	const unchangedWritten: string[] = [];
	for (const [action, count] of actionCounts(products)) {
		if (count === 0) continue;
		const indexes = products.map((product, index) => (actionOf(product) === action ? index : -1)).filter((index) => index >= 0);
		const writes = indexes.reduce((sum, index) => sum + perProduct[index], 0);
		if (action === 'unchanged') {
			unchanged = `${writes === 0 ? 'none' : writes} to the ${count} unchanged ${count === 1 ? 'product' : 'products'}`;
			unchangedWritten.push(...indexes.filter((index) => perProduct[index] > 0).map((index) => cellText(products[index].handle) || cellText(products[index].id)));
		} else parts.push(`${writes} to the ${count} ${action} ${count === 1 ? 'product' : 'products'}`);
	}
	if (other > 0) parts.push(`${other} to no product of the run`);
	const detail = [parts.join(', '), unchanged].filter(Boolean).join('; ');
	return { line: `SHOPLINE writes: ${total}${detail ? ` (${detail})` : ''}`, unchangedWritten };
}
