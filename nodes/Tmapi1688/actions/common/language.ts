import type { INodeProperties } from 'n8n-workflow';

/** The Language option of the operations that translate their answer. */
export function languageOption(languages: readonly string[], defaultValue: string): INodeProperties {
	const names: Record<string, string> = {
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
	return {
		displayName: 'Language',
		name: 'language',
		type: 'options',
		options: languages
			.map((code) => ({ name: names[code] ?? code, value: code }))
			.sort((a, b) => a.name.localeCompare(b.name)),
		default: defaultValue,
		description: 'Language of titles and attributes in the answer',
	};
}
