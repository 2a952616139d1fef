import { wellFormed } from './text';

/**
 * The one filter for every address a stranger gives (images, links): only http(s) to a
 * host passes, in the form a browser would read it.
 */

/** Longest address kept: 1688's image addresses are under 300 characters. */
export const MAX_URL = 2048;

/** A host name (letters of any script, digits, dots, dashes) with an optional port; no user or password. */
const HOST = /^[\p{L}\p{N}.-]+(?::\d{1,5})?$/u;

/**
 * The http(s) address in `value`, or undefined. Browsers drop tabs and line breaks anywhere
 * in an address ("jav\tascript:") and controls and spaces around it, so they are dropped
 * first; TMAPI's spellings are repaired ("//host/…" and "https:////host/…" → "https://host/…").
 * Refused: broken text (a lone surrogate), any other scheme (javascript:, data:, vbscript:, file:…), relative paths, a user
 * or password before the host, and anything a browser reads differently from what it shows:
 * spaces, controls, backslashes, quotes and angle brackets inside.
 */
export function webUrl(value: unknown): string | undefined {
	if (typeof value !== 'string' || wellFormed(value) !== value) return undefined;
	// eslint-disable-next-line no-control-regex
	const trimmed = value.replace(/[\t\n\r]/g, '').replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '');
	if (trimmed.length === 0 || trimmed.length > MAX_URL) return undefined;
	const repaired = trimmed.replace(/^(https?):\/{3,}/i, '$1://').replace(/^\/\/(?=[^/])/, 'https://');
	const match = /^(https?):\/\/([^/?#]*)/i.exec(repaired);
	// eslint-disable-next-line no-control-regex
	if (!match || !HOST.test(match[2]) || /[\u0000-\u0020\u007f-\u009f\\"<>`]/.test(repaired)) return undefined;
	return `${match[1].toLowerCase()}${repaired.slice(match[1].length)}`;
}
