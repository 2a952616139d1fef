import { NodeOperationError, type INode } from 'n8n-workflow';
import { z } from 'zod';

/** The display name of the field at a path of the input ("filters.priceEnd" → "Max Price"). */
export type FieldLabels = (path: Array<string | number>) => string | undefined;

/** Shows a bad value the way a user typed it, short enough for an error title. */
export function describeValue(value: unknown): string {
	if (value === undefined) return 'nothing';
	if (value === null) return 'null';
	if (typeof value === 'string') {
		if (value.trim() === '') return 'an empty value';
		const text = value.length > 80 ? `${value.slice(0, 77)}...` : value;
		return `"${text}"`;
	}
	if (typeof value === 'number' || typeof value === 'boolean') return String(value);
	if (Array.isArray(value)) return 'a list';
	return 'an object';
}

/** The value the user gave at `path`; for a part of a value (one ID of "a,b"), the whole value. */
export function valueAt(input: unknown, path: Array<string | number>): unknown {
	let current = input;
	for (const key of path) {
		if (current === null || typeof current !== 'object') return current;
		current = (current as Record<string | number, unknown>)[key];
	}
	return current;
}

/**
 * Validates the parameters of one item against a zod schema before any request is made.
 * The error names the field (its display name), shows the value received and says what
 * is accepted, e.g. `Limit: 0 is not valid — use a whole number from 1 to 250`.
 */
export function validateInput<S extends z.ZodTypeAny>(
	node: INode,
	schema: S,
	input: unknown,
	labels: FieldLabels,
	itemIndex: number,
): z.output<S> {
	const result = schema.safeParse(input);
	if (result.success) return result.data;
	const issue = result.error.issues[0];
	const label = labels(issue.path) ?? (issue.path.join('.') || 'Input');
	const value = valueAt(input, issue.path);
	return throwInvalid(node, label, value, issue.message, itemIndex);
}

export function throwInvalid(node: INode, label: string, value: unknown, expectation: string, itemIndex: number): never {
	throw new NodeOperationError(node, `${label}: ${describeValue(value)} is not valid — ${expectation}`, {
		itemIndex,
		description: `Change the "${label}" parameter. ${capitalise(expectation)}.`,
	});
}

function capitalise(text: string): string {
	return text.charAt(0).toUpperCase() + text.slice(1);
}

// ----- building blocks ------------------------------------------------------------------

/** Nothing given: undefined, null, or text that is only spaces. */
export const isBlank = (value: unknown) => value === undefined || value === null || (typeof value === 'string' && value.trim() === '');

/** A text value; numbers are accepted as text (IDs typed into expressions), objects are not. */
export function text(expectation: string) {
	return z.preprocess(
		(value) => (typeof value === 'number' && Number.isFinite(value) ? String(value) : typeof value === 'string' ? value.trim() : value),
		z.string({ invalid_type_error: expectation, required_error: expectation }).min(1, expectation),
	);
}

/** An optional text value: blank becomes undefined. */
export function optionalText(expectation: string, maxLength = 1000) {
	return z.preprocess(
		(value) => (isBlank(value) ? undefined : typeof value === 'number' && Number.isFinite(value) ? String(value) : typeof value === 'string' ? value.trim() : value),
		z.string({ invalid_type_error: expectation }).max(maxLength, `${expectation} (at most ${maxLength} characters)`).optional(),
	);
}

/**
 * An ID made of digits, kept as text. A number (from an expression) is accepted only while
 * it is exact; a larger one has already lost digits, so it is refused.
 */
export function digitsId(expectation: string, maxDigits = 64) {
	return z.preprocess(
		(value) => (typeof value === 'number' && Number.isSafeInteger(value) && value > 0 ? String(value) : typeof value === 'string' ? value.trim() : value),
		z
			.string({ invalid_type_error: `${expectation}; a number this long loses digits, keep it as text`, required_error: expectation })
			.regex(new RegExp(`^\\d{1,${maxDigits}}$`), expectation),
	);
}

/** A whole number in [min, max]; numeric text ("20") is accepted. */
export function integer(min: number, max: number, what = 'a whole number') {
	const expectation = `use ${what} from ${min} to ${max}`;
	return z.preprocess(
		(value) => (typeof value === 'string' && /^\s*-?\d+\s*$/.test(value) ? Number(value) : value),
		z
			.number({ invalid_type_error: expectation, required_error: expectation })
			.int(expectation)
			.min(min, expectation)
			.max(max, expectation),
	);
}

/** A number in [min, max], fractions allowed; numeric text ("1.5") is accepted. */
export function decimal(min: number, max: number, what = 'a number') {
	const expectation = `use ${what} from ${min} to ${max}`;
	return z.preprocess(
		(value) => (typeof value === 'string' && /^\s*-?\d+(\.\d+)?\s*$/.test(value) ? Number(value) : value),
		z
			.number({ invalid_type_error: expectation, required_error: expectation })
			.refine((number) => Number.isFinite(number) && number >= min && number <= max, expectation),
	);
}

/** A non-negative decimal number given as number or text; output as text for the API. */
export function optionalDecimal(expectation: string) {
	return z.preprocess(
		(value) => (isBlank(value) ? undefined : typeof value === 'number' ? String(value) : typeof value === 'string' ? value.trim() : value),
		z
			.string({ invalid_type_error: expectation })
			.regex(/^\d+(\.\d+)?$/, expectation)
			.optional(),
	);
}

/** One of a fixed set of values; the error lists them. */
export function oneOf<T extends string>(values: readonly [T, ...T[]], what = 'one of') {
	const expectation = `${what} ${values.map((v) => `"${v}"`).join(', ')}`;
	return z.preprocess(
		(value) => (typeof value === 'number' ? String(value) : value),
		z.enum(values, { errorMap: () => ({ message: `use ${expectation}` }) }),
	);
}

/** A boolean; "true"/"false" text from expressions is accepted. */
export function flag() {
	const expectation = 'use true or false';
	return z.preprocess(
		(value) => (value === 'true' ? true : value === 'false' ? false : value),
		z.boolean({ invalid_type_error: expectation, required_error: expectation }),
	);
}

const ISO_8601 = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

/** An optional ISO 8601 date-time ("2021-09-02T14:11:54+00:00"); Date objects and Luxon DateTimes from expressions are accepted. */
export function optionalIsoDate() {
	const expectation = 'use an ISO 8601 date such as 2021-09-02T14:11:54+00:00';
	return z.preprocess(
		(value) => {
			if (isBlank(value)) return undefined;
			if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString();
			if (value !== null && typeof value === 'object' && typeof (value as { toISO?: unknown }).toISO === 'function') {
				return (value as { toISO: () => string }).toISO();
			}
			return typeof value === 'string' ? value.trim() : value;
		},
		z
			.string({ invalid_type_error: expectation })
			.refine((value) => ISO_8601.test(value) && !Number.isNaN(Date.parse(value)), expectation)
			.optional(),
	);
}
