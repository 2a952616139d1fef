import { custom } from '../../../shared/node/field';
import { integer } from '../../../shared/node/validation';
import { shoplineId } from '../common/ids';

/** Fields that several inventory operations share: the inventory item, the location and the quantities. */

export { locationId } from '../location/fields';

export const inventoryItemId = custom(
	{
		displayName: 'Inventory Item ID',
		name: 'inventoryItemId',
		type: 'string',
		required: true,
		default: '',
		placeholder: '5703943240925324252',
		description:
			"The variant's inventory_item_id (Product → Get shows it on every variant), as text. Each variant has one inventory item; its stock is held per location.",
	},
	shoplineId,
);

/** The most a quantity may be: SHOPLINE keeps it as a 64-bit integer, this keeps typos out. */
export const MAX_QUANTITY = 999_999_999;

/** An absolute quantity: a whole number of 0 or more. */
export const available = custom(
	{
		displayName: 'Available',
		name: 'available',
		type: 'number',
		required: true,
		typeOptions: { minValue: 0, numberPrecision: 0 },
		default: 0,
		description:
			'The quantity on hand for sale at this location, replacing what was there (not added to it). A new tracked variant has 0 until this is set.',
	},
	integer(0, MAX_QUANTITY),
);

/** A change of quantity: a whole number, negative to take stock away, never 0. */
export const availableAdjustment = custom(
	{
		displayName: 'Available Adjustment',
		name: 'availableAdjustment',
		type: 'number',
		required: true,
		typeOptions: { numberPrecision: 0 },
		default: 1,
		description: 'How much to add to the available quantity at this location: 5 adds five, -2 takes two away. Not 0.',
	},
	integer(-MAX_QUANTITY, MAX_QUANTITY).refine((value) => value !== 0, 'use a whole number other than 0: positive to add stock, negative to take it away'),
);
