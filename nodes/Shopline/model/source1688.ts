import type { IDataObject } from 'n8n-workflow';

/**
 * The link between a store product and the 1688 offer it came from, kept in a product
 * metafield (namespace "tmapi1688", key "source", type json: {"item_id", "offer_url"}) and
 * read back from it — or, for a product written before the metafield existed, from its
 * handle "<prefix><offer id>". Pure: what is stored is a stranger's text, so it is bounded
 * and checked, and the address is rebuilt from the ID rather than taken as stored.
 */

export const SOURCE_NAMESPACE = 'tmapi1688';
export const SOURCE_KEY = 'source';
export const SOURCE_TYPE = 'json';

export interface Source1688 {
	item_id: string;
	offer_url: string;
}

/** Where a source was read from. */
export type SourceOrigin = 'metafield' | 'handle';

/** A 1688 offer ID: 6 to 20 digits. */
const OFFER_ID = /^\d{6,20}$/;

/** The longest stored value read: a source is under 100 characters. */
const MAX_VALUE = 2000;

export const offerUrlOf = (itemId: string) => `https://detail.1688.com/offer/${itemId}.html`;

/** The source of an offer ID, or undefined when it is not one. */
export function sourceOf(itemId: unknown): Source1688 | undefined {
	const id = typeof itemId === 'number' && Number.isSafeInteger(itemId) ? String(itemId) : typeof itemId === 'string' ? itemId.trim() : '';
	return OFFER_ID.test(id) ? { item_id: id, offer_url: offerUrlOf(id) } : undefined;
}

/** The metafield value that records `source`. */
export const sourceValue = (source: Source1688): string => JSON.stringify({ item_id: source.item_id, offer_url: source.offer_url });

/** The source a stored metafield value records; undefined when the value is not one. */
export function parseSourceValue(value: unknown): Source1688 | undefined {
	let parsed: unknown = value;
	if (typeof value === 'string') {
		if (value.length > MAX_VALUE) return undefined;
		try {
			parsed = JSON.parse(value);
		} catch {
			return undefined;
		}
	}
	if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) return undefined;
	return sourceOf((parsed as IDataObject).item_id);
}

/** The source a handle "<prefix><offer id>" names (case aside); undefined for any other handle. */
export function sourceFromHandle(handle: unknown, prefix = '1688-'): Source1688 | undefined {
	if (typeof handle !== 'string' || handle.length > 255) return undefined;
	const lower = handle.trim().toLowerCase();
	return lower.startsWith(prefix.toLowerCase()) ? sourceOf(lower.slice(prefix.length)) : undefined;
}

/** The source metafield among a product's metafields, if there is one. */
export const sourceMetafield = (metafields: IDataObject[]): IDataObject | undefined =>
	metafields.find((field) => field.namespace === SOURCE_NAMESPACE && field.key === SOURCE_KEY);
