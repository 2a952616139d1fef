import type { IDataObject, INode } from 'n8n-workflow';

import { PageList, type FetchedPage, type PageQuery } from '../../../nodes/Tmapi1688/api/pageList';

/** What pages say about a list, without any request: the part of pagination that decides. */

const node: INode = { id: '1', name: 'TMAPI 1688', type: 'n8n-nodes-tmapi-1688.tmapi1688', typeVersion: 1, position: [0, 0], parameters: {} };
const query = (extra: Partial<PageQuery> = {}): PageQuery => ({ path: '/1688/shop/items/v2', qs: {}, itemIndex: 0, startPage: 1, maxPages: 250, pageSize: 2, ...extra });
const products = (...ids: number[]): IDataObject[] => ids.map((id) => ({ item_id: id }));
const page = (number: number, items: IDataObject[], meta: IDataObject = {}): FetchedPage => ({ page: number, meta, items });
const kept = (list: PageList) => list.pages.flatMap((fetched) => fetched.items.map((item) => item.item_id));

describe('TMAPI page list', () => {
	it('says the list is complete once the pages hold total_count, and keeps every product', () => {
		const first = page(1, products(1, 2), { total_count: 3 });
		const list = new PageList(node, query(), first);
		expect([list.accept(first), list.accept(page(2, products(3)))]).toEqual([undefined, 'total']);
		expect(kept(list)).toEqual([1, 2, 3]);
	});

	it('cuts at Limit and says so', () => {
		const first = page(1, products(1, 2), { total_count: 10 });
		const list = new PageList(node, query({ limit: 3 }), first);
		expect([list.accept(first), list.accept(page(2, products(3, 4)))]).toEqual([undefined, 'limit']);
		expect(kept(list)).toEqual([1, 2, 3]);
	});

	it('without a total, ends on a short page', () => {
		const first = page(1, products(1, 2));
		const list = new PageList(node, query(), first);
		expect([list.accept(first), list.accept(page(2, products(3)))]).toEqual([undefined, 'short']);
	});

	it('drops a product seen on an earlier page, and refuses a page of repeats', () => {
		const first = page(1, products(1, 2));
		const list = new PageList(node, query(), first);
		list.accept(first);
		list.accept(page(2, products(2, 3)));
		expect(kept(list)).toEqual([1, 2, 3]);
		expect(() => list.accept(page(3, products(1, 3)))).toThrow('TMAPI returned page 3 with only products already seen on earlier pages');
	});

	it('refuses an end that would pass a partial list for a whole one', () => {
		const first = page(1, products(1, 2), { total_count: 5 });
		const list = new PageList(node, query(), first);
		list.accept(first);
		const end = list.accept(page(2, []));
		expect(end).toBe('empty');
		expect(() => list.checkEnd({ reason: 'empty', page: 2 }, [])).toThrow('TMAPI reported 5 products (total_count) but the pages held 2: page 2 was empty');
		expect(() => list.checkEnd({ reason: 'empty', page: 2 }, [page(3, products(9))])).toThrow('TMAPI pages disagree: page 2 was empty but page 3 held 1 products');
	});

	it('counts pages with the size asked, unless the first page shows the API capped it', () => {
		expect(new PageList(node, query({ pageSize: 50 }), page(1, products(1, 2), { page_size: 20 })).pageSize).toBe(50);
		expect(new PageList(node, query({ pageSize: 50 }), page(1, products(1, 2), { page_size: 2 })).pageSize).toBe(2);
		expect(new PageList(node, query({ pageSize: undefined }), page(1, products(1, 2, 3))).pageSize).toBe(3);
	});
});
