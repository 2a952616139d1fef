const MASK = '***';

/** The spellings under which a secret can show up in a URL, a header or a body. */
function spellings(secret: string): string[] {
	const forms = new Set<string>([secret, encodeURIComponent(secret), encodeURI(secret)]);
	forms.add(new URLSearchParams({ s: secret }).toString().slice(2));
	return [...forms].filter((form) => form.length > 0).sort((a, b) => b.length - a.length);
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A pattern for one spelling: the text as is, except that the hex digits of its
 * percent-escapes match in either case (`%2F` and `%2f` are the same byte).
 */
function spellingPattern(form: string): RegExp {
	const source = form
		.split(/(%[0-9A-Fa-f]{2})/)
		.map((part) =>
			/^%[0-9A-Fa-f]{2}$/.test(part)
				? `%${[...part.slice(1)].map((digit) => (/[A-Fa-f]/.test(digit) ? `[${digit.toUpperCase()}${digit.toLowerCase()}]` : digit)).join('')}`
				: escapeRegExp(part),
		)
		.join('');
	return new RegExp(source, 'g');
}

/** Replaces every secret (raw or URL-encoded, escapes in either case) in a text by ***. Secrets shorter than 4 characters are ignored. */
export function redactText(text: string, secrets: readonly string[]): string {
	let result = text;
	for (const secret of secrets) {
		if (typeof secret !== 'string' || secret.length < 4) continue;
		for (const form of spellings(secret)) {
			result = form.includes('%') ? result.replace(spellingPattern(form), MASK) : result.split(form).join(MASK);
		}
	}
	return result;
}

/** Deep copy of a JSON-like value with every string redacted (for API error bodies that echo the request). */
export function redactValue<T>(value: T, secrets: readonly string[]): T {
	if (typeof value === 'string') return redactText(value, secrets) as T;
	if (Array.isArray(value)) return value.map((entry) => redactValue(entry, secrets)) as T;
	if (value !== null && typeof value === 'object') {
		const copy: Record<string, unknown> = {};
		for (const [key, entry] of Object.entries(value)) copy[key] = redactValue(entry, secrets);
		return copy as T;
	}
	return value;
}
