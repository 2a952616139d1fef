import { z } from 'zod';

import { isBlank, digitsId } from '../../../shared/node/validation';

const ID_EXPECTATION = 'use the ID as text of digits, e.g. 16057850264845250791280282';

/** A SHOPLINE ID: 26 digits, kept as text; a number too long to be exact is refused. */
export const shoplineId = digitsId(ID_EXPECTATION);

/** An optional SHOPLINE ID: a blank field is no filter. */
export const optionalShoplineId = z.preprocess((value) => (isBlank(value) ? undefined : value), shoplineId.optional());

/** "a, b" or a list from an expression → ["a", "b"], blanks dropped; anything else as it came. */
function splitIds(value: unknown): unknown {
	const parts = Array.isArray(value) ? value : typeof value === 'string' ? value.split(',') : value;
	return Array.isArray(parts) ? parts.map((part) => (typeof part === 'string' ? part.trim() : part)).filter((part) => part !== '') : parts;
}

/**
 * A comma-separated list of IDs (or a list from an expression), sent as "id1,id2". A list
 * that is empty once trimmed is refused: sent as is, it would widen to every product.
 */
export const shoplineIdList = z.preprocess(
	splitIds,
	z
		.array(z.string({ invalid_type_error: ID_EXPECTATION }).regex(/^\d{1,64}$/, `${ID_EXPECTATION}, separated by commas`), {
			invalid_type_error: `${ID_EXPECTATION}, separated by commas`,
		})
		.min(1, `${ID_EXPECTATION}, separated by commas — an empty list would match every product; remove the filter instead`)
		.max(250, 'use at most 250 IDs')
		.transform((ids) => ids.join(',')),
);

/**
 * A list of 1 to `max` IDs of one kind (e.g. "inventory item"), given as "id1, id2" or as a
 * list from an expression, sent as "id1,id2". `whenEmpty` says why an empty list is refused.
 */
export function shoplineIdsUpTo(max: number, what: string, whenEmpty: string) {
	const expectation = `use ${what} IDs as text of digits, separated by commas`;
	return z.preprocess(
		(value) => splitIds(value ?? ''),
		z
			.array(z.string({ invalid_type_error: expectation }).regex(/^\d{1,64}$/, expectation), { invalid_type_error: expectation })
			.min(1, `${expectation} — ${whenEmpty}`)
			.max(max, `use at most ${max} ${what} IDs`)
			.transform((ids) => ids.join(',')),
	);
}

/**
 * IDs to act on, as a list: "id1, id2" or a list from an expression; blanks and repeats
 * dropped. At least one; at most `max`, which SHOPLINE takes in one request.
 */
export const shoplineIdArray = (max: number) =>
	z.preprocess(
		(value) => {
			const parts = Array.isArray(value) ? value : typeof value === 'number' ? [value] : typeof value === 'string' ? value.split(',') : value;
			if (!Array.isArray(parts)) return parts;
			const ids = parts.map((part) => (typeof part === 'number' && Number.isSafeInteger(part) && part > 0 ? String(part) : typeof part === 'string' ? part.trim() : part));
			return ids.filter((id, index) => id !== '' && ids.indexOf(id) === index);
		},
		z
			.array(z.string({ invalid_type_error: `${ID_EXPECTATION}; a number this long loses digits, keep it as text` }).regex(/^\d{1,64}$/, `${ID_EXPECTATION}, separated by commas`), {
				invalid_type_error: `${ID_EXPECTATION}, separated by commas`,
			})
			.min(1, `${ID_EXPECTATION} — give at least one`)
			.max(max, `use at most ${max} IDs: SHOPLINE takes ${max} per request (split the list over several items)`),
	);