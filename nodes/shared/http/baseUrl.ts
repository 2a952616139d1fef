/**
 * One parser for every base URL the nodes and their credential tests send a token to:
 * the URL API decides, nothing is joined as text. A base URL must be http(s), carry no
 * user name or password (they would replace the token by Basic auth), and no query or
 * fragment (a path appended after "?" or "#" would be lost).
 */
export type BaseUrlResult = { ok: true; url: URL } | { ok: false; value: string; expectation: string };

/** Shows a URL the user typed with any password replaced, for error messages. */
export function withoutPassword(raw: string): string {
	return raw.replace(/^([a-z][a-z0-9+.-]*:\/\/)[^/?#@]*@/i, '$1***@');
}

export function parseBaseUrl(raw: unknown, example: string): BaseUrlResult {
	const text = typeof raw === 'string' ? raw.trim() : '';
	const refuse = (expectation: string): BaseUrlResult => ({ ok: false, value: withoutPassword(text), expectation });
	let url: URL;
	try {
		url = new URL(text);
	} catch {
		return refuse(`use an http:// or https:// address such as ${example}`);
	}
	if (url.protocol !== 'http:' && url.protocol !== 'https:') return refuse(`use an http:// or https:// address such as ${example}`);
	if (url.username !== '' || url.password !== '') return refuse('leave out the user name and password: the credential sends its own token');
	if (url.search !== '' || text.includes('?')) return refuse('leave out the query ("?…"): the API path is appended to this address');
	if (url.hash !== '' || text.includes('#')) return refuse('leave out the fragment ("#…"): the API path is appended to this address');
	if (!url.pathname.endsWith('/')) url.pathname = `${url.pathname}/`;
	return { ok: true, url };
}

/** The full URL of `path` under `base` ("/1688/x" and "1688/x" alike); the base's path is kept. */
export function joinUrl(base: URL, path: string): string {
	return new URL(path.replace(/^\/+/, ''), base).toString();
}
