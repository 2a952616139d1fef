import type { IAuthenticateGeneric, Icon, ICredentialType, INodeProperties } from 'n8n-workflow';

import { apiVersionFields, baseUrlField, bearerTokenAuth, SHOPLINE_ICON, storeHandleField } from '../nodes/Shopline/api/credentialFields';

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
