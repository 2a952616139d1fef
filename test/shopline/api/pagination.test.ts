import type { RunResult } from '../../harness/workflow';
import { runShopline } from '../../helpers/run';
import { jsonOf } from '../../helpers/workflows';
import { linkTo, mockShopline, shoplineProduct } from '../../helpers/shoplineServer';

const LIST = 'products/products.json';

/** A store of `total` products served by cursor; page_info "p<N>" is page N. */
function store(total: number, linkStyle: (next?: string, previous?: string) => string | undefined = defaultLinks) {
	return (request: { query: Record<string, string> }): [number, unknown, Record<string, string>] => {
		const limit = Number(request.query.limit);
		const page = request.query.page_info ? Number(request.query.page_info.slice(1)) : 1;
		const from = (page - 1) * limit;
		const products = Array.from({ length: Math.max(0, Math.min(limit, total - from)) }, (_, i) => shoplineProduct(from + i + 1));
		const next = from + limit < total ? linkTo(`p${page + 1}`, limit) : undefined;
		const previous = page > 1 ? linkTo(`p${page - 1}`, limit) : undefined;
		const link = linkStyle(next, previous);
		return [200, { products }, link ? { link } : {}];
	};
}

function defaultLinks(next?: string, previous?: string): string | undefined {
	// From page 2 on, SHOPLINE puts "previous" first.
	return [previous && `${previous}; rel="previous"`, next && `${next}; rel="next"`].filter(Boolean).join(', ') || undefined;
}

const ids = (result: RunResult) => jsonOf(result).map((product) => product.id);
const expected = (count: number) => Array.from({ length: count }, (_, i) => shoplineProduct(i + 1).id);

describe('SHOPLINE cursor pagination', () => {
	it('follows rel="next" with only limit and page_info, dropping the filters', async () => {
		const requests = mockShopline('GET', LIST, store(600));
		const result = await runShopline({
			operation: 'getAll',
			returnAll: true,
			filters: { status: 'active', vendor: 'ACME', updatedAtMin: '2026-11-01T00:00:00+00:00' },
			options: { orderBy: 'created_at_asc' },
		});
		expect(result.error).toBeUndefined();
		expect(requests.map((r) => r.query)).toEqual([
			{ status: 'active', vendor: 'ACME', order_by: 'created_at_asc', updated_at_min: '2026-11-01T00:00:00+00:00', limit: '250' },
			{ limit: '250', page_info: 'p2' },
			{ limit: '250', page_info: 'p3' },
		]);
		expect(ids(result)).toEqual(expected(600));
	});

	it('keeps Fields on every page', async () => {
		const requests = mockShopline('GET', LIST, store(300));
		await runShopline({ operation: 'getAll', returnAll: true, options: { fields: 'id, title' } });
		expect(requests.map((r) => r.query)).toEqual([
			{ limit: '250', fields: 'id,title' },
			{ limit: '250', page_info: 'p2', fields: 'id,title' },
		]);
	});

	it.each([
		['previous first', (n?: string, p?: string) => [p && `${p}; rel="previous"`, n && `${n}; rel="next"`].filter(Boolean).join(', ')],
		['next first', (n?: string, p?: string) => [n && `${n}; rel="next"`, p && `${p}; rel="previous"`].filter(Boolean).join(', ')],
		['no spaces', (n?: string, p?: string) => [p && `${p};rel="previous"`, n && `${n};rel="next"`].filter(Boolean).join(',')],
		['wide spacing', (n?: string, p?: string) => [p && `${p} ;  rel = "previous"`, n && `${n} ;  rel = "next"`].filter(Boolean).join(' ,  ')],
	])('reads the link header with %s', async (_name, style) => {
		const requests = mockShopline('GET', LIST, store(700, (n, p) => style(n, p) || undefined));
		const result = await runShopline({ operation: 'getAll', returnAll: true });
		expect(requests.map((r) => r.query.page_info)).toEqual([undefined, 'p2', 'p3']);
		expect(ids(result)).toEqual(expected(700));
	});

	it.each(['Link', 'LINK', 'link'])('reads the header named %s', async (name) => {
		mockShopline('GET', LIST, (request, index) => {
			const [status, body, headers] = store(300)(request);
			return [status, body, index === 0 ? { [name]: headers.link } : {}];
		});
		const result = await runShopline({ operation: 'getAll', returnAll: true });
		expect(ids(result)).toEqual(expected(300));
	});

	it('stops when there is no next link, even on a full page', async () => {
		const requests = mockShopline('GET', LIST, store(500));
		const result = await runShopline({ operation: 'getAll', returnAll: true });
		expect(requests).toHaveLength(2);
		expect(ids(result)).toEqual(expected(500));
	});

	it('spans pages to reach Limit and asks for nothing beyond it', async () => {
		const requests = mockShopline('GET', LIST, store(10_000));
		const result = await runShopline({ operation: 'getAll', returnAll: false, limit: 300, options: { pageSize: 100 } });
		expect(requests.map((r) => r.query)).toEqual([{ limit: '100' }, { limit: '100', page_info: 'p2' }, { limit: '100', page_info: 'p3' }]);
		expect(ids(result)).toEqual(expected(300));
	});

	it('asks for just Limit products when Limit is below the page size', async () => {
		const requests = mockShopline('GET', LIST, store(10_000));
		const result = await runShopline({ operation: 'getAll', returnAll: false, limit: 7 });
		expect(requests.map((r) => r.query)).toEqual([{ limit: '7' }]);
		expect(ids(result)).toEqual(expected(7));
	});

	it('stops a store that would page forever, with an error, at Max Pages', async () => {
		const requests = mockShopline(
			'GET',
			LIST,
			(_request, index) => [200, { products: [shoplineProduct(index + 1)] }, { link: `${linkTo(`x${index + 1}`, 1)}; rel="next"` }],
			6,
		);
		const result = await runShopline({ operation: 'getAll', returnAll: true, options: { maxPages: 6 } });
		expect(requests).toHaveLength(6);
		expect(result.error?.message).toBe('The list goes on past Max Pages (6)');
	});

	it('stops with an error when a next link points back to a page already read', async () => {
		const requests = mockShopline('GET', LIST, (request) => {
			const back = request.query.page_info === 'B';
			return [200, { products: [shoplineProduct(back ? 2 : 1)] }, { link: `${linkTo(back ? 'A' : 'B', 250)}; rel="next"` }];
		});
		const result = await runShopline({ operation: 'getAll', returnAll: true });
		expect(requests.map((r) => r.query.page_info)).toEqual([undefined, 'B', 'A']);
		expect(result.error?.message).toBe('SHOPLINE sent a next-page link that was already followed');
	});
});
