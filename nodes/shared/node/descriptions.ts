import type { INodeProperties } from 'n8n-workflow';

import { boolean, collection, custom, integer, type CollectionOf, type Entry, type Field, type RefineOf } from './field';
import { flag } from './validation';

/** The most a Limit may ask for. */
const MAX_LIMIT = 1_000_000;

/** Return All, as every n8n list operation has it. */
export const returnAll = boolean({
	displayName: 'Return All',
	name: 'returnAll',
	default: false,
	description: 'Whether to return all results or only up to a given limit',
});

/** Limit, shown while Return All is off. */
export const limit = integer({
	displayName: 'Limit',
	name: 'limit',
	min: 1,
	max: MAX_LIMIT,
	default: 50,
	description: 'Max number of results to return',
	displayOptions: { show: { returnAll: [false] } },
});

/** How many records to return: undefined for all. */
export const limitOf = (input: { returnAll: boolean; limit: number }): number | undefined => (input.returnAll ? undefined : input.limit);

const isField = (entry: unknown) => typeof entry === 'object' && entry !== null && 'property' in entry && 'schema' in entry;

type Kind = { displayName: string; name: string; placeholder: string; unset: 'omit' | 'default' };

/** A collection of fields; or, of bare properties (as a test sweeps them): then the property alone. */
function collectionOf(kind: Kind, entries: readonly unknown[], refine?: RefineOf<Entry[]>): INodeProperties | Field {
	if (entries.some(isField)) return collection({ ...kind, fields: entries as Entry[], refine });
	return { displayName: kind.displayName, name: kind.name, type: 'collection', placeholder: kind.placeholder, default: {}, options: entries as INodeProperties[] };
}

/** The Filters collection of an operation: what narrows the records asked for. A filter not added is not sent. */
export function filtersCollection<E extends readonly Entry[]>(fields: E, refine?: RefineOf<E>): CollectionOf<'filters', E>;
export function filtersCollection(entries: readonly unknown[], refine?: RefineOf<Entry[]>): INodeProperties | Field {
	return collectionOf({ displayName: 'Filters', name: 'filters', placeholder: 'Add Filter', unset: 'omit' }, entries, refine);
}

/** The Options collection of an operation: how it asks and what it outputs. An option not added takes its default. */
export function optionsCollection(options: INodeProperties[]): INodeProperties;
export function optionsCollection<E extends readonly Entry[]>(fields: E): CollectionOf<'options', E>;
export function optionsCollection(entries: readonly unknown[]): INodeProperties | Field {
	return collectionOf({ displayName: 'Options', name: 'options', placeholder: 'Add Option', unset: 'default' }, entries);
}

/**
 * Simplify, as n8n's own nodes offer it on big records: a few fields instead of the whole
 * answer. Off by default here; the description begins as n8n's, then names the fields and
 * says why it is off.
 */
export const simplifyField = (description: string) => custom({ displayName: 'Simplify', name: 'simplify', type: 'boolean', default: false, description }, flag().default(false));
