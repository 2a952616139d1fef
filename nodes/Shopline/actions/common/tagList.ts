import { z } from 'zod';

/**
 * Tags given as "a, b" or as a list from an expression: trimmed, blanks dropped, at most
 * `count` of at most `length` characters each; the error says which bound and shows an
 * example. Blank or not given = undefined (not sent).
 */
export function tagList(example: string, count: number, length: number) {
	const expectation = `use tags separated by commas, e.g. ${example}`;
	return z.preprocess(
		(value) => {
			const parts = Array.isArray(value) ? value : typeof value === 'string' ? value.split(',') : value;
			if (!Array.isArray(parts)) return parts;
			const tags = parts.map((part) => (typeof part === 'string' ? part.trim() : part)).filter((part) => part !== '');
			return tags.length === 0 && !Array.isArray(value) ? undefined : tags;
		},
		z
			.array(z.string({ invalid_type_error: expectation }).max(length, `${expectation} (each at most ${length} characters)`), { invalid_type_error: expectation })
			.max(count, `${expectation} (at most ${count} tags)`)
			.optional(),
	);
}
