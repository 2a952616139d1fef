import { normalizeImageUrl } from '../../nodes/Tmapi1688/model/urls';

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
