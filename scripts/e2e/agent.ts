/* eslint-disable @n8n/community-nodes/no-restricted-imports, no-console -- a development script run by Node.js: never part of a published package */
/**
 * Both action nodes as tools of n8n's AI Agent, in a real n8n (N8N_E2E_ONLY=agent). The
 * workflow (agentWorkflow.ts) gives the agent "Find a dress on 1688 and add the first one to my
 * SHOPLINE store as a draft.", an OpenAI Chat Model whose credential points at the emulator's
 * fake model, and the TMAPI 1688 node (Search → Items by Keyword) and the SHOPLINE node
 * (Product → Create) as tools, their model-filled fields as `$fromAI()` with the node's own
 * parameter names and field descriptions. The fake model decides from what n8n sends it
 * (emulator/openai.ts). Checked, with exact counts:
 *   - n8n runs it without error; the model is asked 3 times, the search tool and the create
 *     tool run once each;
 *   - every request offers both tools, each with the description n8n makes of the operation's
 *     action text and a JSON schema of exactly the node's parameter names, each described with
 *     the field's own description (printed);
 *   - the emulator got one GET /1688/search/items, between the model's first and second answer,
 *     with the keyword the model chose; then one POST products/products.json, between its second
 *     and third, with the first search result's title and status draft; nothing else;
 *   - the store holds that product as a draft, and the agent's answer names it and its ID;
 *   - the same workflow with the fields as the editor leaves them before one writes a
 *     description (key = the field's label, no description) makes the fake model refuse: n8n
 *     reports its reason and no product is created — the checks above can fail.
 * n8n runs without N8N_COMMUNITY_PACKAGES_ALLOW_TOOL_USAGE: since n8n 1.85 every installed
 * usableAsTool node gets its tool variant.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

import type { LogEntry, ModelExchange } from '../../emulator';
import type { EmulatorProcess } from '../lib/emulatorProcess';
import { AGENT_WORKFLOW_ID, agentWorkflow, MODEL_FIELDS, NODES, openAiCredential, TOOL_DESCRIPTIONS } from './agentWorkflow';
import { check, json } from './checks';
import { executeWorkflow, n8n, type Instance, type WorkflowRun } from './n8n';

const REFUSED_WORKFLOW_ID = 'agentToolsRefuse';

interface OfferedTool {
	type: string;
	function: { name: string; description?: string; parameters?: { properties?: Record<string, { type?: string; description?: string }>; required?: string[] } };
}

interface ChatBody {
	tools?: OfferedTool[];
	messages?: Array<{ role: string; content?: unknown; tool_call_id?: string }>;
}

const body = (exchange: ModelExchange | undefined) => (exchange?.body ?? {}) as ChatBody;
const toolCalls = (exchange: ModelExchange | undefined) => (exchange?.answer && 'toolCalls' in exchange.answer ? exchange.answer.toolCalls : []);
const isSearch = (entry: LogEntry) => entry.method === 'GET' && entry.path === '/1688/search/items';
const isCreate = (entry: LogEntry) => entry.method === 'POST' && entry.path.endsWith('/products/products.json');

/** The tool message n8n sent back in a request: the last one, parsed. */
function lastToolResult(exchange: ModelExchange | undefined): unknown {
	const messages = body(exchange).messages ?? [];
	const message = [...messages].reverse().find((entry) => entry.role === 'tool');
	try {
		return JSON.parse(String(message?.content ?? ''));
	} catch {
		return undefined;
	}
}

/** Imports the OpenAI credential and one version of the workflow (with an id of its own). */
async function importWorkflow(instance: Instance, emulatorUrl: string, workflow: ReturnType<typeof agentWorkflow>): Promise<void> {
	const credentials = join(instance.userFolder, 'agent-credentials.json');
	writeFileSync(credentials, JSON.stringify([openAiCredential(emulatorUrl)]));
	await n8n(instance, ['import:credentials', `--input=${credentials}`]);
	const file = join(instance.userFolder, `${workflow.id}.json`);
	writeFileSync(file, JSON.stringify(workflow));
	await n8n(instance, ['import:workflow', `--input=${file}`]);
}

/** The tool schema, as the model saw it, of one tool, printed. */
function printTool(tool: OfferedTool): void {
	console.log(`         tool ${tool.function.name}: "${tool.function.description}"`);
	for (const [name, schema] of Object.entries(tool.function.parameters?.properties ?? {})) console.log(`           ${name} (${schema.type}): ${JSON.stringify(schema.description ?? '')}`);
	console.log(`           required: ${(tool.function.parameters?.required ?? []).join(', ')}`);
}

/** Whether a tool offered to the model is exactly what the node describes: its description, parameter names and field descriptions. */
function matchesNode(tool: OfferedTool | undefined, description: string, fields: typeof MODEL_FIELDS.search): boolean {
	const properties = tool?.function.parameters?.properties ?? {};
	return (
		tool?.function.description === description &&
		JSON.stringify(Object.keys(properties)) === JSON.stringify(fields.map((field) => field.key)) &&
		JSON.stringify([...(tool?.function.parameters?.required ?? [])].sort()) === JSON.stringify(fields.map((field) => field.key).sort()) &&
		fields.every((field) => field.description.trim() !== '' && properties[field.key]?.description === field.description && properties[field.key]?.type === field.type)
	);
}

async function provenRun(label: string, emulator: EmulatorProcess, run: WorkflowRun): Promise<void> {
	const log = await emulator.log();
	const exchanges = (await emulator.chatModel()).filter((exchange) => exchange.path === '/v1/chat/completions');
	const refusals = exchanges.filter((exchange) => exchange.answer && 'refusal' in exchange.answer).map((exchange) => (exchange.answer as { refusal: string }).refusal);
	for (const refusal of refusals) console.log(`         the fake model refused: ${refusal}`);
	const answer = String(json(run, NODES.agent)[0]?.output ?? '');
	check(`${label} AI Agent: n8n runs the workflow without error`, !run.error && run.nodes[NODES.agent]?.status !== 'error' && answer !== '', run.error ?? run.nodes[NODES.agent]?.error ?? 'no answer');
	check(
		`${label} AI Agent: the model is asked 3 times, answers each (no refusal), and each tool runs once`,
		exchanges.length === 3 && exchanges.every((exchange) => exchange.status === 200) && run.nodes[NODES.model]?.runs === 3 && run.nodes[NODES.search]?.runs === 1 && run.nodes[NODES.create]?.runs === 1,
		`${exchanges.length} model requests (statuses ${exchanges.map((exchange) => exchange.status).join(', ')}), model node ${run.nodes[NODES.model]?.runs ?? 0} runs, search ${run.nodes[NODES.search]?.runs ?? 0}, create ${run.nodes[NODES.create]?.runs ?? 0}`,
	);

	// What n8n offered the model: printed from the first request, the same in every request.
	const offered = body(exchanges[0]).tools ?? [];
	for (const tool of offered) printTool(tool);
	const searchTool = offered.find((tool) => tool.function.description === TOOL_DESCRIPTIONS.search);
	const createTool = offered.find((tool) => tool.function.description === TOOL_DESCRIPTIONS.create);
	check(
		`${label} AI Agent: n8n offers both tools with the operations' action texts, and schemas of the nodes' parameter names with the fields' own descriptions`,
		offered.length === 2 &&
			matchesNode(searchTool, TOOL_DESCRIPTIONS.search, MODEL_FIELDS.search) &&
			matchesNode(createTool, TOOL_DESCRIPTIONS.create, MODEL_FIELDS.create) &&
			exchanges.every((exchange) => JSON.stringify(body(exchange).tools) === JSON.stringify(offered)),
		`expected "${TOOL_DESCRIPTIONS.search}" (${MODEL_FIELDS.search.map((field) => field.key).join(', ')}) and "${TOOL_DESCRIPTIONS.create}" (${MODEL_FIELDS.create.map((field) => field.key).join(', ')}), each field described; got ${JSON.stringify(offered).slice(0, 600)}`,
	);

	const [searchCall] = toolCalls(exchanges[0]);
	const [createCall] = toolCalls(exchanges[1]);
	console.log(`         model → ${searchCall?.name}(${JSON.stringify(searchCall?.arguments)}), then ${createCall?.name}(${JSON.stringify(createCall?.arguments)})`);
	const searches = log.filter(isSearch);
	const creates = log.filter(isCreate);
	const keyword = searchCall?.arguments.keyword;
	check(
		`${label} AI Agent: the emulator gets exactly one GET /1688/search/items, after the model's first answer and before its second, with the keyword the model chose`,
		searchCall?.name === searchTool?.function.name &&
			typeof keyword === 'string' &&
			searches.length === 1 &&
			searches[0].query.keyword === keyword &&
			log.indexOf(searches[0]) === 0 &&
			exchanges[0]?.apiRequestsBefore === 0 &&
			exchanges[1]?.apiRequestsBefore === 1,
		`model called ${searchCall?.name} with ${JSON.stringify(searchCall?.arguments)}; emulator searches: ${JSON.stringify(searches.map((entry) => entry.query.keyword))}; API requests before each model request: ${exchanges.map((exchange) => exchange.apiRequestsBefore).join(', ')}`,
	);

	// The first item of what the emulator answered to that search, asked again the same way.
	const again = searches[0] ? ((await (await fetch(`${emulator.url}${searches[0].path}?${new URLSearchParams(searches[0].query)}`)).json()) as { data?: { items?: Array<{ title?: string }> } }) : {};
	const firstTitle = again.data?.items?.[0]?.title;
	const sent = creates[0]?.body as { product?: { title?: string; status?: string } } | undefined;
	check(
		`${label} AI Agent: then exactly one POST products/products.json, after the model's second answer and before its third, titled with the first search result and status draft`,
		createCall?.name === createTool?.function.name &&
			typeof firstTitle === 'string' &&
			createCall?.arguments.title === firstTitle &&
			createCall?.arguments.status === 'draft' &&
			creates.length === 1 &&
			sent?.product?.title === firstTitle &&
			sent?.product?.status === 'draft' &&
			log.length === 2 &&
			exchanges[2]?.apiRequestsBefore === 2,
		`first search result "${firstTitle}"; model called ${createCall?.name} with ${JSON.stringify(createCall?.arguments)}; emulator got ${creates.length} creates (${JSON.stringify(sent?.product ?? {})}) among ${log.length} requests`,
	);

	const created = lastToolResult(exchanges[2]);
	const product = (Array.isArray(created) ? created[0] : created) as { id?: string } | undefined;
	const stored = product?.id ? (await emulator.shopline<{ product: { title?: string; status?: string } }>(`products/${product.id}.json`)).body.product : undefined;
	console.log(`         agent: ${answer}`);
	check(
		`${label} AI Agent: the store holds the product as a draft, and the agent's answer names it and its ID`,
		typeof product?.id === 'string' && stored?.title === firstTitle && stored?.status === 'draft' && answer.includes(String(firstTitle)) && answer.includes(product.id),
		`created ${JSON.stringify(product ?? {}).slice(0, 200)}; stored ${JSON.stringify(stored ?? {})}; answer ${JSON.stringify(answer)}`,
	);
}

/** The AI Agent checks on one n8n line. */
export async function agentChecks(label: string, instance: Instance, emulator: EmulatorProcess): Promise<void> {
	// Without the setting n8n before 1.85 needed: the lines tested here must not depend on it.
	const env = { ...instance.env };
	delete env.N8N_COMMUNITY_PACKAGES_ALLOW_TOOL_USAGE;
	const plain: Instance = { ...instance, env };
	await importWorkflow(plain, emulator.url, agentWorkflow(instance.install.line));
	await emulator.reset(true);
	await provenRun(label, emulator, await executeWorkflow(plain, AGENT_WORKFLOW_ID));

	// The fields as the editor leaves them before one writes a description: the label as the key, no description.
	const bare = (fields: typeof MODEL_FIELDS.search) => fields.map((field) => ({ ...field, key: field.label.replace(/[^a-zA-Z0-9-]/g, '_'), description: '' }));
	await importWorkflow(plain, emulator.url, { ...agentWorkflow(instance.install.line, { search: MODEL_FIELDS.search, create: bare(MODEL_FIELDS.create) }), id: REFUSED_WORKFLOW_ID });
	await emulator.reset(true);
	const refused = await executeWorkflow(plain, REFUSED_WORKFLOW_ID);
	const log = await emulator.log();
	const model = refused.nodes[NODES.model];
	const reported = [...new Set([refused.error, refused.errorDescription, model?.error, model?.errorDescription].filter(Boolean))].join(' — ');
	console.log(`         n8n reports: ${reported || '(no error)'}`);
	check(
		`${label} AI Agent: with the create fields keyed by label and undescribed, the fake model refuses after the search, n8n reports why, and nothing is created`,
		Boolean(refused.error) && /has no argument "title"/.test(reported) && log.filter(isSearch).length === 1 && log.filter(isCreate).length === 0,
		`n8n reported ${JSON.stringify(reported)}; emulator log ${log.map((entry) => `${entry.method} ${entry.path}`).join(', ')}`,
	);
}
