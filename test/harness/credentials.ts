import type {
	ICredentialDataDecryptedObject,
	ICredentialType,
	IHttpRequestOptions,
	INodeProperties,
	IDataObject,
} from 'n8n-workflow';
import { ICredentialsHelper } from 'n8n-workflow';

import { ShoplineApi } from '../../credentials/ShoplineApi.credentials';
import { Tmapi1688Api } from '../../credentials/Tmapi1688Api.credentials';

const credentialTypes: Record<string, ICredentialType> = {
	tmapi1688Api: new Tmapi1688Api(),
	shoplineApi: new ShoplineApi(),
};

/**
 * Resolves the `={{$credentials.x}}` templates of a generic `authenticate` block, the way
 * n8n's own credentials helper does for the patterns our credentials use: a whole-value
 * expression or text around {{ $credentials.x }} placeholders.
 */
export function resolveCredentialTemplate(template: string, credentials: ICredentialDataDecryptedObject): string {
	if (!template.startsWith('=')) return template;
	return template.slice(1).replace(/\{\{\s*\$credentials\.([A-Za-z0-9_]+)\s*\}\}/g, (_, key: string) =>
		String(credentials[key] ?? ''),
	);
}

/** Applies a credential type's `authenticate` to request options (what n8n does before sending). */
export async function applyAuthentication(
	typeName: string,
	credentials: ICredentialDataDecryptedObject,
	requestOptions: IHttpRequestOptions,
): Promise<IHttpRequestOptions> {
	const type = credentialTypes[typeName];
	if (!type) throw new Error(`Unknown credential type ${typeName}`);
	const { authenticate } = type;
	if (typeof authenticate === 'function') return await authenticate(credentials, requestOptions);
	if (!authenticate) return requestOptions;
	const result = { ...requestOptions } as IHttpRequestOptions & Record<string, IDataObject | undefined>;
	for (const [target, entries] of Object.entries(authenticate.properties)) {
		const merged: IDataObject = { ...((result[target] as IDataObject | undefined) ?? {}) };
		for (const [key, value] of Object.entries(entries as Record<string, string>)) {
			merged[key] = resolveCredentialTemplate(value, credentials);
		}
		result[target] = merged;
	}
	return result;
}

/** The credentials store of a test run: decrypted data by credential type. */
export class TestCredentialsHelper extends ICredentialsHelper {
	constructor(private readonly data: Record<string, ICredentialDataDecryptedObject>) {
		super();
	}

	getParentTypes(): string[] {
		return [];
	}

	isCredentialUsableByNode(): boolean {
		return true;
	}

	async authenticate(credentials: ICredentialDataDecryptedObject, typeName: string, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
		return await applyAuthentication(typeName, credentials, requestOptions);
	}

	async preAuthentication(): Promise<undefined> {
		return undefined;
	}

	async runPreAuthentication(): Promise<undefined> {
		return undefined;
	}

	async getCredentials(): Promise<never> {
		throw new Error('not used by these nodes');
	}

	async getDecrypted(_additionalData: unknown, _nodeCredentials: unknown, type: string): Promise<ICredentialDataDecryptedObject> {
		const found = this.data[type];
		if (!found) throw new Error(`No test credentials of type ${type}`);
		return { ...found };
	}

	async updateCredentials(): Promise<void> {}

	async updateCredentialsOauthTokenData(): Promise<void> {}

	getCredentialsProperties(): INodeProperties[] {
		return [];
	}
}
