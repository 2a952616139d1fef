import type { IDataObject } from 'n8n-workflow';

export type Checked = { ok: true; value: string } | { ok: false; field: string; value: unknown; expectation: string };

/** open001, open001.myshopline.com or https://open001.myshopline.com/admin → open001. */
export function normaliseStoreHandle(input: unknown): Checked {
	const field = 'Store Handle (SHOPLINE API credential)';
	const expectation = 'use the store domain prefix such as open001 (from open001.myshopline.com)';
	if (typeof input !== 'string' || input.trim() === '') return { ok: false, field, value: input, expectation };
	const text = input.trim().toLowerCase().replace(/^https?:\/\//, '').split(/[/?#]/)[0];
	if (/^[a-z0-9][a-z0-9-]*$/.test(text)) return { ok: true, value: text };
	const match = /^([a-z0-9][a-z0-9-]*)\.myshopline\.com$/.exec(text);
	if (match) return { ok: true, value: match[1] };
	return {
		ok: false,
		field,
		value: input,
		expectation: `${expectation}; a custom domain does not work here, use the myshopline.com one`,
	};
}

/** The API's base URL, ending in /admin/openapi/<version>/, from the credential's fields. */
export function resolveShoplineBaseUrl(credentials: IDataObject): Checked {
	const version = credentials.apiVersion === 'custom' ? credentials.customApiVersion : (credentials.apiVersion ?? 'v20260301');
	if (typeof version !== 'string' || !/^v\d{8}$/.test(version.trim())) {
		return { ok: false, field: 'API Version (SHOPLINE API credential)', value: version, expectation: 'use a version such as v20260301' };
	}
	const override = typeof credentials.baseUrl === 'string' ? credentials.baseUrl.trim() : '';
	let origin: string;
	if (override) {
		let url: URL | undefined;
		try {
			url = new URL(override);
		} catch {
			url = undefined;
		}
		if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:')) {
			return {
				ok: false,
				field: 'Base URL Override (SHOPLINE API credential)',
				value: override,
				expectation: 'use an http:// or https:// address such as http://localhost:8788, or leave it empty',
			};
		}
		origin = url.toString().replace(/\/+$/, '');
	} else {
		const handle = normaliseStoreHandle(credentials.storeHandle);
		if (!handle.ok) return handle;
		origin = `https://${handle.value}.myshopline.com`;
	}
	return { ok: true, value: `${origin}/admin/openapi/${version.trim()}/` };
}
