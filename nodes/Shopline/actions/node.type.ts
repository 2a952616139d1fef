import type { AllEntities } from 'n8n-workflow';

/** Every resource and its operations; the router's map must have an entry for each. */
type NodeMap = {
	product: 'getAll' | 'get' | 'count' | 'create' | 'update' | 'delete';
};

export type ShoplineType = AllEntities<NodeMap>;
