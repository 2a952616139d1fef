/* eslint-disable @n8n/community-nodes/require-node-api-error -- the local API emulator, a Node.js server for tests and demos: never part of a published package */
/**
 * A fake OpenAI-compatible chat model, served by the emulator under /openai/v1 (point an n8n
 * OpenAI credential's Base URL at <emulator>/openai/v1 and turn off "Use Responses API"): the
 * model of the AI Agent end-to-end test. It speaks Chat Completions (POST /chat/completions,
 * GET /models), checks the API key, and records every request with what it answered.
 *
 * It is not a script of canned answers: like a model it reads what n8n sends — the user's
 * request, the tool results so far and the tools offered with their descriptions and JSON
 * schemas — and decides. It understands one kind of task, "find <something> on 1688 and add
 * the first one to my SHOPLINE store (as a draft)":
 *   1. it calls the tool whose description says it searches 1688 items by keyword, with the
 *      argument `keyword` (in Chinese when that argument's description asks for Chinese);
 *   2. given the search result back, it calls the tool whose description says it creates a
 *      product in SHOPLINE, with `title` = the first result's title and `status` = draft (a
 *      value that argument's description must list);
 *   3. given the created product back, it answers with a text naming it.
 * A tool is chosen by its description only (never by its name), an argument by the node's
 * parameter name it expects in the schema, and an argument is used only when its description
 * says what it is for. Whatever it cannot fill from what it was given (no fitting tool, an
 * expected argument absent or undescribed, a required argument it does not understand) it
 * refuses loudly: HTTP 400 with an OpenAI-style error naming what is missing, which n8n shows as
 * the agent's error.
 */

export const OPENAI_API_KEY = 'emulator-openai-key';
export const OPENAI_MODEL = 'emulator-shopper-1';

interface JsonSchema {
	type?: string | string[];
	description?: string;
	properties?: Record<string, JsonSchema>;
	required?: string[];
	enum?: unknown[];
}

interface ChatTool {
	type: string;
	function: { name: string; description?: string; parameters?: JsonSchema };
}

interface ToolCall {
	id: string;
	type: 'function';
	function: { name: string; arguments: string };
}

interface ChatMessage {
	role: string;
	content?: string | Array<{ type: string; text?: string }> | null;
	tool_calls?: ToolCall[];
	tool_call_id?: string;
}

interface ChatRequest {
	model?: string;
	messages?: ChatMessage[];
	tools?: ChatTool[];
	stream?: boolean;
}

/** What the model answered: tool calls, a text, or a refusal (an error). */
export type ModelAnswer = { toolCalls: Array<{ name: string; arguments: Record<string, unknown> }> } | { text: string } | { refusal: string };

/** One request the fake received, with what it answered. */
export interface ModelExchange {
	method: string;
	path: string;
	/** How many TMAPI and SHOPLINE requests the emulator had logged when this one came in. */
	apiRequestsBefore: number;
	body: unknown;
	status: number;
	answer?: ModelAnswer;
}

/** Words whose 1688 keyword is known, for a tool that asks for its keyword in Chinese. */
const CHINESE: Record<string, string> = {
	dress: '连衣裙',
	dresses: '连衣裙',
	necklace: '项链',
	bag: '包',
	shoes: '鞋',
	'phone case': '手机壳',
};

class Refusal extends Error {}

const text = (content: ChatMessage['content']): string =>
	typeof content === 'string' ? content : (content ?? []).map((part) => part.text ?? '').join('');

/** The one tool whose description has all these words; none or several is a refusal. */
function pickTool(tools: ChatTool[], goal: string, words: RegExp[]): ChatTool {
	const fits = tools.filter((tool) => words.every((word) => word.test(tool.function.description ?? '')));
	const offered = tools.map((tool) => `${tool.function.name}: "${tool.function.description ?? ''}"`).join('; ') || 'none';
	if (fits.length !== 1) throw new Refusal(`${fits.length === 0 ? 'no tool' : `${fits.length} tools`} whose description fits "${goal}" among the tools offered (${offered})`);
	return fits[0];
}

/** The argument `name` of a tool's schema, used only when its description says `purpose`. */
function argument(tool: ChatTool, name: string, purpose: RegExp): JsonSchema {
	const properties = tool.function.parameters?.properties ?? {};
	const listed = Object.keys(properties).join(', ') || 'none';
	const schema = properties[name];
	if (!schema) throw new Refusal(`the tool ${tool.function.name} has no argument "${name}" (its schema lists: ${listed})`);
	if (!purpose.test(schema.description ?? '')) {
		throw new Refusal(`the argument "${name}" of ${tool.function.name} does not say what it is for (description ${JSON.stringify(schema.description ?? '')}, expected one matching ${purpose})`);
	}
	return schema;
}

/** Refuses when the tool requires an argument the model has not filled. */
function checkRequired(tool: ChatTool, args: Record<string, unknown>): void {
	const missing = (tool.function.parameters?.required ?? []).filter((name) => !(name in args));
	if (missing.length > 0) throw new Refusal(`the tool ${tool.function.name} requires ${missing.join(', ')}, which the task gives no value for`);
}

/** The first object with a string `title` in a tool's result (a JSON array of items). */
function firstTitled(result: unknown): Record<string, unknown> | undefined {
	if (Array.isArray(result)) {
		for (const entry of result) {
			const found = firstTitled(entry);
			if (found) return found;
		}
		return undefined;
	}
	if (result && typeof result === 'object') {
		const record = result as Record<string, unknown>;
		if (typeof record.title === 'string' && record.title.trim() !== '') return record;
		for (const value of Object.values(record)) {
			const found = firstTitled(value);
			if (found) return found;
		}
	}
	return undefined;
}

function parseJson(content: string, what: string): unknown {
	try {
		return JSON.parse(content);
	} catch {
		throw new Refusal(`${what} is not JSON: ${content.slice(0, 200)}`);
	}
}

/** The model's next step for one Chat Completions request. */
export function decide(request: ChatRequest): ModelAnswer {
	const messages = request.messages ?? [];
	const tools = request.tools ?? [];
	const users = messages.filter((message) => message.role === 'user');
	const task = text(users[users.length - 1]?.content);
	const wanted = /\b(?:find|search for|look for)\s+(?:an?\s+|some\s+)?([a-z]+(?: [a-z]+)?)\s+on 1688\b/i.exec(task)?.[1].toLowerCase();
	if (!wanted || !/\bshopline\b/i.test(task)) throw new Refusal(`the user's request is not "find … on 1688 and add it to SHOPLINE": ${JSON.stringify(task.slice(0, 200))}`);

	// The tool results so far, each with the tool (by its description) that gave it.
	const calls = new Map<string, ChatTool | undefined>();
	for (const message of messages) {
		for (const call of message.tool_calls ?? []) calls.set(call.id, tools.find((tool) => tool.function.name === call.function.name));
	}
	const results = messages.filter((message) => message.role === 'tool').map((message) => ({ tool: calls.get(message.tool_call_id ?? ''), content: text(message.content) }));
	const isSearch = /search/i;
	const isCreate = /create/i;
	const searched = results.find((result) => isSearch.test(result.tool?.function.description ?? ''));
	const created = results.find((result) => isCreate.test(result.tool?.function.description ?? ''));

	if (!searched) {
		const tool = pickTool(tools, 'search 1688 items by keyword', [/\bsearch/i, /\bkeyword/i, /\b1688\b/]);
		const schema = argument(tool, 'keyword', /search/i);
		let keyword = wanted;
		if (/chinese/i.test(schema.description ?? '')) {
			keyword = CHINESE[wanted];
			if (!keyword) throw new Refusal(`the argument "keyword" asks for Chinese and the model knows no Chinese for "${wanted}"`);
		}
		const args = { keyword };
		checkRequired(tool, args);
		return { toolCalls: [{ name: tool.function.name, arguments: args }] };
	}
	const first = firstTitled(parseJson(searched.content, 'the search result'));
	if (!first) throw new Refusal(`the search result holds no item with a title: ${searched.content.slice(0, 200)}`);
	const title = String(first.title);
	if (!created) {
		const tool = pickTool(tools, 'create a product in SHOPLINE', [/\bcreate/i, /\bproduct/i, /\bshopline\b/i]);
		argument(tool, 'title', /title|name/i);
		const args: Record<string, unknown> = { title };
		if (/\bdraft\b/i.test(task)) {
			argument(tool, 'status', /\bdraft\b/);
			args.status = 'draft';
		}
		checkRequired(tool, args);
		return { toolCalls: [{ name: tool.function.name, arguments: args }] };
	}
	const product = parseJson(created.content, 'the created product');
	const record = (Array.isArray(product) ? product[0] : product) as Record<string, unknown> | undefined;
	if (!record || typeof record.id !== 'string') throw new Refusal(`the create result holds no product ID: ${created.content.slice(0, 200)}`);
	const status = typeof record.status === 'string' ? record.status : 'unknown';
	return { text: `I searched 1688 for ${wanted} and added the first result to your SHOPLINE store: "${String(record.title ?? title)}" (product ID ${record.id}, status ${status}).` };
}

function completion(request: ChatRequest, answer: Exclude<ModelAnswer, { refusal: string }>, sequence: number) {
	const message =
		'text' in answer
			? { role: 'assistant', content: answer.text }
			: {
					role: 'assistant',
					content: null,
					tool_calls: answer.toolCalls.map((call, index) => ({ id: `call_${sequence}_${index}`, type: 'function', function: { name: call.name, arguments: JSON.stringify(call.arguments) } })),
				};
	return {
		id: `chatcmpl-emulator-${sequence}`,
		object: 'chat.completion',
		created: Math.floor(Date.now() / 1000),
		model: request.model ?? OPENAI_MODEL,
		choices: [{ index: 0, message, finish_reason: 'text' in answer ? 'stop' : 'tool_calls' }],
		usage: { prompt_tokens: 0, completion_tokens: 0, total_tokens: 0 },
	};
}

const error = (status: number, message: string, code: string) => ({ status, body: { error: { message, type: 'invalid_request_error', param: null, code } } });

/** The fake model's endpoints and its record of requests; the emulator's server routes /openai/… here. */
export class FakeChatModel {
	readonly exchanges: ModelExchange[] = [];

	reset(): void {
		this.exchanges.length = 0;
	}

	/** Answers one request under /openai (path without that prefix); `body` is its parsed JSON. */
	answer(method: string, path: string, authorization: string | undefined, body: unknown, apiRequestsBefore: number): { status: number; body: unknown } {
		const exchange: ModelExchange = { method, path, apiRequestsBefore, body, status: 0 };
		this.exchanges.push(exchange);
		const reply = this.reply(method, path, authorization, body as ChatRequest, exchange);
		exchange.status = reply.status;
		return reply;
	}

	private reply(method: string, path: string, authorization: string | undefined, request: ChatRequest, exchange: ModelExchange): { status: number; body: unknown } {
		if (authorization !== `Bearer ${OPENAI_API_KEY}`) return error(401, 'Incorrect API key provided.', 'invalid_api_key');
		if (method === 'GET' && path === '/v1/models') return { status: 200, body: { object: 'list', data: [{ id: OPENAI_MODEL, object: 'model', created: 0, owned_by: 'emulator' }] } };
		if (path === '/v1/responses') return error(404, 'This OpenAI-compatible server speaks Chat Completions only: turn off "Use Responses API" in the OpenAI Chat Model node.', 'unknown_url');
		if (method !== 'POST' || path !== '/v1/chat/completions') return error(404, `Unknown request ${method} ${path}`, 'unknown_url');
		if (request?.model !== OPENAI_MODEL) return error(404, `The model ${JSON.stringify(request?.model)} does not exist; this server has ${OPENAI_MODEL}.`, 'model_not_found');
		if (request.stream) return error(400, 'This fake model does not stream; send "stream": false.', 'stream_unsupported');
		try {
			const answer = decide(request);
			exchange.answer = answer;
			return { status: 200, body: completion(request, answer as Exclude<ModelAnswer, { refusal: string }>, this.exchanges.length) };
		} catch (failure) {
			if (!(failure instanceof Refusal)) throw failure;
			exchange.answer = { refusal: failure.message };
			return error(400, `The fake model cannot go on: ${failure.message}`, 'fake_model_refused');
		}
	}
}
