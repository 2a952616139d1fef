import type { ICredentialsDecrypted, ICredentialTestFunctions, IDataObject, INodeCredentialTestResult } from 'n8n-workflow';

import { joinUrl } from '../../shared/http/baseUrl';
import { redirectedMessage, sendTestRequest, testFailed, testPassed } from '../../shared/http/credentialCheck';
import { redactText } from '../../shared/http/redact';
import { describeValue } from '../../shared/node/validation';
import { APP_CREDENTIAL_LABEL } from './appToken';
import { shoplineBaseUrl } from './credentials';
import { errorsText } from './errors';

const MESSAGES: Record<number, string> = {
	401: "SHOPLINE did not accept the access token: copy it again from the app's API credentials.",
	402: 'The store is frozen (HTTP 402): settle its SHOPLINE subscription first.',
	403: 'The token has no access to products: give the app the read_products scope.',
	404: 'No store or API version answers there: check the Store Handle and the API Version.',
	423: 'The store is locked (HTTP 423): contact SHOPLINE support.',
};

/**
 * The SHOPLINE API credential's test: GET products/count.json at the address the node itself
 * would use (one function decides it), without following redirects — SHOPLINE redirects
 * unknown stores and versions to its website, and the token must not go along.
 */
export async function shoplineApiTest(this: ICredentialTestFunctions, credential: ICredentialsDecrypted): Promise<INodeCredentialTestResult> {
	const data = (credential.data ?? {}) as IDataObject;
	const token = String(data.accessToken ?? '');
	const base = shoplineBaseUrl(data);
	if (!base.ok) return testFailed(`${base.field}: ${describeValue(base.value)} is not valid — ${base.expectation}`);
	const sent = await sendTestRequest(
		this,
		{ url: joinUrl(base.value, 'products/count.json'), headers: { Authorization: `Bearer ${token}` }, timeoutMs: 30_000 },
		[token],
	);
	if (!sent.ok) return testFailed(`No answer from SHOPLINE: ${sent.failure.summary}. Check the Store Handle and Base URL Override. (${sent.failure.message})`);
	const { statusCode, body } = sent.exchange;
	if (statusCode >= 300 && statusCode < 400) {
		return testFailed(redirectedMessage('SHOPLINE', sent.exchange, [token], 'check the Store Handle and the API Version.'));
	}
	if (statusCode >= 200 && statusCode < 300) return testPassed('Connection tested successfully');
	return testFailed(MESSAGES[statusCode] ?? `SHOPLINE answered HTTP ${statusCode}${body ? `: ${redactText(errorsText(body), [token])}` : ''}`);
}

/**
 * The SHOPLINE App (OAuth) credential's test. It spends no Authorization Code (a code works
 * once, and n8n does not keep what a test gets): it checks the fields and, when a token was
 * issued before, asks for the product count with it, as the node would.
 */
export async function shoplineAppApiTest(this: ICredentialTestFunctions, credential: ICredentialsDecrypted): Promise<INodeCredentialTestResult> {
	const data = (credential.data ?? {}) as IDataObject;
	const base = shoplineBaseUrl(data, APP_CREDENTIAL_LABEL);
	if (!base.ok) return testFailed(`${base.field}: ${describeValue(base.value)} is not valid — ${base.expectation}`);
	for (const [key, label] of [['appKey', 'App Key'], ['appSecret', 'App Secret']]) {
		if (String(data[key] ?? '').trim() === '') return testFailed(`${label} is empty: copy it from your app in the SHOPLINE Partner Portal (Apps → your app → App credentials)`);
	}
	const token = String(data.accessToken ?? '');
	if (token === '') {
		if (String(data.authorizationCode ?? '').trim() === '') return testFailed('Authorization Code is empty: open the authorize URL shown above, approve the app, and paste the code SHOPLINE sends back');
		return testPassed('The fields are complete. The first run creates the access token from the Authorization Code (the test does not spend the code: it works once).');
	}
	const sent = await sendTestRequest(this, { url: joinUrl(base.value, 'products/count.json'), headers: { Authorization: `Bearer ${token}` }, timeoutMs: 30_000 }, [token]);
	if (!sent.ok) return testFailed(`No answer from SHOPLINE: ${sent.failure.summary}. Check the Store Handle and Base URL Override. (${sent.failure.message})`);
	const { statusCode } = sent.exchange;
	if (statusCode >= 200 && statusCode < 300) return testPassed('Connection tested successfully');
	if (statusCode === 401) return testPassed('The stored access token has expired; the next run refreshes it with the App Key and App Secret.');
	return testFailed(MESSAGES[statusCode] ?? `SHOPLINE answered HTTP ${statusCode}`);
}
