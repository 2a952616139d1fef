import { z } from 'zod';

const ID_EXPECTATION = 'use the ID as text of digits, e.g. 16057850264845250791280282';

/**
 * A SHOPLINE ID: 26 digits, kept as text. A number is accepted only while it is exact
 * (below 2^53); larger ones have already lost digits, so they are refused.
 */
export const shoplineId = z.preprocess(
	(value) => {
		if (typeof value === 'number' && Number.isSafeInteger(value) && value > 0) return String(value);
		return typeof value === 'string' ? value.trim() : value;
	},
	z
		.string({
			invalid_type_error: `${ID_EXPECTATION}; a number this long loses digits, keep it as text`,
			required_error: ID_EXPECTATION,
		})
		.regex(/^\d{1,64}$/, ID_EXPECTATION),
);

/** A comma-separated list of IDs (or a list from an expression), sent as "id1,id2". */
export const shoplineIdList = z.preprocess(
	(value) => {
		if (value === undefined || value === null || (typeof value === 'string' && value.trim() === '')) return undefined;
		const parts = Array.isArray(value) ? value : typeof value === 'string' ? value.split(',') : value;
		return Array.isArray(parts) ? parts.map((part) => (typeof part === 'string' ? part.trim() : part)).filter((part) => part !== '') : parts;
	},
	z
		.array(z.string({ invalid_type_error: ID_EXPECTATION }).regex(/^\d{1,64}$/, `${ID_EXPECTATION}, separated by commas`), {
			invalid_type_error: `${ID_EXPECTATION}, separated by commas`,
		})
		.max(250, 'use at most 250 IDs')
		.transform((ids) => ids.join(','))
		.optional(),
);
