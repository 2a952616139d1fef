import type {
	IAuthenticateGeneric,
	IAuthenticateRuleResponseCode,
	IAuthenticateRuleResponseSuccessBody,
	Icon,
	ICredentialTestRequest,
	ICredentialType,
	INodeProperties,
} from 'n8n-workflow';

const TOKEN_REJECTED =
	'TMAPI did not accept this API token. Copy it again from the TMAPI console (Account Center → apiToken).';
const NO_BALANCE =
	'The token is valid, but the TMAPI subscription has expired or the balance is too low. Top up in the TMAPI console, then test again.';

/** A failure TMAPI may report as an HTTP status or as the body's code under HTTP 200. */
function statusRule(code: number, message: string): Array<IAuthenticateRuleResponseCode | IAuthenticateRuleResponseSuccessBody> {
	return [
		{ type: 'responseCode', properties: { value: code, message } },
		{ type: 'responseSuccessBody', properties: { key: 'code', value: code, message } },
	];
}

export class Tmapi1688Api implements ICredentialType {
	name = 'tmapi1688Api';

	displayName = 'TMAPI API';

	icon: Icon = {
		light: 'file:../nodes/Tmapi1688/tmapi1688.svg',
		dark: 'file:../nodes/Tmapi1688/tmapi1688.dark.svg',
	};

	documentationUrl = 'https://github.com/tmapi-shopline/n8n-nodes-tmapi-shopline#tmapi-api-credential';

	properties: INodeProperties[] = [
		{
			displayName: 'API Token',
			name: 'apiToken',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			required: true,
			description:
				'Your apiToken from the TMAPI console (Account Center). It is sent as the apiToken query parameter on every call.',
		},
		{
			displayName: 'API Host',
			name: 'host',
			type: 'options',
			options: [
				{
					name: 'api.tmapi.io (HTTPS)',
					value: 'https://api.tmapi.io',
					description: 'Current host, encrypted. Recommended.',
				},
				{
					name: 'api.tmapi.top (HTTP, Unencrypted)',
					value: 'http://api.tmapi.top',
					description:
						'Legacy host used in the TMAPI docs. Plain HTTP: the token travels unencrypted.',
				},
				{
					name: 'Custom Base URL',
					value: 'custom',
					description: 'A gateway, a proxy or a local emulator',
				},
			],
			default: 'https://api.tmapi.io',
		},
		{
			displayName: 'Base URL',
			name: 'customBaseUrl',
			type: 'string',
			default: '',
			placeholder: 'http://localhost:8787',
			description: 'Address that paths such as /1688/shop/items/v2 are appended to',
			displayOptions: { show: { host: ['custom'] } },
		},
	];

	authenticate: IAuthenticateGeneric = {
		type: 'generic',
		properties: {
			qs: { apiToken: '={{$credentials.apiToken}}' },
		},
	};

	// One small call: the top-level 1688 categories.
	test: ICredentialTestRequest = {
		request: {
			baseURL: '={{$credentials.host === "custom" ? $credentials.customBaseUrl : $credentials.host}}',
			url: '/1688/category/info',
			method: 'GET',
			timeout: 60000,
		},
		// n8n checks status rules on failed requests and body rules on answered ones, so
		// both kinds are listed: TMAPI may report a failure either way. The type allows
		// one kind per array, the tester reads any mix.
		rules: [
			...statusRule(401, TOKEN_REJECTED),
			...statusRule(403, TOKEN_REJECTED),
			...statusRule(439, NO_BALANCE),
		] as IAuthenticateRuleResponseCode[],
	};
}
