import { z } from 'zod';

import { custom, options, text } from '../../../shared/node/field';
import { text as checkedText } from '../../../shared/node/validation';

/**
 * The fields of the Metafield operations, with the bounds SHOPLINE's reference (v20260301)
 * gives: namespace 2–50 and key 3–30 characters of letters, digits, - and _; description 255;
 * value stored as text of at most 500,000 characters (a json value must parse).
 */

const NAMESPACE = 'use a namespace of 2 to 50 letters, digits, - or _, such as tmapi1688';
const KEY = 'use a key of 3 to 30 letters, digits, - or _, such as source';

/** A name of letters, digits, - and _: required (Set), or a filter that blank leaves out (Get Many). */
type Name<R extends boolean> = z.ZodType<R extends true ? string : string | undefined, z.ZodTypeDef, unknown>;
function nameSchema<R extends boolean>(required: R, pattern: RegExp, expectation: string): Name<R> {
	const checked = checkedText(expectation).pipe(z.string().regex(pattern, expectation));
	return (required ? checked : z.preprocess((value) => (typeof value === 'string' && value.trim() === '' ? undefined : value), checked.optional())) as Name<R>;
}

/** Namespace: required by Set, a filter of Get Many. */
export const namespaceField = <R extends boolean>(required: R) =>
	custom(
		{
			displayName: 'Namespace',
			name: 'namespace' as const,
			type: 'string',
			default: '',
			required,
			placeholder: 'tmapi1688',
			description: required ? 'The group the metafield belongs to; with the key it names one metafield of the product' : 'Only the metafields of this namespace',
		},
		nameSchema(required, /^[A-Za-z0-9_-]{2,50}$/, NAMESPACE),
	);

/** Key: required by Set, a filter of Get Many. */
export const keyField = <R extends boolean>(required: R) =>
	custom(
		{
			displayName: 'Key',
			name: 'key' as const,
			type: 'string',
			default: '',
			required,
			placeholder: 'source',
			description: required ? 'The name of the metafield within its namespace' : 'Only the metafield with this key',
		},
		nameSchema(required, /^[A-Za-z0-9_-]{3,30}$/, KEY),
	);

export const TYPES = ['single_line_text_field', 'multi_line_text_field', 'json', 'number_integer', 'number_decimal', 'boolean', 'url', 'date', 'date_time'] as const;

export const metafieldType = options({
	displayName: 'Type',
	name: 'type',
	options: [
		{ name: 'Boolean', value: 'boolean' },
		{ name: 'Date', value: 'date' },
		{ name: 'Date and Time', value: 'date_time' },
		{ name: 'Decimal', value: 'number_decimal' },
		{ name: 'Integer', value: 'number_integer' },
		{ name: 'JSON', value: 'json' },
		{ name: 'Multi-Line Text', value: 'multi_line_text_field' },
		{ name: 'Single-Line Text', value: 'single_line_text_field' },
		{ name: 'URL', value: 'url' },
	],
	default: 'single_line_text_field',
	values: TYPES,
	description: 'The data type of the value; SHOPLINE stores every value as text',
});

const VALUE = 'use the value as text (an object is sent as JSON)';

/** Value: text, or an object/array from an expression, sent as its JSON. */
export const metafieldValue = custom(
	{ displayName: 'Value', name: 'value', type: 'string', required: true, default: '', placeholder: '{"item_id":"600907886190"}', description: 'What the metafield holds (at most 500,000 characters). An object from an expression is sent as JSON.' },
	z.preprocess(
		(value) => (value !== null && typeof value === 'object' ? JSON.stringify(value) : typeof value === 'number' || typeof value === 'boolean' ? String(value) : value),
		checkedText(VALUE).pipe(z.string().max(500_000, `${VALUE} (at most 500000 characters)`)),
	),
);

export const metafieldDescription = text({
	displayName: 'Description',
	name: 'description',
	placeholder: 'Where the product comes from',
	description: 'A note on the metafield (at most 255 characters); empty leaves it as it is',
	expectation: 'use the description as text',
	maxLength: 255,
});
