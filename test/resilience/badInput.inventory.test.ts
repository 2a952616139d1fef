import { LOCATIONS } from '../../emulator/shopline/locations';
import { inventoryItemId } from '../../emulator/shoplineStore';
import { badInputTable, V, type Row } from './badInput.harness';

/** Bad input for Inventory and Location; what each row checks is in badInput.harness.ts. */

/** The inventory item of the first variant of the emulator's product n. */
const ITEM = (n: number) => inventoryItemId(n, 0);
const PLACE = LOCATIONS[0].id;

const levels = (extra: Record<string, unknown>) => ({ resource: 'inventory', operation: 'getLevels', inventoryItemIds: ITEM(1), limit: 3, ...extra });
const set = (extra: Record<string, unknown>) => ({ resource: 'inventory', operation: 'setAvailable', inventoryItemId: ITEM(1), locationId: PLACE, available: 5, ...extra });
const adjust = (extra: Record<string, unknown>) => ({ resource: 'inventory', operation: 'adjustAvailable', inventoryItemId: ITEM(1), locationId: PLACE, availableAdjustment: 2, ...extra });
const getItem = (extra: Record<string, unknown>) => ({ resource: 'inventory', operation: 'getItem', inventoryItemId: ITEM(1), ...extra });
const updateItem = (extra: Record<string, unknown>) => ({ resource: 'inventory', operation: 'updateItem', inventoryItemId: ITEM(1), updateFields: { sku: 'SKU-1' }, ...extra });

const manyItems = Array.from({ length: 51 }, (_, n) => ITEM(n % 50));
const manyPlaces = Array.from({ length: 11 }, () => PLACE);
const longSku = 'S'.repeat(256);

const rows: Array<[string, Row]> = [
	// SHOPLINE → Inventory → Get Levels
	['inventory item IDs with letters', { node: 'shopline', parameters: levels({ inventoryItemIds: V }), good: ITEM(1), bad: `${ITEM(1)},abc`, message: `Inventory Item IDs: "${ITEM(1)},abc" is not valid — use inventory item IDs as text of digits` }],
	['inventory item IDs empty', { node: 'shopline', parameters: levels({ inventoryItemIds: V }), good: ITEM(1), bad: '', message: 'Inventory Item IDs: an empty value is not valid — use inventory item IDs as text of digits, separated by commas — SHOPLINE needs at least one inventory item ID' }],
	['inventory item IDs only commas', { node: 'shopline', parameters: levels({ inventoryItemIds: V, filters: { locationIds: PLACE } }), good: ITEM(2), bad: ',,', message: 'Inventory Item IDs: ",," is not valid — use inventory item IDs as text of digits, separated by commas — SHOPLINE needs at least one' }],
	['inventory item IDs over 50', { node: 'shopline', parameters: levels({ inventoryItemIds: V }), good: [ITEM(1), ITEM(2)], bad: manyItems, message: 'Inventory Item IDs: a list is not valid — use at most 50 inventory item IDs' }],
	['inventory item IDs as an object', { node: 'shopline', parameters: levels({ inventoryItemIds: V }), good: ITEM(1), bad: { id: ITEM(1) }, message: 'Inventory Item IDs: an object is not valid' }],
	['location IDs with letters', { node: 'shopline', parameters: levels({ filters: { locationIds: V } }), good: PLACE, bad: 'main-warehouse', message: 'Location IDs: "main-warehouse" is not valid — use location IDs as text of digits' }],
	['location IDs over 10', { node: 'shopline', parameters: levels({ filters: { locationIds: V } }), good: PLACE, bad: manyPlaces, message: 'Location IDs: a list is not valid — use at most 10 location IDs' }],
	['levels limit 0', { node: 'shopline', parameters: levels({ limit: V }), good: 2, bad: 0, message: 'Limit: 0 is not valid — use a whole number from 1 to 1000000' }],
	['levels return all as words', { node: 'shopline', parameters: levels({ returnAll: V }), good: false, bad: 'all', message: 'Return All: "all" is not valid — use true or false' }],
	// SHOPLINE → Inventory → Set Available
	['set: inventory item ID with letters', { node: 'shopline', parameters: set({ inventoryItemId: V }), good: ITEM(1), good2: ITEM(2), bad: 'abc', message: 'Inventory Item ID: "abc" is not valid — use the ID as text of digits' }],
	['set: inventory item ID empty', { node: 'shopline', parameters: set({ inventoryItemId: V }), good: ITEM(1), good2: ITEM(2), bad: '', message: 'Inventory Item ID: an empty value is not valid' }],
	['set: location ID with letters', { node: 'shopline', parameters: set({ locationId: V }), good: PLACE, bad: 'default', message: 'Location ID: "default" is not valid — use the ID as text of digits' }],
	['set: location ID as a 26-digit number', { node: 'shopline', parameters: set({ locationId: V }), good: PLACE, bad: Number(PLACE), message: `Location ID: ${String(Number(PLACE))} is not valid` }],
	['set: available negative', { node: 'shopline', parameters: set({ available: V }), good: 5, bad: -1, message: 'Available: -1 is not valid — use a whole number from 0 to 999999999' }],
	['set: available fractional', { node: 'shopline', parameters: set({ available: V }), good: 5, bad: 1.5, message: 'Available: 1.5 is not valid — use a whole number from 0 to 999999999' }],
	['set: available as words', { node: 'shopline', parameters: set({ available: V }), good: '5', bad: 'ten', message: 'Available: "ten" is not valid' }],
	['set: available empty', { node: 'shopline', parameters: set({ available: V }), good: 5, bad: '', message: 'Available: an empty value is not valid' }],
	// SHOPLINE → Inventory → Adjust Available
	['adjust: 0', { node: 'shopline', parameters: adjust({ availableAdjustment: V }), good: -1, bad: 0, message: 'Available Adjustment: 0 is not valid — use a whole number other than 0' }],
	['adjust: fractional', { node: 'shopline', parameters: adjust({ availableAdjustment: V }), good: 3, bad: 0.5, message: 'Available Adjustment: 0.5 is not valid — use a whole number from -999999999 to 999999999' }],
	['adjust: as words', { node: 'shopline', parameters: adjust({ availableAdjustment: V }), good: '-2', bad: 'minus two', message: 'Available Adjustment: "minus two" is not valid' }],
	['adjust: inventory item ID with a space', { node: 'shopline', parameters: adjust({ inventoryItemId: V }), good: ITEM(1), good2: ITEM(2), bad: '12 34', message: 'Inventory Item ID: "12 34" is not valid' }],
	['adjust: location ID as an object', { node: 'shopline', parameters: adjust({ locationId: V }), good: PLACE, bad: { id: PLACE }, message: 'Location ID: an object is not valid' }],
	// SHOPLINE → Inventory → Get / Update Inventory Item
	['get item: ID with letters', { node: 'shopline', parameters: getItem({ inventoryItemId: V }), good: ITEM(1), good2: ITEM(2), bad: 'x1', message: 'Inventory Item ID: "x1" is not valid' }],
	['get item: ID as a list', { node: 'shopline', parameters: getItem({ inventoryItemId: V }), good: ITEM(1), good2: ITEM(2), bad: [ITEM(1)], message: 'Inventory Item ID: a list is not valid' }],
	['update item: ID empty', { node: 'shopline', parameters: updateItem({ inventoryItemId: V }), good: ITEM(1), good2: ITEM(2), bad: ' ', message: 'Inventory Item ID: an empty value is not valid' }],
	['update item: cost as words', { node: 'shopline', parameters: updateItem({ updateFields: { cost: V } }), good: '1.50', bad: 'cheap', message: 'Cost: "cheap" is not valid — use a cost such as 10.91' }],
	['update item: cost negative', { node: 'shopline', parameters: updateItem({ updateFields: { cost: V } }), good: 2, bad: -3, message: 'Cost: -3 is not valid' }],
	['update item: SKU too long', { node: 'shopline', parameters: updateItem({ updateFields: { sku: V } }), good: 'SKU-2', bad: longSku, message: `SKU: "${longSku.slice(0, 77)}..." is not valid — use the SKU as text (at most 255 characters)` }],
	['update item: track inventory as words', { node: 'shopline', parameters: updateItem({ updateFields: { tracked: V } }), good: true, bad: 'yes', message: 'Track Inventory: "yes" is not valid — use true or false' }],
	['update item: requires shipping as a number', { node: 'shopline', parameters: updateItem({ updateFields: { requiredShipping: V } }), good: false, bad: 1, message: 'Requires Shipping: 1 is not valid — use true or false' }],
	// SHOPLINE → Location
	['location ID with letters', { node: 'shopline', parameters: { resource: 'location', operation: 'get', locationId: V }, good: PLACE, bad: 'warehouse', message: 'Location ID: "warehouse" is not valid — use the ID as text of digits' }],
	['location ID empty', { node: 'shopline', parameters: { resource: 'location', operation: 'get', locationId: V }, good: LOCATIONS[1].id, bad: '', message: 'Location ID: an empty value is not valid' }],
	['locations limit negative', { node: 'shopline', parameters: { resource: 'location', operation: 'getAll', limit: V }, good: 1, bad: -2, message: 'Limit: -2 is not valid — use a whole number from 1 to 1000000' }],
];

badInputTable(rows);
