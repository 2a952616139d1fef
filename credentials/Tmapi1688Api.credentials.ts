import type { IAuthenticateGeneric, Icon, ICredentialType, INodeProperties } from 'n8n-workflow';

/**
 * Tested by the TMAPI 1688 node (`testedBy`), so that the test and the node send the token
 * to one address, decided by one function, and never follow a redirect.
 */
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

}
