import type { ICredentialTestFunctions, IDataObject, INodeCredentialTestResult } from 'n8n-workflow';

import { getHeader, type HttpExchange } from './http';
import { findErrorCode, NetworkFailure, rootMessage } from './networkFailure';
import { redactText } from './redact';

export const testFailed = (message: string): INodeCredentialTestResult => ({ status: 'Error', message });

export const testPassed = (message: string): INodeCredentialTestResult => ({ status: 'OK', message });

/** What a credential test sends: the full URL (from the same parser the node uses) and the token. */
export interface TestRequest {
	url: string;
	headers?: IDataObject;
	qs?: IDataObject;
	timeoutMs: number;
}

/**
 * Sends a credential's test request without following redirects (the token would go
 * along) and returns the answer whatever its status, or the reason none came.
 */
export async function sendTestRequest(
	ctx: ICredentialTestFunctions,
	request: TestRequest,
	secrets: readonly string[],
): Promise<{ ok: true; exchange: HttpExchange } | { ok: false; failure: NetworkFailure }> {
	try {
		// Credential tests get only this helper from n8n (ICredentialTestFunctions has no httpRequest).
		const response = (await ctx.helpers.request({
			method: 'GET',
			uri: request.url,
			headers: request.headers,
			qs: request.qs,
			json: true,
			timeout: request.timeoutMs,
			followRedirect: false,
			followAllRedirects: false,
			resolveWithFullResponse: true,
			simple: false,
		})) as { statusCode?: number; headers?: Record<string, unknown>; body?: unknown };
		return { ok: true, exchange: { statusCode: Number(response.statusCode ?? 0), headers: response.headers ?? {}, body: response.body } };
	} catch (error) {
		return { ok: false, failure: new NetworkFailure(redactText(rootMessage(error), secrets), findErrorCode(error)) };
	}
}

/** The message for a test request that was redirected: never followed, since the token would go along. */
export function redirectedMessage(service: string, exchange: HttpExchange, secrets: readonly string[], advice: string): string {
	const location = redactText(getHeader(exchange.headers, 'location') ?? 'another address', secrets);
	return `${service} redirected the test request to ${location} (HTTP ${exchange.statusCode}): ${advice}`;
}
