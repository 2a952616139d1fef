import type { INodeProperties } from 'n8n-workflow';

/** The Max Pages option of the paged SHOPLINE lists. */
export const maxPagesOption: INodeProperties = {
	displayName: 'Max Pages',
	name: 'maxPages',
	type: 'number',
	typeOptions: { minValue: 1, maxValue: 100000 },
	default: 1000,
	description: 'Safety cap on pages fetched for one input item. If the list needs more, the node stops with an error.',
};
