/**
 * Parses an RFC 8288 Link header into a map of rel → URL, e.g.
 * `<https://h/p?page_info=b>; rel="previous", <https://h/p?page_info=c>; rel="next"`.
 * Entries are chosen by their rel, never by position (a previous link may come first),
 * and a link may carry several space-separated rels.
 */
export function parseLinkHeader(header: unknown): Record<string, string> {
	const value = Array.isArray(header) ? header.join(',') : header;
	const links: Record<string, string> = {};
	if (typeof value !== 'string') return links;
	const entry = /<([^>]*)>((?:\s*;\s*[^;,<]+)*)/g;
	for (let match = entry.exec(value); match !== null; match = entry.exec(value)) {
		const url = match[1].trim();
		const rel = /;\s*rel\s*=\s*(?:"([^"]*)"|([^\s;,]+))/i.exec(match[2]);
		const rels = (rel?.[1] ?? rel?.[2] ?? '').toLowerCase().split(/\s+/).filter(Boolean);
		for (const name of rels) links[name] ??= url;
	}
	return links;
}
