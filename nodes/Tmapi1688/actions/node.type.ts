import type { AllEntities } from 'n8n-workflow';

/** Every resource and its operations; the router's map must have an entry for each. */
type NodeMap = {
	shop: 'getItems';
	category: 'getItems' | 'getItemsV1';
	item: 'getDetail';
};

export type Tmapi1688Type = AllEntities<NodeMap>;
