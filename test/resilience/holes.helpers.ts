import nock from 'nock';

import type { RunResult } from '../harness/workflow';
import { visibleText } from '../helpers/workflows';

/** One request that reached a catch-all scope. */
export interface AnyRequest {
	method: string;
	url: string;
	headers: Record<string, string | string[] | undefined>;
}

const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS'] as const;

/**
 * Answers every request, to any host and path, and records it: for tests where no request
 * may be sent at all, or where a request must not reach some host. Register it alone, or
 * after the scopes that should answer first.
 */
export function catchAll(status = 200, body: unknown = { code: 200, msg: 'success', data: {} }): AnyRequest[] {
	const seen: AnyRequest[] = [];
	const scope = nock(/.*/).persist();
	for (const method of METHODS) {
		scope
			.intercept(/.*/, method)
			.reply(function (uri) {
				const host = this.req.headers.host ?? '';
				seen.push({ method, url: `${String(host)}${uri}`, headers: this.req.headers });
				return [status, method === 'HEAD' ? '' : body];
			});
	}
	return seen;
}

/** Records every request to one origin (e.g. an attacker's host a redirect points to). */
export function watchHost(origin: string): AnyRequest[] {
	const seen: AnyRequest[] = [];
	const scope = nock(origin).persist();
	for (const method of METHODS) {
		scope
			.intercept(/.*/, method)
			.query(true)
			.reply(function (uri) {
				seen.push({ method, url: `${origin}${uri}`, headers: this.req.headers });
				return [200, { code: 200, msg: 'success', data: { stolen: true } }];
			});
	}
	return seen;
}

/** The message and description of the run's error, as one text. */
export const errorText = (result: RunResult): string => `${result.error?.message ?? ''}\n${result.error?.description ?? ''}`;

/** Asserts that neither a secret nor its first characters show up anywhere visible. */
export function expectNoTrace(result: RunResult, secret: string, prefixLength = 8): void {
	const text = visibleText(result);
	expect(text).not.toContain(secret);
	expect(text).not.toContain(secret.slice(0, prefixLength));
	expect(text).not.toContain(encodeURIComponent(secret).slice(0, prefixLength));
}
