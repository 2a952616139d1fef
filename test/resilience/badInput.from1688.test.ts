import type { IDataObject } from 'n8n-workflow';

import { locationId } from '../../emulator/shopline/locations';
import { itemDetail } from '../../emulator/tmapiCatalog';
import { badInputTable, V, type Row } from './badInput.harness';

/** Bad input for Product → Create or Update from 1688 Item; every item also carries a real 1688 detail. */

const item: IDataObject = { ...(itemDetail('610000000201', 'en') as IDataObject), item_id: '610000000201' };
const sync = (extra: Record<string, unknown>) => ({ resource: 'product', operation: 'upsertFrom1688', exchangeRate: 0.14, priceMultiplier: 2, stockLocationId: locationId(1), ...extra });
const row = (parameters: Record<string, unknown>, good: unknown, bad: unknown, message: string): Row => ({ node: 'shopline', parameters: sync(parameters), good, bad, message, item });

const rows: Array<[string, Row]> = [
	['exchange rate 0', row({ exchangeRate: V }, 0.14, 0, 'Store Currency per CNY: 0 is not valid — use a number from 0.0001 to 100000')],
	['exchange rate as words', row({ exchangeRate: V }, '0.14', 'usd', 'Store Currency per CNY: "usd" is not valid')],
	['price multiplier negative', row({ priceMultiplier: V }, 2, -1, 'Price Multiplier: -1 is not valid — use a number from 0.01 to 1000')],
	['stock location ID with letters', row({ stockLocationId: V }, locationId(1), 'main-warehouse', 'Stock Location ID: "main-warehouse" is not valid — use a location ID made of digits')],
	['skip unchanged as words', row({ skipUnchanged: V }, true, 'maybe', 'Skip Unchanged: "maybe" is not valid — use true or false')],
	['tier multiplier 0', row({ priceTiers: { tier: [{ minCost: 0, maxCost: 10, multiplier: V, fixedAmount: 0 }] } }, 3, 0, 'Price Tiers → Multiplier (tier 1): 0 is not valid — use a number from 0.01 to 1000')],
	['tier from cost negative', row({ priceTiers: { tier: [{ minCost: V, maxCost: 10, multiplier: 2, fixedAmount: 0 }] } }, 0, -5, 'Price Tiers → From Cost (CNY) (tier 1): -5 is not valid — use a number from 0 to 1000000000')],
	['rounding unknown', row({ pricing: { rounding: V } }, 'dot99', 'dot95', 'Rounding: "dot95" is not valid — use one of "none", "dot90", "dot99", "whole"')],
	['compare-at multiplier as words', row({ pricing: { compareAtMultiplier: V } }, 1.5, 'double', 'Compare-At Multiplier: "double" is not valid')],
	['fixed amount as an object', row({ pricing: { fixedAmount: V } }, 1, { usd: 1 }, 'Fixed Amount: an object is not valid')],
	['inventory policy unknown', row({ variantOptions: { inventoryPolicy: V } }, 'deny', 'oversell', 'Inventory Policy: "oversell" is not valid — use one of "deny", "continue"')],
	['more than 5 properties rule unknown', row({ variantOptions: { extraProperties: V } }, 'merge', 'drop', 'More Than 5 SKU Properties: "drop" is not valid — use one of "error", "merge"')],
	['SKU code from unknown', row({ variantOptions: { skuCode: V } }, 'specid', 'offerid', 'SKU Code From: "offerid" is not valid — use one of "skuid", "specid"')],
	['option images as words', row({ variantOptions: { optionImages: V } }, false, 'none', 'Option Value Images: "none" is not valid — use true or false')],
	['stock percent over 100', row({ stockOptions: { percent: V } }, 50, 150, 'Offer Percent of 1688 Stock: 150 is not valid — use a whole number from 0 to 100')],
	['stock cap fractional', row({ stockOptions: { cap: V } }, 100, 2.5, 'Max Available per Variant: 2.5 is not valid — use a whole number from 0 to 1000000000')],
	['handle prefix with spaces', row({ content: { handlePrefix: V } }, 'ali-', 'from 1688', 'Handle Prefix: "from 1688" is not valid — use a prefix of letters, digits, - and _')],
	['status unknown', row({ content: { status: V } }, 'active', 'live', 'Status: "live" is not valid — use one of "active", "archived", "draft"')],
	['title as an object', row({ content: { title: V } }, 'Robe', { en: 'Robe' }, 'Title: an object is not valid — use the title as text')],
	['vendor too long', row({ content: { vendor: V } }, 'ACME', 'V'.repeat(256), `Vendor: "${'V'.repeat(77)}..." is not valid — use the vendor as text (at most 255 characters)`)],
];

badInputTable(rows);
