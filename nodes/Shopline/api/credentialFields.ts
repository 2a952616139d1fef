import type { IAuthenticateGeneric, Icon, INodeProperties } from 'n8n-workflow';

/** The fields both SHOPLINE credentials share: where the store is and which API version it speaks. */

export const storeHandleField: INodeProperties = {
	displayName: 'Store Handle',
	name: 'storeHandle',
	type: 'string',
	default: '',
	required: true,
	placeholder: 'open001',
	description: 'The prefix of your store domain: for open001.myshopline.com it is open001. The whole domain or the admin URL works too.',
};

export const apiVersionFields: INodeProperties[] = [
	{
		displayName: 'API Version',
		name: 'apiVersion',
		type: 'options',
		// Versions in date order, the default among them, as in the credential editor since 0.1.0.
		// eslint-disable-next-line n8n-nodes-base/node-param-options-type-unsorted-items
		options: [
			{ name: 'V20250301', value: 'v20250301' },
			{ name: 'V20250601', value: 'v20250601' },
			{ name: 'V20251201', value: 'v20251201' },
			{ name: 'V20260301 (Default)', value: 'v20260301' },
			{ name: 'V20260601', value: 'v20260601' },
			{ name: 'Custom', value: 'custom' },
		],
		default: 'v20260301',
		description: 'Stable versions live 12 months; the node is built and tested against v20260301',
	},
	{
		displayName: 'Custom API Version',
		name: 'customApiVersion',
		type: 'string',
		default: '',
		placeholder: 'v20260901',
		displayOptions: { show: { apiVersion: ['custom'] } },
	},
];

/** Base URL Override, with what goes under it for this credential. */
export const baseUrlField = (under: string): INodeProperties => ({
	displayName: 'Base URL Override',
	name: 'baseUrl',
	type: 'string',
	default: '',
	placeholder: 'http://localhost:8788',
	description: `Leave empty to use https://&lt;handle&gt;.myshopline.com. Set it to send requests through a proxy or to a local emulator; ${under}.`,
});

export const SHOPLINE_ICON: Icon = { light: 'file:../nodes/Shopline/shopline.svg', dark: 'file:../nodes/Shopline/shopline.dark.svg' };

/** What both credentials add to a request: the token as a Bearer header (the node's client does the same, once per run). */
export const bearerTokenAuth: IAuthenticateGeneric = {
	type: 'generic',
	properties: { headers: { Authorization: '=Bearer {{$credentials.accessToken}}', 'Content-Type': 'application/json; charset=utf-8' } },
};
