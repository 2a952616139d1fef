import { normalizeMeta, normalizeProduct, repairUrl } from '../../../nodes/Tmapi1688/model/normalize';
import detail from '../../fixtures/tmapi/item-detail.json';
import shopPage from '../../fixtures/tmapi/shop-items-v2.json';

describe('repairUrl', () => {
	it.each([
		['https:////cbu01.alicdn.com/img/a.jpg', 'https://cbu01.alicdn.com/img/a.jpg'],
		['http:////cbu01.alicdn.com/img/a.jpg', 'http://cbu01.alicdn.com/img/a.jpg'],
		['HTTPS:///cbu01.alicdn.com/a.jpg', 'https://cbu01.alicdn.com/a.jpg'],
		['//cbu01.alicdn.com/img/a.jpg', 'https://cbu01.alicdn.com/img/a.jpg'],
		['https://cbu01.alicdn.com/img/a.jpg', 'https://cbu01.alicdn.com/img/a.jpg'],
		[' ', ' '],
		['', ''],
	])('%j → %j', (input, expected) => {
		expect(repairUrl(input)).toBe(expected);
	});
});

describe('normalizeProduct', () => {
	it('repairs the seed shop items (four slashes) and keeps item_id a string', () => {
		const [first] = shopPage.data.items;
		const result = normalizeProduct(first);
		expect(result.img).toBe('https://cbu01.alicdn.com/img/ibank/O1CN01LwXIfD1F0EqsmPKl9_!!1000960424-0-cib.jpg');
		expect(result.item_id).toBe('765000043412');
		expect(result.title).toBe(first.title);
	});

	it('turns numeric item_id of the item detail into a string and leaves other numbers alone', () => {
		const result = normalizeProduct(detail.data as never);
		expect(result.item_id).toBe('859086919394');
		expect(result.category_id).toBe(1037924);
		expect(result.stock).toBe(44732);
	});

	it('repairs links nested in lists and objects, and only link-like fields', () => {
		const result = normalizeProduct({
			item_id: 1,
			title: '//not a link',
			main_imgs: ['//a.alicdn.com/1.jpg', 'https:////a.alicdn.com/2.jpg'],
			sku_props: [{ values: [{ name: '//x', imageUrl: '//a.alicdn.com/3.jpg' }] }],
		});
		expect(result.title).toBe('//not a link');
		expect(result.main_imgs).toEqual(['https://a.alicdn.com/1.jpg', 'https://a.alicdn.com/2.jpg']);
		expect(result.sku_props).toEqual([{ values: [{ name: '//x', imageUrl: 'https://a.alicdn.com/3.jpg' }] }]);
	});
});

describe('normalizeMeta', () => {
	it('turns numeric strings of total_count into numbers', () => {
		expect(normalizeMeta({ total_count: '2465', page: 1, keyword: '12' })).toEqual({ total_count: 2465, page: 1, keyword: '12' });
	});
});
