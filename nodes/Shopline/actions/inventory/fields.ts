import type { INodeProperties } from 'n8n-workflow';

import { integer } from '../../../shared/node/validation';
import { shoplineId } from '../common/ids';

/** Fields that several inventory operations share: the inventory item, the location and the quantity checks. */

export { locationIdField } from '../location/fields';

export const inventoryItemIdField: INodeProperties = {
	displayName: 'Inventory Item ID',
	name: 'inventoryItemId',
	type: 'string',
	required: true,
	default: '',
	placeholder: '5703943240925324252',
	description:
		"The variant's inventory_item_id (Product → Get shows it on every variant), as text. Each variant has one inventory item; its stock is held per location.",
};

/** The most a quantity may be: SHOPLINE keeps it as a 64-bit integer, this keeps typos out. */
export const MAX_QUANTITY = 999_999_999;

/** An absolute quantity: a whole number of 0 or more. */
export const availableSchema = integer(0, MAX_QUANTITY);

/** A change of quantity: a whole number, negative to take stock away, never 0. */
export const adjustmentSchema = integer(-MAX_QUANTITY, MAX_QUANTITY).refine(
	(value) => value !== 0,
	'use a whole number other than 0: positive to add stock, negative to take it away',
);

/** The checks of Inventory Item ID + Location ID. */
export const levelShape = { inventoryItemId: shoplineId, locationId: shoplineId };
