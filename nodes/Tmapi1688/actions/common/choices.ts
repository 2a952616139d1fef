import { options } from '../../../shared/node/field';

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

/** An options field of TMAPI codes, shown by name in alphabetical order; its errors list the codes in the order given. */
function choice<N extends string, C extends string>(displayName: string, name: N, codes: readonly [C, ...C[]], names: Record<string, string>, defaultValue: C, description: string) {
	return options({
		displayName,
		name,
		options: codes.map((code) => ({ name: names[code] ?? code, value: code })).sort((a, b) => a.name.localeCompare(b.name)),
		values: codes,
		default: defaultValue,
		description,
	});
}

/** The Language option of the operations that translate their answer. */
export const languageField = <C extends string>(languages: readonly [C, ...C[]], defaultValue: NoInfer<C>) =>
	choice('Language', 'language', languages, LANGUAGE_NAMES, defaultValue, 'Language of titles and attributes in the answer');

/** The Sort By option of the list operations (TMAPI parameter "sort"). */
export const sortField = <C extends string>(sorts: readonly ['default', ...C[]]) => choice<'sort', 'default' | C>('Sort By', 'sort', sorts, SORT_NAMES, 'default', 'Order of the products (TMAPI parameter "sort")');
