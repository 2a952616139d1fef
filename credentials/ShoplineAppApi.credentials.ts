import type {
	IAuthenticateGeneric,
	ICredentialDataDecryptedObject,
	ICredentialType,
	IHttpRequestHelper,
	Icon,
	INodeProperties,
} from 'n8n-workflow';

import { apiVersionFields } from './ShoplineApi.credentials';
import { requestAppToken } from '../nodes/Shopline/api/appToken';
import { baseUrlField, bearerTokenAuth, SHOPLINE_ICON, storeHandleField } from '../nodes/Shopline/api/credentialFields';

/**
 * A SHOPLINE app (public or custom app) that a store installed through OAuth. Not n8n's
 * OAuth2 credential (oAuth2Api): SHOPLINE's token calls are signed (HMAC-SHA256 of body and
 * timestamp with the app secret, in `appkey`/`timestamp`/`sign` headers) and have no refresh
 * token, which n8n's OAuth2 cannot do. So the token is a hidden, expirable field that
 * `preAuthentication` fills: created from the Authorization Code the first time, refreshed
 * with a signed call after that. n8n runs it when the field is empty and again after a 401,
 * and saves what it returns in the credential.
 */
export class ShoplineAppApi implements ICredentialType {
	name = 'shoplineAppApi';

	displayName = 'SHOPLINE App (OAuth) API';

	icon: Icon = SHOPLINE_ICON;

	documentationUrl = 'https://github.com/tmapi-shopline/n8n-nodes-tmapi-shopline#shopline-app-oauth-credential';

	properties: INodeProperties[] = [
		{
			displayName:
				'Install the app in the store first: open https://&lt;handle&gt;.myshopline.com/admin/oauth-web/#/oauth/authorize?appKey=&lt;App Key&gt;&amp;responseType=code&amp;scope=&lt;Scopes&gt;&amp;redirectUri=&lt;your app\'s callback URL&gt;, approve, and copy the code=… of the address SHOPLINE sends you back to into Authorization Code. The node creates the access token from it on its first run and refreshes it after that (every 10 hours).',
			name: 'authorizeNotice',
			type: 'notice',
			default: '',
		},
		storeHandleField,
		{
			displayName: 'App Key',
			name: 'appKey',
			type: 'string',
			default: '',
			required: true,
			description: 'From the SHOPLINE Partner Portal: Apps → your app → App credentials',
		},
		{
			displayName: 'App Secret',
			name: 'appSecret',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			required: true,
			description: 'From the same place as the App Key. Signs the token requests and verifies the SHOPLINE Trigger\'s deliveries; never sent.',
		},
		{
			displayName: 'Scopes',
			name: 'scopes',
			type: 'string',
			default: 'read_products,write_products',
			description: 'The scopes of the authorize URL, comma-separated, e.g. read_products,write_products,read_orders. The token gets what the store approved.',
		},
		{
			displayName: 'Authorization Code',
			name: 'authorizationCode',
			type: 'string',
			default: '',
			description: 'The code=… SHOPLINE adds to your callback URL after the store approves the app. Used once, for the first token; a code expires within minutes.',
		},
		...apiVersionFields,
		baseUrlField('the token calls go to admin/oauth/token/… and the API to admin/openapi/&lt;version&gt;/ under it'),
		{
			displayName: 'Access Token',
			name: 'accessToken',
			type: 'hidden',
			typeOptions: { expirable: true, password: true },
			default: '',
		},
		{
			displayName: 'Expires At',
			name: 'expiresAt',
			type: 'hidden',
			default: '',
		},
	];

	async preAuthentication(this: IHttpRequestHelper, credentials: ICredentialDataDecryptedObject) {
		const token = await requestAppToken(async (options) => await this.helpers.httpRequest(options), credentials);
		return { accessToken: token.accessToken, expiresAt: token.expiresAt };
	}

	authenticate: IAuthenticateGeneric = bearerTokenAuth;
}
