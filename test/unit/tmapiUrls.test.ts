import { normalizeItemUrl, normalizeShopUrl } from '../../nodes/Tmapi1688/model/urls';

describe('normalizeShopUrl', () => {
	it.each([
		['https://xldjjg.1688.com/', 'https://xldjjg.1688.com/'],
		['https://xldjjg.1688.com', 'https://xldjjg.1688.com/'],
		['http://xldjjg.1688.com/page/offerlist.htm?spm=a2615', 'https://xldjjg.1688.com/'],
		['xldjjg.1688.com', 'https://xldjjg.1688.com/'],
		['xldjjg.1688.com/page/creditdetail.htm', 'https://xldjjg.1688.com/'],
		['  XLDJJG.1688.com  ', 'https://xldjjg.1688.com/'],
		['//shop-abc123.1688.com/', 'https://shop-abc123.1688.com/'],
		[
			'https://winport.m.1688.com/page/index.html?memberId=b2b-22146365959302bc20',
			'https://winport.m.1688.com/page/index.html?memberId=b2b-22146365959302bc20',
		],
	])('accepts %j as %j', (input, expected) => {
		expect(normalizeShopUrl(input)).toEqual({ ok: true, value: expected });
	});

	it.each([
		['https://example.com/', 'host must end in .1688.com'],
		['https://xldjjg.1688.com.evil.io/', 'host must end in .1688.com'],
		['https://detail.1688.com/offer/859086919394.html', 'product address'],
		['https://www.1688.com/', 'site page, not a shop'],
		['https://1688.com/', 'site page, not a shop'],
		['not a url at all', 'host must end in .1688.com'],
		['ftp://xldjjg.1688.com/', 'host must end in .1688.com'],
	])('refuses %j', (input, reason) => {
		expect(normalizeShopUrl(input)).toMatchObject({ ok: false, expectation: expect.stringContaining(reason) });
	});
});

describe('normalizeItemUrl', () => {
	const canonical = 'https://detail.1688.com/offer/859086919394.html';
	it.each([
		['https://detail.1688.com/offer/859086919394.html'],
		['http://detail.1688.com/offer/859086919394.html?spm=a26352.13672862&sk=consign'],
		['detail.1688.com/offer/859086919394.html'],
		['https://m.1688.com/offer/859086919394.html'],
		['https://detail.m.1688.com/page/index.html?offerId=859086919394'],
		['859086919394'],
		[' 859086919394 '],
	])('accepts %j', (input) => {
		expect(normalizeItemUrl(input)).toEqual({ ok: true, value: canonical });
	});

	it.each([
		['https://xldjjg.1688.com/', 'shop address'],
		['https://item.taobao.com/item.htm?id=859086919394', 'host must end in .1688.com'],
		['https://detail.1688.com/', 'no offer ID'],
		['12345', 'host must end in .1688.com'],
		['offer 859086919394', 'host must end in .1688.com'],
	])('refuses %j', (input, reason) => {
		expect(normalizeItemUrl(input)).toMatchObject({ ok: false, expectation: expect.stringContaining(reason) });
	});
});
