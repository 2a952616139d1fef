import { normalizeItemUrl, normalizeShopUrl, normalizeImageUrl } from '../../../nodes/Tmapi1688/model/urls';

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

describe('normalizeImageUrl: what image search takes as it is, and what it converts first', () => {
	it.each([
		['https://cbu01.alicdn.com/img/ibank/O1CN01a_!!1-0-cib.jpg', 'https://cbu01.alicdn.com/img/ibank/O1CN01a_!!1-0-cib.jpg', true],
		['//img.alicdn.com/imgextra/i1/a.jpg', 'https://img.alicdn.com/imgextra/i1/a.jpg', true],
		['  http://gw.alicdn.com/a.png ', 'http://gw.alicdn.com/a.png', true],
		['https://detail.1688.com/pic/a.jpg', 'https://detail.1688.com/pic/a.jpg', true],
		['https://img.taobao.com/a.jpg', 'https://img.taobao.com/a.jpg', true],
		['/search/imgextra/1692942898123_q7ftzxs9.jpg', '/search/imgextra/1692942898123_q7ftzxs9.jpg', true],
		['https://images.example.com/dress.jpg?w=800', 'https://images.example.com/dress.jpg?w=800', false],
		['https://alicdn.com.evil.example/a.jpg', 'https://alicdn.com.evil.example/a.jpg', false],
		['https://notalicdn.com/a.jpg', 'https://notalicdn.com/a.jpg', false],
	])('%s → %s (Alibaba: %s)', (input, value, alibaba) => {
		expect(normalizeImageUrl(input)).toEqual({ ok: true, value, alibaba });
	});

	it.each(['photo.jpg', 'ftp://example.com/a.jpg', 'data:image/png;base64,AAAA', 'https://localhost/a.jpg', 'not a url'])('refuses %s', (input) => {
		expect(normalizeImageUrl(input)).toMatchObject({ ok: false, expectation: expect.stringContaining('use the address of an image') });
	});
});
