import type { INodeProperties } from 'n8n-workflow';

import { flag, integer } from './validation';

/** The most a Limit may ask for. */
const MAX_LIMIT = 1_000_000;

/** Return All + Limit, as every n8n list operation has them. */
export const returnAllAndLimit: INodeProperties[] = [
	{
		displayName: 'Return All',
		name: 'returnAll',
		type: 'boolean',
		default: false,
		description: 'Whether to return all results or only up to a given limit',
	},
	{
		displayName: 'Limit',
		name: 'limit',
		type: 'number',
		typeOptions: { minValue: 1 },
		default: 50,
		description: 'Max number of results to return',
		displayOptions: { show: { returnAll: [false] } },
	},
];

/** The checks of Return All + Limit, for an operation's schema. */
export const returnAllAndLimitShape = {
	returnAll: flag().default(false),
	limit: integer(1, MAX_LIMIT).default(50),
};

/** How many records to return: undefined for all. */
export const limitOf = (input: { returnAll: boolean; limit: number }): number | undefined => (input.returnAll ? undefined : input.limit);

/** The Filters collection of an operation: what narrows the records asked for. */
export const filtersCollection = (options: INodeProperties[]): INodeProperties => ({
	displayName: 'Filters',
	name: 'filters',
	type: 'collection',
	placeholder: 'Add Filter',
	default: {},
	options,
});

/** The Options collection of an operation: how it asks and what it outputs. */
export const optionsCollection = (options: INodeProperties[]): INodeProperties => ({
	displayName: 'Options',
	name: 'options',
	type: 'collection',
	placeholder: 'Add Option',
	default: {},
	options,
});

/**
 * Simplify, as n8n's own nodes offer it on big records: a few fields instead of the whole
 * answer. Off by default here; the description begins as n8n's, then names the fields and
 * says why it is off.
 */
export const simplifyField = (description: string): INodeProperties => ({
	displayName: 'Simplify',
	name: 'simplify',
	type: 'boolean',
	default: false,
	description,
});

/** The check of Simplify, for an operation's schema. */
export const simplifyShape = { simplify: flag().default(false) };
