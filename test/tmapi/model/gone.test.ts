import { goneFromDetail, goneFromFailure } from '../../../nodes/Tmapi1688/model/gone';

describe('TMAPI 1688: whether an offer is gone', () => {
	it.each([
		[{ code: 404, httpStatus: 200, msg: 'Item not found' }, 'not_found'],
		[{ code: 404, httpStatus: 404, msg: 'Item not found' }, 'not_found'],
		[{ code: 422, httpStatus: 200, msg: '商品不存在' }, 'not_found'],
		[{ code: 417, httpStatus: 200, msg: '该商品已下架' }, 'delisted'],
		[{ code: 422, httpStatus: 200, msg: 'The offer is offline' }, 'delisted'],
		[{ code: 404, httpStatus: 200, msg: '' }, 'not_found'],
	])('a failure %j means %s', (facts, reason) => {
		expect(goneFromFailure(facts)).toBe(reason);
	});

	it.each([
		[{ code: 404, httpStatus: 404, msg: 'no Route matched with those values' }],
		[{ code: 439, httpStatus: 200, msg: 'Item removed? Subscription expired' }],
		[{ code: 503, httpStatus: 200, msg: 'not found' }],
		[{ code: 417, httpStatus: 200, msg: 'Failed to retrieve data, please try again' }],
		[{ code: 422, httpStatus: 200, msg: 'Parameter error' }],
	])('a failure %j says nothing of the offer', (facts) => {
		expect(goneFromFailure(facts)).toBeUndefined();
	});

	it('a detail: offline status is delisted; no stock on every SKU, or sold out, is out_of_stock; any stock or unknown stock is on sale', () => {
		expect(goneFromDetail({ status: 'offline', skus: [{ stock: 5 }] })).toBe('delisted');
		expect(goneFromDetail({ skus: [{ stock: 0 }, { stock: '0' }] })).toBe('out_of_stock');
		expect(goneFromDetail({ is_sold_out: true, skus: [{ stock: 3 }] })).toBe('out_of_stock');
		expect(goneFromDetail({ skus: [], stock: 0 })).toBe('out_of_stock');
		expect(goneFromDetail({ skus: [{ stock: 0 }, { stock: 1 }] })).toBeUndefined();
		expect(goneFromDetail({ skus: [{ stock: 0 }, { stock: 'many' }] })).toBeUndefined();
		expect(goneFromDetail({ skus: [], stock: '' })).toBeUndefined();
		expect(goneFromDetail({ status: 'x'.repeat(200) + 'offline', skus: [{ stock: 1 }] })).toBeUndefined();
	});
});
