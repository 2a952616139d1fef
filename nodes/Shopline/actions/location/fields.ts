import type { INodeProperties } from 'n8n-workflow';

/** The location of Location → Get and of the inventory operations that change stock at one location. */
export const locationIdField: INodeProperties = {
	displayName: 'Location ID',
	name: 'locationId',
	type: 'string',
	required: true,
	default: '',
	placeholder: '54217042481355269010000001',
	description: 'Where the stock is held. Location → Get Many lists the IDs; the default location has is_default "true".',
};
