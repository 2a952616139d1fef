import type { ICredentialsDecrypted, ICredentialTestFunctions, IDataObject, INodeCredentialTestResult } from 'n8n-workflow';

import { joinUrl } from '../../shared/http/baseUrl';
import { redactText } from '../../shared/http/redact';
import { redirectedMessage, sendTestRequest, testFailed, testPassed } from '../../shared/http/credentialCheck';
import { BASE_URL_FIELD, tmapiBaseUrl } from './client';

const TOKEN_REJECTED = 'TMAPI did not accept this API token. Copy it again from the TMAPI console (Account Center → apiToken).';
const NO_BALANCE =
	'The token is valid, but the TMAPI subscription has expired or the balance is too low. Top up in the TMAPI console, then test again.';

/**
 * The TMAPI API credential's test: one small call (the top-level 1688 categories) to the
 * address the node itself would use. TMAPI reports a failure as an HTTP status or as the
 * body's code under HTTP 200; both are read.
 */
export async function tmapi1688ApiTest(this: ICredentialTestFunctions, credential: ICredentialsDecrypted): Promise<INodeCredentialTestResult> {
	const data = (credential.data ?? {}) as IDataObject;
	const token = String(data.apiToken ?? '');
	const base = tmapiBaseUrl(data);
	if (!base.ok) return testFailed(`${BASE_URL_FIELD}: "${base.value}" is not valid — ${base.expectation}`);
	const sent = await sendTestRequest(this, { url: joinUrl(base.url, '/1688/category/info'), qs: { apiToken: token }, timeoutMs: 60_000 }, [token]);
	if (!sent.ok) return testFailed(`No answer from TMAPI: ${sent.failure.summary}. Check the API Host / Base URL. (${sent.failure.message})`);
	const { statusCode, body } = sent.exchange;
	const envelope = (body !== null && typeof body === 'object' ? body : {}) as IDataObject;
	const code = Number(envelope.code ?? statusCode);
	if (statusCode >= 300 && statusCode < 400) {
		return testFailed(redirectedMessage('TMAPI', sent.exchange, [token], 'check the API Host / Base URL in this credential.'));
	}
	if ([statusCode, code].some((value) => value === 401 || value === 403)) return testFailed(TOKEN_REJECTED);
	if ([statusCode, code].includes(439)) return testFailed(NO_BALANCE);
	if (statusCode >= 200 && statusCode < 300 && code === 200) return testPassed('Connection tested successfully');
	const words = redactText(typeof envelope.msg === 'string' ? envelope.msg : typeof envelope.message === 'string' ? envelope.message : '', [token]);
	return testFailed(`TMAPI answered HTTP ${statusCode}${code !== statusCode ? ` with code ${code}` : ''}${words ? `: ${words}` : ''}. Check the API Host / Base URL.`);
}
