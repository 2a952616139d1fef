import { z } from 'zod';

import { describeValue, isBlank } from '../../shared/node/validation';

/**
 * Lists typed as "a, b" or given as ["a", "b"]: a product's or an order's tags, the values of
 * a product option. Each is bounded in entries and in characters per entry.
 */

/**
 * The entries of "a, b" or ["a", "b"], trimmed, blanks dropped. At most `cap` entries are
 * read: enough to tell that a list is too long without splitting megabytes of it.
 */
function listEntries(value: unknown, cap: number): unknown {
	if (isBlank(value)) return undefined;
	const entries: unknown[] = [];
	if (typeof value === 'string') {
		for (let start = 0; start <= value.length && entries.length < cap; ) {
			const comma = value.indexOf(',', start);
			const end = comma === -1 ? value.length : comma;
			const entry = value.slice(start, end).trim();
			if (entry !== '') entries.push(entry);
			start = end + 1;
		}
		return entries;
	}
	if (!Array.isArray(value)) return value;
	for (const entry of value) {
		if (entries.length >= cap) break;
		const text = typeof entry === 'string' ? entry.trim() : typeof entry === 'number' && Number.isFinite(entry) ? String(entry) : entry;
		if (!isBlank(text)) entries.push(text);
	}
	return entries;
}

/**
 * A list given as "a, b" or ["a", "b"], of at most `max` entries of at most `maxLength`
 * characters each; the error shows the entry that is too long.
 */
function boundedList(noun: string, example: string, max: number, maxLength: number) {
	const expectation = `use ${noun} separated by commas, e.g. ${example}`;
	return z.preprocess(
		(value) => listEntries(value, max + 1),
		z
			.array(z.string({ invalid_type_error: expectation }), { invalid_type_error: expectation })
			.max(max, `use at most ${max} ${noun}`)
			.superRefine((list, ctx) => {
				const long = list.find((entry) => entry.length > maxLength);
				if (long !== undefined) ctx.addIssue({ code: z.ZodIssueCode.custom, message: `use ${noun} of at most ${maxLength} characters each; ${describeValue(long)} has ${long.length}` });
			})
			.optional(),
	);
}

/**
 * SHOPLINE's limits on a product's tags (Admin API v20260301, Create/Update a product: at
 * most 250 tags of at most 255 characters each); an order's tags are held to the same.
 */
export const TAG_LIMITS = { count: 250, length: 255 } as const;

/** Tags given as "a, b" or a list, sent as "a,b". */
export const tags = boundedList('tags', 'Spring,T shirt', TAG_LIMITS.count, TAG_LIMITS.length).transform((list) => list?.join(','));

/**
 * The values of one product option: at most as many as a product has variants (500), each
 * at most as long as a variant's option1..option5 (255 characters).
 */
export const OPTION_VALUE_LIMITS = { count: 500, length: 255 } as const;

export const optionValues = boundedList('values', 'Red,Blue', OPTION_VALUE_LIMITS.count, OPTION_VALUE_LIMITS.length);
