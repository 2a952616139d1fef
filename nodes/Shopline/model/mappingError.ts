/**
 * A 1688 detail the rules cannot map. `rule` is what the message begins with (the option to
 * look at, or what is wrong, e.g. "Price"); `advice`, when given, says what to do instead of
 * "change that option".
 */
export class MappingError extends Error {
	constructor(
		readonly rule: string,
		message: string,
		readonly advice?: string,
	) {
		super(message);
		this.name = 'MappingError';
	}
}
