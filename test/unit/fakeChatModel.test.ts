/**
 * The emulator's fake chat model (emulator/openai.ts) decides from what it is sent: the tool by
 * its description (never its name), each argument by the parameter name it expects and only
 * when that argument's description says what it is for. Whatever is missing, it refuses.
 */
import { Emulator, OPENAI_API_KEY, OPENAI_MODEL } from '../../emulator';
import { decide } from '../../emulator/openai';

const TASK = 'Find a dress on 1688 and add the first one to my SHOPLINE store as a draft.';

const tool = (name: string, description: string, properties: Record<string, string>) => ({
	type: 'function',
	function: { name, description, parameters: { type: 'object', properties: Object.fromEntries(Object.entries(properties).map(([key, text]) => [key, { type: 'string', description: text }])), required: Object.keys(properties) } },
});

// Names swapped on purpose: the model must go by the descriptions.
const SEARCH = tool('Create_Something', 'Search items by keyword in TMAPI 1688', { keyword: 'What to search for on 1688, best in Chinese' });
const CREATE = tool('Search_Something', 'Create a product in SHOPLINE', { title: 'Product name shoppers see', status: 'Active, draft or archived' });

const call = (id: string, name: string, args: object) => ({ role: 'assistant', content: null, tool_calls: [{ id, type: 'function' as const, function: { name, arguments: JSON.stringify(args) } }] });
const result = (id: string, value: unknown) => ({ role: 'tool', tool_call_id: id, content: JSON.stringify(value) });

describe('the fake chat model', () => {
	it('searches first, by the tool whose description fits, in Chinese when the keyword asks for it', () => {
		expect(decide({ messages: [{ role: 'user', content: TASK }], tools: [CREATE, SEARCH] })).toEqual({ toolCalls: [{ name: 'Create_Something', arguments: { keyword: '连衣裙' } }] });
		const english = tool('s', 'Search items by keyword in TMAPI 1688', { keyword: 'What to search for' });
		expect(decide({ messages: [{ role: 'user', content: TASK }], tools: [english] })).toEqual({ toolCalls: [{ name: 's', arguments: { keyword: 'dress' } }] });
	});

	it('then creates the first result as a draft, then names it', () => {
		const messages = [{ role: 'user', content: TASK }, call('c1', 'Create_Something', { keyword: '连衣裙' }), result('c1', [{ item_id: 1, title: '新款连衣裙 1号' }, { item_id: 2, title: 'second' }])];
		expect(decide({ messages, tools: [SEARCH, CREATE] })).toEqual({ toolCalls: [{ name: 'Search_Something', arguments: { title: '新款连衣裙 1号', status: 'draft' } }] });
		const done = [...messages, call('c2', 'Search_Something', { title: '新款连衣裙 1号', status: 'draft' }), result('c2', [{ id: '160578502648450000000001', title: '新款连衣裙 1号', status: 'draft' }])];
		expect(decide({ messages: done, tools: [SEARCH, CREATE] })).toEqual({ text: expect.stringMatching(/"新款连衣裙 1号" \(product ID 160578502648450000000001, status draft\)/) });
	});

	it('refuses what it cannot fill: no fitting tool, an expected argument absent or undescribed, a required one it does not know', () => {
		const user = [{ role: 'user', content: TASK }];
		expect(() => decide({ messages: user, tools: [CREATE] })).toThrow(/no tool whose description fits "search 1688 items by keyword"/);
		expect(() => decide({ messages: user, tools: [tool('s', 'Search items by keyword in TMAPI 1688', { Keyword: 'What to search for' })] })).toThrow(/has no argument "keyword" \(its schema lists: Keyword\)/);
		expect(() => decide({ messages: user, tools: [tool('s', 'Search items by keyword in TMAPI 1688', { keyword: '' })] })).toThrow(/"keyword" of s does not say what it is for/);
		expect(() => decide({ messages: user, tools: [tool('s', 'Search items by keyword in TMAPI 1688', { keyword: 'What to search for', sort: 'Order' })] })).toThrow(/requires sort/);
		const searched = [...user, call('c1', 's', { keyword: 'x' }), result('c1', [{ title: 'A' }])];
		const search = tool('s', 'Search items by keyword in TMAPI 1688', { keyword: 'What to search for' });
		expect(() => decide({ messages: searched, tools: [search, tool('c', 'Create a product in SHOPLINE', { title: 'Product name', status: 'Active or archived' })] })).toThrow(/"status" of c does not say what it is for/);
	});

	it('is served under /openai/v1 of the emulator, checks the key and records each request with the API requests before it', async () => {
		const emulator = new Emulator();
		const url = await emulator.start();
		try {
			const models = await fetch(`${url}/openai/v1/models`, { headers: { Authorization: `Bearer ${OPENAI_API_KEY}` } });
			expect(await models.json()).toMatchObject({ data: [{ id: OPENAI_MODEL }] });
			await fetch(`${url}/1688/search/items?keyword=x&apiToken=${emulator.options.tmapiToken}`);
			const wrongKey = await fetch(`${url}/openai/v1/chat/completions`, { method: 'POST', headers: { Authorization: 'Bearer wrong' }, body: '{}' });
			expect(wrongKey.status).toBe(401);
			const responses = await fetch(`${url}/openai/v1/responses`, { method: 'POST', headers: { Authorization: `Bearer ${OPENAI_API_KEY}` }, body: '{}' });
			expect(((await responses.json()) as { error: { message: string } }).error.message).toMatch(/turn off "Use Responses API"/);
			expect(emulator.chatModel.exchanges.map((exchange) => [exchange.path, exchange.status, exchange.apiRequestsBefore])).toEqual([
				['/v1/models', 200, 0],
				['/v1/chat/completions', 401, 1],
				['/v1/responses', 404, 1],
			]);
			expect(emulator.log).toHaveLength(1);
		} finally {
			await emulator.stop();
		}
	});
});
