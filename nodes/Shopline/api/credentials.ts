import type { IDataObject } from 'n8n-workflow';

import { parseBaseUrl } from '../../shared/http/baseUrl';

export type Checked<T> = { ok: true; value: T } | { ok: false; field: string; value: unknown; expectation: string };

const HANDLE = /^[a-z0-9][a-z0-9-]*$/;

/**
 * open001, open001.myshopline.com or https://open001.myshopline.com/admin → open001.
 * Anything else — another domain, a port, a user name, text that only looks like a
 * handle ("evil#") — is refused: the handle decides where the token is sent.
 */
export function normalizeStoreHandle(input: unknown, credential = 'SHOPLINE API'): Checked<string> {
	const field = `Store Handle (${credential} credential)`;
	const expectation = 'use the store domain prefix such as open001 (from open001.myshopline.com)';
	const refuse = (extra = ''): Checked<string> => ({ ok: false, field, value: input, expectation: `${expectation}${extra}` });
	if (typeof input !== 'string' || input.trim() === '') return refuse();
	const text = input.trim().toLowerCase();
	if (HANDLE.test(text)) return { ok: true, value: text };
	if (/[\s?#@\\]/.test(text)) return refuse();
	let url: URL;
	try {
		url = new URL(/^https?:\/\//.test(text) ? text : `https://${text}`);
	} catch {
		return refuse();
	}
	const match = /^([a-z0-9][a-z0-9-]*)\.myshopline\.com$/.exec(url.hostname);
	if (!match || url.username !== '' || url.password !== '' || url.port !== '') {
		return refuse('; a custom domain does not work here, use the myshopline.com one');
	}
	return { ok: true, value: match[1] };
}

/**
 * The store's admin, https://<handle>.myshopline.com/admin/, where a person opens a record
 * (products/<id>, orders/<id>); undefined when the credential names no store.
 */
export function shoplineAdmin(credentials: IDataObject): string | undefined {
	const handle = normalizeStoreHandle(credentials.storeHandle);
	return handle.ok ? `https://${handle.value}.myshopline.com/admin/` : undefined;
}

/** The API version the credential names (its list's choice, or the custom one), as given: not yet checked. */
export const credentialVersion = (credentials: IDataObject): unknown =>
	credentials.apiVersion === 'custom' ? credentials.customApiVersion : (credentials.apiVersion ?? 'v20260301');

/**
 * Where the store answers: the Base URL Override, else https://<handle>.myshopline.com/. The
 * API lives under admin/openapi/<version>/ of it, an app's token endpoints under admin/oauth/.
 */
export function shoplineOrigin(credentials: IDataObject, credential = 'SHOPLINE API'): Checked<URL> {
	const override = typeof credentials.baseUrl === 'string' ? credentials.baseUrl.trim() : '';
	if (override) {
		const parsed = parseBaseUrl(override, 'http://localhost:8788');
		if (!parsed.ok) {
			return { ok: false, field: `Base URL Override (${credential} credential)`, value: parsed.value, expectation: `${parsed.expectation}, or leave it empty` };
		}
		return { ok: true, value: parsed.url };
	}
	const handle = normalizeStoreHandle(credentials.storeHandle, credential);
	if (!handle.ok) return handle;
	return { ok: true, value: new URL(`https://${handle.value}.myshopline.com/`) };
}

/**
 * The API's base URL, ending in /admin/openapi/<version>/, from the credential's fields.
 * The node, the credential test and the trigger all send the token where this says, and nowhere else.
 */
export function shoplineBaseUrl(credentials: IDataObject, credential = 'SHOPLINE API'): Checked<URL> {
	const version = credentialVersion(credentials);
	if (typeof version !== 'string' || !/^v\d{8}$/.test(version.trim())) {
		return { ok: false, field: `API Version (${credential} credential)`, value: version, expectation: 'use a version such as v20260301' };
	}
	const origin = shoplineOrigin(credentials, credential);
	if (!origin.ok) return origin;
	return { ok: true, value: new URL(`admin/openapi/${version.trim()}/`, origin.value) };
}
