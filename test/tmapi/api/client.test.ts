import { runTmapi } from '../../helpers/run';
import { tmapiCredentials } from '../../helpers/workflows';
import { mockTmapi } from '../../helpers/tmapiServer';
import detail from '../../fixtures/tmapi/item-detail.json';

describe('TMAPI API credential hosts', () => {
	it.each([
		['https://api.tmapi.io', {}, 'https://api.tmapi.io'],
		['http://api.tmapi.top', {}, 'http://api.tmapi.top'],
		['custom', { customBaseUrl: 'http://gateway.internal:8787/tmapi/' }, 'http://gateway.internal:8787/tmapi'],
	])('host %s', async (host, extra, base) => {
		const path = base.endsWith('/tmapi') ? '/tmapi/1688/item_detail_by_url' : '/1688/item_detail_by_url';
		const origin = new URL(base).origin;
		const requests = mockTmapi('POST', path, () => [200, detail], 1, origin);
		const result = await runTmapi({ resource: 'item', operation: 'getDetail', productUrl: '859086919394' }, { credentials: tmapiCredentials({ host, ...extra }) });
		expect(result.error).toBeUndefined();
		expect(requests).toHaveLength(1);
	});
});
