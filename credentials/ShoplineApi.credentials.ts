import type { IAuthenticateGeneric, Icon, ICredentialType, INodeProperties } from 'n8n-workflow';

import { baseUrlField, bearerTokenAuth, SHOPLINE_ICON, storeHandleField } from '../nodes/Shopline/api/credentialFields';

/** The API version fields of both SHOPLINE credentials (kept in a credential file: its options are in date order, not by name). */
export const apiVersionFields: INodeProperties[] = [
	{
		displayName: 'API Version',
		name: 'apiVersion',
		type: 'options',
		// Versions in date order, the default among them, as in the credential editor since 0.1.0.
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

/**
 * Tested by the SHOPLINE node (`testedBy`), so that the test and the node send the token to
 * one address, decided by one function, and never follow a redirect.
 */
export class ShoplineApi implements ICredentialType {
	name = 'shoplineApi';

	displayName = 'SHOPLINE API';

	icon: Icon = SHOPLINE_ICON;

	documentationUrl = 'https://github.com/tmapi-shopline/n8n-nodes-tmapi-shopline#shopline-api-credential';

	properties: INodeProperties[] = [
		storeHandleField,
		{
			displayName: 'Access Token',
			name: 'accessToken',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			required: true,
			description:
				'Access token of a private app: in the SHOPLINE admin, Apps → Develop apps → your app → API credentials. Give the app the read_products and write_products scopes.',
		},
		{
			displayName: 'App Secret',
			name: 'appSecret',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			description:
				'Needed by the SHOPLINE Trigger only, to verify that deliveries come from SHOPLINE: the app secret (App Secret or Client Secret) shown with your app\'s API credentials. The SHOPLINE node does not use it.',
		},
		...apiVersionFields,
		baseUrlField('/admin/openapi/&lt;version&gt;/ is appended'),
	];

	authenticate: IAuthenticateGeneric = bearerTokenAuth;
}
