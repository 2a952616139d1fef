import { z } from 'zod';

import { optionsCollection } from '../../../shared/node/descriptions';
import { custom, fields, options, type Field, type Fields } from '../../../shared/node/field';
import { text } from '../../../shared/node/validation';
import { normalizeShopUrl } from '../../model/urls';
import { tmapiRunFields } from '../common/runOptions';

/** A shop address as users paste it, checked and sent as the shop's home page. */
const shopUrlSchema = text('use a 1688 shop address such as https://xldjjg.1688.com/').transform((value, context) => {
	const result = normalizeShopUrl(value);
	if (result.ok) return result.value;
	context.addIssue({ code: z.ZodIssueCode.custom, message: result.expectation });
	return z.NEVER;
});

/** The Shop URL field of the shop operations. */
export const shopUrl = custom(
	{
		displayName: 'Shop URL',
		name: 'shopUrl',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'https://xldjjg.1688.com/',
		description: 'Home page of the 1688 shop. "xldjjg.1688.com" or any page of the shop works too; it is sent as https://xldjjg.1688.com/.',
	},
	shopUrlSchema,
);

const MEMBER_ID = 'use the seller member ID as TMAPI gives it, such as b2b-22146365959302bc20 (letters, digits, "-", "_" and ".")';

/** The seller member ID of a shop (TMAPI parameter "member_id"). */
const memberId = custom(
	{
		displayName: 'Member ID',
		name: 'memberId',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'b2b-22146365959302bc20',
		description: 'Seller member ID of the shop (TMAPI parameter "member_id"), as item details give it in shop_info.seller_member_id',
	},
	text(MEMBER_ID).pipe(z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_.-]{1,63}$/, MEMBER_ID)),
);

const shopBy = options({
	displayName: 'Shop By',
	name: 'shopBy',
	options: [
		{ name: 'Member ID', value: 'memberId', description: 'The seller member ID, e.g. from an item detail (shop_info.seller_member_id)' },
		{ name: 'Shop URL', value: 'shopUrl', description: 'The address of the shop' },
	],
	values: ['shopUrl', 'memberId'],
	default: 'shopUrl',
	description: 'Whether to name the shop by its address or by its seller member ID',
});

/** A field shown for one Shop By choice; its own check runs in `shopIdentityQuery`, only when it is shown. */
const shownFor = <N extends string>(field: Field<N>, choice: 'shopUrl' | 'memberId') =>
	custom({ ...field.property, displayOptions: { show: { shopBy: [choice] } } }, z.unknown().optional());

/**
 * How an operation names a shop when TMAPI takes either its address or its seller member ID
 * (TMAPI parameters "shop_url" and "member_id"): exactly one of them is sent.
 */
const shopIdentityFields = [shopBy, shownFor(shopUrl, 'shopUrl'), shownFor(memberId, 'memberId')] as const;

/** The query naming a shop: its address or its seller member ID. */
type ShopQuery = { shop_url: string } | { member_id: string };

/** The query naming the shop: { shop_url } or { member_id }, checked like the field it comes from. */
function shopIdentityQuery(input: { shopBy: 'shopUrl' | 'memberId'; shopUrl?: unknown; memberId?: unknown }, context: z.RefinementCtx): ShopQuery | undefined {
	const [field, parameter] = input.shopBy === 'shopUrl' ? ([shopUrl, 'shop_url'] as const) : ([memberId, 'member_id'] as const);
	const key = field.property.name;
	const result = field.schema.safeParse(input[key]);
	if (result.success) return parameter === 'shop_url' ? { shop_url: result.data } : { member_id: result.data };
	for (const issue of result.error.issues) context.addIssue({ ...issue, path: [key, ...issue.path] });
	return undefined;
}

/**
 * The input of an operation on one shop named by Shop By, with its own `option` and the run
 * options: `shop` is the query naming it, `options` as given.
 */
export function oneShopInput<N extends string, T>(option: Field<N, z.ZodType<T, z.ZodTypeDef, unknown>>): Fields<z.ZodType<{ shop: ShopQuery; options: Record<N, T> }, z.ZodTypeDef, unknown>> {
	const inputFields = fields(...shopIdentityFields, optionsCollection([option, ...tmapiRunFields('TMAPI calls (input items handled side by side)')]));
	const schema = inputFields.schema.transform((input, context) => {
		const shop = shopIdentityQuery(input, context);
		return shop ? { shop, options: input.options } : z.NEVER;
	});
	// The options' type is lost through the generic collection: it is the option's own.
	return { properties: inputFields.properties, schema: schema as never };
}
