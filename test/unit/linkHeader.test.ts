import { getHeader } from '../../nodes/shared/http/http';
import { parseLinkHeader } from '../../nodes/shared/http/linkHeader';
import { nextLink } from '../../nodes/Shopline/api/pagination';

const url = (info: string) => `https://open001.myshopline.com/admin/openapi/v20260301/products/products.json?limit=250&page_info=${info}`;

describe('parseLinkHeader', () => {
	it.each([
		['next only', `<${url('N')}>; rel="next"`, 'N', undefined],
		['previous first', `<${url('P')}>; rel="previous", <${url('N')}>; rel="next"`, 'N', 'P'],
		['next first', `<${url('N')}>; rel="next", <${url('P')}>; rel="previous"`, 'N', 'P'],
		['no spaces', `<${url('P')}>;rel="previous",<${url('N')}>;rel="next"`, 'N', 'P'],
		['extra spaces', `<${url('P')}>  ;  rel = "previous" ,   <${url('N')}> ;rel="next"`, 'N', 'P'],
		['unquoted rel', `<${url('P')}>; rel=previous, <${url('N')}>; rel=next`, 'N', 'P'],
		['upper-case rel', `<${url('N')}>; REL="NEXT"`, 'N', undefined],
		['other params', `<${url('N')}>; title="x"; rel="next"`, 'N', undefined],
		['previous only (last page)', `<${url('P')}>; rel="previous"`, undefined, 'P'],
	])('%s', (_name, header, next, previous) => {
		const links = parseLinkHeader(header);
		expect(links.next && new URL(links.next).searchParams.get('page_info')).toBe(next);
		expect(links.previous && new URL(links.previous).searchParams.get('page_info')).toBe(previous);
	});

	it('reads a link with several rels', () => {
		expect(parseLinkHeader('<https://h/a>; rel="next last"')).toEqual({ next: 'https://h/a', last: 'https://h/a' });
	});

	it.each([undefined, '', 'garbage', 42])('gives nothing for %j', (header) => {
		expect(parseLinkHeader(header)).toEqual({});
	});
});

describe('getHeader and nextLink', () => {
	it.each(['link', 'Link', 'LINK'])('find the header spelled %s', (name) => {
		const headers = { [name]: `<${url('P')}>; rel="previous", <${url('N')}>; rel="next"` };
		expect(getHeader(headers, 'link')).toBe(headers[name]);
		expect(nextLink(headers)).toEqual({ kind: 'page', pageInfo: 'N' });
	});

	it('says none without a next link, and unusable for a next link without page_info', () => {
		expect(nextLink({ link: `<${url('P')}>; rel="previous"` })).toEqual({ kind: 'none' });
		expect(nextLink({})).toEqual({ kind: 'none' });
		expect(nextLink({ link: '<https://h/p?limit=5>; rel="next"' })).toEqual({ kind: 'unusable', url: 'https://h/p?limit=5' });
	});

	it('joins repeated header values', () => {
		expect(nextLink({ link: [`<${url('P')}>; rel="previous"`, `<${url('N')}>; rel="next"`] })).toEqual({ kind: 'page', pageInfo: 'N' });
	});
});
