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
