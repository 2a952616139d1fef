import type { IDataObject } from 'n8n-workflow';
import { z } from 'zod';

import { collection, custom, dateTime, options, text } from '../../../shared/node/field';
import { digitsId, integer } from '../../../shared/node/validation';
import { optionalShoplineId, shoplineId, shoplineIdsUpTo } from '../common/ids';
import { toDateQuery } from '../common/fields';
import { cursorPaging } from '../common/paging';
import { CUSTOMER, DRAFT_ORDER } from '../common/locators';
import { recordField } from '../common/recordField';
import { tagList } from '../common/tagList';

/**
 * The fields of the Draft Order operations. Bounds: SHOPLINE's reference (v20260301) gives
 * quantity 1–99999, note 1024 characters and 99 tags; it gives none for the number of line
 * items, a price or a tag's length, so those are held to 100 line items, 99,999,999.99 and 255
 * characters here.
 */

export const MAX_LINE_ITEMS = 100;
const MAX_PRICE = 99_999_999.99;

export const draftOrderId = recordField(
	DRAFT_ORDER,
	{ displayName: 'Draft Order ID', name: 'draftOrderId', description: 'The draft order: pick an open one from the list (search by ID or email), or give the ID (digits) of any draft order, open or completed' },
	shoplineId,
);

const PRICE = `use a price of 0 to ${MAX_PRICE} with at most 2 decimals, e.g. 19.90`;

/** A price as text with at most 2 decimals, from 0 to MAX_PRICE; a number from an expression too. Blank = the variant's price. */
const price = z.preprocess(
	(value) => (value === undefined || value === null || (typeof value === 'string' && value.trim() === '') ? undefined : typeof value === 'number' ? String(value) : typeof value === 'string' ? value.trim() : value),
	z
		.string({ invalid_type_error: PRICE })
		.regex(/^\d{1,8}(\.\d{1,2})?$/, PRICE)
		.refine((value) => Number(value) <= MAX_PRICE, PRICE)
		.optional(),
);

const LINE_ITEMS = `add at least one line item (a variant and its quantity), at most ${MAX_LINE_ITEMS}`;

export const lineItems = custom(
	{
		displayName: 'Line Items',
		name: 'lineItems',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		placeholder: 'Add Line Item',
		default: {},
		required: true,
		description: `What the draft order sells: variants of the store's products with their quantities (1 to ${MAX_LINE_ITEMS} lines)`,
		options: [
			{
				displayName: 'Line Item',
				name: 'lineItem',
				values: [
					{
						displayName: 'Variant ID',
						name: 'variantId',
						type: 'string',
						default: '',
						required: true,
						placeholder: '18060878902931000000000010',
						description: "The variant's ID (digits), e.g. from Product → Get: the ID of one of its variants",
					},
					{ displayName: 'Quantity', name: 'quantity', type: 'number', typeOptions: { minValue: 1, maxValue: 99999 }, default: 1, description: 'How many, 1 to 99999' },
					{
						displayName: 'Price',
						name: 'price',
						type: 'string',
						default: '',
						placeholder: '19.90',
						description: "Unit price in the store's currency, at most 2 decimals; empty = the variant's own price",
					},
				],
			},
		],
	},
	z.object(
		{
			lineItem: z
				.array(
					z.object({
						variantId: digitsId('use the variant ID as text of digits, e.g. 18060878902931000000000010'),
						quantity: integer(1, 99999),
						price,
					}),
					{ required_error: LINE_ITEMS, invalid_type_error: LINE_ITEMS },
				)
				.min(1, LINE_ITEMS)
				.max(MAX_LINE_ITEMS, LINE_ITEMS),
		},
		{ invalid_type_error: LINE_ITEMS },
	),
);

const tags = custom(
	{ displayName: 'Tags', name: 'tags', type: 'string', default: '', placeholder: 'wholesale,phone order', description: 'Comma-separated tags of the draft order (at most 99, each at most 255 characters)' },
	tagList('wholesale,phone order', 99, 255),
);

const customerId = recordField(
	CUSTOMER,
	{ displayName: 'Customer ID', name: 'customerId', required: false, description: 'The buyer: pick a customer from the list (search by name, email or phone) or give its ID (digits)' },
	optionalShoplineId,
);

const note = text({ displayName: 'Note', name: 'note', placeholder: 'Phone order, ship fast', description: 'Note on the draft order (at most 1,024 characters)', expectation: 'use the note as text', maxLength: 1024 });

export const additionalFields = collection({ displayName: 'Additional Fields', name: 'additionalFields', placeholder: 'Add Field', unset: 'omit', fields: [customerId, note, tags] });

/** The draft_order object SHOPLINE takes. */
export function toDraftOrderBody(input: {
	lineItems: { lineItem: Array<{ variantId: string; quantity: number; price?: string }> };
	additionalFields: { customerId?: string; note?: string; tags?: string[] };
}): IDataObject {
	const { customerId: buyer, note: text, tags: list } = input.additionalFields;
	const body: IDataObject = {
		line_items: input.lineItems.lineItem.map((line) => ({ variant_id: line.variantId, quantity: line.quantity, ...(line.price === undefined ? {} : { price: line.price }) })),
	};
	if (buyer !== undefined) body.customer = { id: buyer };
	if (text !== undefined) body.note = text;
	if (list !== undefined) body.tags = list;
	return body;
}

/** Options → Max Pages and Page Size of Get Many. */
export const [maxPages, pageSize] = cursorPaging('Draft orders');

const status = options({
	displayName: 'Status',
	name: 'status',
	options: [
		{ name: 'Completed', value: 'completed' },
		{ name: 'Open', value: 'open' },
	],
	values: ['open', 'completed'],
	default: 'open',
	description: 'Only open draft orders (not yet orders) or only completed ones',
});

/** The filters Get Many and Count share (SHOPLINE's draft order list and count take status and the update range); Get Many also takes IDs. */
export const countFilters = [
	status,
	dateTime({ displayName: 'Updated After', name: 'updatedAtMin', description: 'Only draft orders updated at or after this time (ISO 8601)' }),
	dateTime({ displayName: 'Updated Before', name: 'updatedAtMax', description: 'Only draft orders updated at or before this time (ISO 8601)' }),
] as const;

export const listFilters = [
	...countFilters,
	custom(
		{ displayName: 'IDs', name: 'ids', type: 'string', default: '', placeholder: '2505659131831930856670,2505659131831930856671', description: 'Only these draft orders: IDs separated by commas, at most 100' },
		shoplineIdsUpTo(100, 'draft order', 'an empty list would match every draft order; remove the filter instead').optional(),
	),
] as const;

/** The query of the filters, as SHOPLINE names it. */
export const toDraftOrderQuery = (filters: { status?: string; ids?: string; updatedAtMin?: string; updatedAtMax?: string }): IDataObject => ({ status: filters.status, ids: filters.ids, ...toDateQuery(filters) });
