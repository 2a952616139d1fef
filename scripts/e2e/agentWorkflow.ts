/**
 * The workflow of the AI Agent check, built from the nodes' own descriptions: Manual Trigger →
 * AI Agent, with an OpenAI Chat Model pointed at the emulator's fake model and both action nodes
 * as tools (their `…Tool` variants, which n8n makes of every `usableAsTool` node). Each field the
 * model fills is a `$fromAI(key, description, type)` expression as n8n's editor writes it ("Let
 * the model define this parameter", then a description): the key is the node's parameter name
 * and the description the field's own, read from the node source the packages are built from —
 * so the JSON schema n8n hands the model carries whatever the node says about the field.
 */
import type { INodeProperties, INodePropertyCollection, INodePropertyOptions } from 'n8n-workflow';

import { OPENAI_API_KEY, OPENAI_MODEL } from '../../emulator';
import { Shopline } from '../../nodes/Shopline/Shopline.node';
import { Tmapi1688 } from '../../nodes/Tmapi1688/Tmapi1688.node';
import { NODE_TYPE } from '../../test/harness/packages';
import type { Line } from '../lib/n8nCache';

export const AGENT_WORKFLOW_ID = 'agentToolsProof1';
export const OPENAI_CREDENTIAL_ID = 'openAiEmulator01';
export const PROMPT = 'Find a dress on 1688 and add the first one to my SHOPLINE store as a draft.';
export const NODES = { agent: 'AI Agent', model: 'OpenAI Chat Model', search: 'Search 1688', create: 'Create SHOPLINE Product' } as const;

type Properties = INodeProperties[];

/** The operation's option (name, action) of a node's resource. */
export function operationOption(properties: Properties, resource: string, operation: string): INodePropertyOptions {
	const list = properties.find((property) => property.name === 'operation' && property.displayOptions?.show?.resource?.includes(resource));
	const option = (list?.options as INodePropertyOptions[] | undefined)?.find((entry) => entry.value === operation);
	if (!option) throw new Error(`No operation ${resource} → ${operation} in the node`);
	return option;
}

/** A field of one operation, by its path of parameter names (a collection's option after the collection). */
export function operationField(properties: Properties, resource: string, operation: string, path: string[]): INodeProperties {
	const shown = (property: INodeProperties) => property.displayOptions?.show?.resource?.includes(resource) && property.displayOptions.show.operation?.includes(operation);
	let field = properties.find((property) => property.name === path[0] && shown(property));
	for (const name of path.slice(1)) field = (field?.options as Array<INodeProperties | INodePropertyCollection> | undefined)?.find((option) => option.name === name) as INodeProperties | undefined;
	if (!field) throw new Error(`No field ${path.join(' → ')} in ${resource} → ${operation}`);
	return field;
}

/** What a field's $fromAI gets: its parameter name, its own description, its JSON type. */
export interface ModelField {
	key: string;
	/** The field's label in the editor. */
	label: string;
	description: string;
	type: 'string' | 'number' | 'boolean';
}

export function modelField(field: INodeProperties): ModelField {
	const type = field.type === 'number' || field.type === 'boolean' ? field.type : 'string';
	return { key: field.name, label: field.displayName, description: field.description ?? '', type };
}

/** The expression the editor writes for a model-defined field (backtick-quoted description, its marker). */
export function fromAI({ key, description, type }: ModelField): string {
	const quoted = description.replace(/\\/g, '\\\\').replace(/`/g, '\\`');
	return `={{ /*n8n-auto-generated-fromAI-override*/ $fromAI('${key}', \`${quoted}\`, '${type}') }}`;
}

const tmapi = new Tmapi1688().description;
const shopline = new Shopline().description;

/** The fields the model fills, per tool node, as the node describes them. */
export const MODEL_FIELDS = {
	search: [modelField(operationField(tmapi.properties, 'search', 'items', ['keyword']))],
	create: [modelField(operationField(shopline.properties, 'product', 'create', ['title'])), modelField(operationField(shopline.properties, 'product', 'create', ['productFields', 'status']))],
};

/** The tool descriptions n8n makes when "Tool Description" is left on Set Automatically: "<action> in <node's default name>". */
export const TOOL_DESCRIPTIONS = {
	search: `${operationOption(tmapi.properties, 'search', 'items').action} in ${tmapi.defaults.name}`,
	create: `${operationOption(shopline.properties, 'product', 'create').action} in ${shopline.defaults.name}`,
};

/** The OpenAI credential n8n imports: its Base URL is the fake model's. */
export const openAiCredential = (emulatorUrl: string) => ({ id: OPENAI_CREDENTIAL_ID, name: 'Emulator Chat Model', type: 'openAiApi', data: { apiKey: OPENAI_API_KEY, url: `${emulatorUrl}/openai/v1`, header: false } });

/** The workflow; `fields` replaces the model-filled fields (a check of what the fake refuses). */
export function agentWorkflow(line: Line, fields: typeof MODEL_FIELDS = MODEL_FIELDS) {
	const [keyword] = fields.search;
	const [title, status] = fields.create;
	const toAgent = (type: string) => ({ [type]: [[{ node: NODES.agent, type, index: 0 }]] });
	return {
		id: AGENT_WORKFLOW_ID,
		name: 'AI Agent: a 1688 dress into SHOPLINE as a draft',
		active: false,
		settings: { executionOrder: 'v1' },
		nodes: [
			{ id: 'a9000000-0000-4000-8000-000000000001', name: 'When clicking ‘Execute workflow’', type: 'n8n-nodes-base.manualTrigger', typeVersion: 1, position: [0, 0], parameters: {} },
			{
				id: 'a9000000-0000-4000-8000-000000000002',
				name: NODES.agent,
				type: '@n8n/n8n-nodes-langchain.agent',
				// The version the editor adds on each line.
				typeVersion: line === '2' ? 3.1 : 3,
				position: [240, 0],
				parameters: { promptType: 'define', text: PROMPT, options: {} },
			},
			{
				id: 'a9000000-0000-4000-8000-000000000003',
				name: NODES.model,
				type: '@n8n/n8n-nodes-langchain.lmChatOpenAi',
				typeVersion: 1.3,
				position: [160, 240],
				// An OpenAI-compatible server speaks Chat Completions: the Responses API is turned off.
				parameters: { model: { __rl: true, mode: 'id', value: OPENAI_MODEL }, responsesApiEnabled: false, options: {} },
				credentials: { openAiApi: { id: OPENAI_CREDENTIAL_ID, name: 'Emulator Chat Model' } },
			},
			{
				id: 'a9000000-0000-4000-8000-000000000004',
				name: NODES.search,
				type: `${NODE_TYPE.tmapi1688}Tool`,
				typeVersion: 1,
				position: [320, 240],
				parameters: { resource: 'search', operation: 'items', keyword: fromAI(keyword), returnAll: false, limit: 3 },
				credentials: { tmapi1688Api: { id: 'tmapiExample1688', name: 'TMAPI API' } },
			},
			{
				id: 'a9000000-0000-4000-8000-000000000005',
				name: NODES.create,
				type: `${NODE_TYPE.shopline}Tool`,
				typeVersion: 1,
				position: [480, 240],
				parameters: { resource: 'product', operation: 'create', inputMode: 'fields', title: fromAI(title), productFields: { status: fromAI(status) } },
				credentials: { shoplineApi: { id: 'shoplineExample01', name: 'SHOPLINE API' } },
			},
		],
		connections: {
			'When clicking ‘Execute workflow’': toAgent('main'),
			[NODES.model]: toAgent('ai_languageModel'),
			[NODES.search]: toAgent('ai_tool'),
			[NODES.create]: toAgent('ai_tool'),
		},
	};
}
