import { getHeader } from '../../nodes/shared/http';
import { parseLinkHeader } from '../../nodes/shared/linkHeader';
import { nextPageInfo } from '../../nodes/Shopline/transport/pagination';

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

describe('getHeader and nextPageInfo', () => {
	it.each(['link', 'Link', 'LINK'])('find the header spelled %s', (name) => {
		const headers = { [name]: `<${url('P')}>; rel="previous", <${url('N')}>; rel="next"` };
		expect(getHeader(headers, 'link')).toBe(headers[name]);
		expect(nextPageInfo(headers)).toBe('N');
	});

	it('gives undefined without a next link', () => {
		expect(nextPageInfo({ link: `<${url('P')}>; rel="previous"` })).toBeUndefined();
		expect(nextPageInfo({})).toBeUndefined();
	});

	it('joins repeated header values', () => {
		expect(nextPageInfo({ link: [`<${url('P')}>; rel="previous"`, `<${url('N')}>; rel="next"`] })).toBe('N');
	});
});
