import type { INodeProperties } from 'n8n-workflow';

const LANGUAGE_NAMES: Record<string, string> = {
	en: 'English',
	zh: 'Chinese',
	ru: 'Russian',
	vi: 'Vietnamese',
	ja: 'Japanese',
	ko: 'Korean',
	th: 'Thai',
	pt: 'Portuguese',
	es: 'Spanish',
	tr: 'Turkish',
};

const SORT_NAMES: Record<string, string> = {
	default: 'Default',
	sales: 'Sales',
	price_up: 'Price: Low to High',
	price_down: 'Price: High to Low',
	time_up: 'Oldest First',
	time_down: 'Newest First',
};

/** An options field of TMAPI codes, shown by name in alphabetical order. */
function choice(displayName: string, name: string, codes: readonly string[], names: Record<string, string>, defaultValue: string, description: string): INodeProperties {
	return {
		displayName,
		name,
		type: 'options',
		options: codes.map((code) => ({ name: names[code] ?? code, value: code })).sort((a, b) => a.name.localeCompare(b.name)),
		default: defaultValue,
		description,
	};
}

/** The Language option of the operations that translate their answer. */
export const languageOption = (languages: readonly string[], defaultValue: string): INodeProperties =>
	choice('Language', 'language', languages, LANGUAGE_NAMES, defaultValue, 'Language of titles and attributes in the answer');

/** The Sort By option of the list operations (TMAPI parameter "sort"). */
export const sortOption = (sorts: readonly string[]): INodeProperties =>
	choice('Sort By', 'sort', sorts, SORT_NAMES, 'default', 'Order of the products (TMAPI parameter "sort")');
