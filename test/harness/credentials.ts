import type {
	ICredentialDataDecryptedObject,
	ICredentialType,
	IHttpRequestOptions,
	INodeProperties,
	IDataObject,
	IHttpRequestHelper,
} from 'n8n-workflow';
import { ICredentialsHelper } from 'n8n-workflow';

import { ShoplineApi } from '../../credentials/ShoplineApi.credentials';
import { ShoplineAppApi } from '../../credentials/ShoplineAppApi.credentials';
import { Tmapi1688Api } from '../../credentials/Tmapi1688Api.credentials';

const credentialTypes: Record<string, ICredentialType> = {
	tmapi1688Api: new Tmapi1688Api(),
	shoplineApi: new ShoplineApi(),
	shoplineAppApi: new ShoplineAppApi(),
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

	/**
	 * As n8n's own: for a credential with a hidden expirable field and a preAuthentication,
	 * runs it when the field is empty or a request was refused (`expired`), and saves what it
	 * returns in the credential (here: this run's store), so later reads see the new token.
	 */
	async preAuthentication(
		helpers: IHttpRequestHelper,
		credentials: ICredentialDataDecryptedObject,
		typeName: string,
		_node: unknown,
		expired: boolean,
	): Promise<ICredentialDataDecryptedObject | undefined> {
		const type = credentialTypes[typeName];
		const expirable = type?.properties.find((property) => property.type === 'hidden' && property.typeOptions?.expirable === true);
		if (!expirable || typeof type.preAuthentication !== 'function') return undefined;
		if (credentials[expirable.name] !== '' && !expired) return undefined;
		const output = await type.preAuthentication.call(helpers, credentials);
		if (output[expirable.name] === undefined) return undefined;
		this.preAuthentications.push({ typeName, expired });
		this.data[typeName] = { ...this.data[typeName], ...(output as ICredentialDataDecryptedObject) };
		return Object.assign(credentials, output as ICredentialDataDecryptedObject);
	}

	/** Every preAuthentication run of this run: which credential, and whether after a refusal. */
	readonly preAuthentications: Array<{ typeName: string; expired: boolean }> = [];

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
