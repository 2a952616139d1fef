/* eslint-disable @n8n/community-nodes/no-hardcoded-secrets -- fake tokens that the tests look for in errors, items and logs */
import type { IDataObject, INode, INodeParameters } from 'n8n-workflow';

import { NODE_TYPE } from '../harness/packages';
import type { RunResult, WorkflowJson } from '../harness/workflow';


export const TMAPI_TOKEN = 'tmapi-Secret/Token+42==';
export const SHOPLINE_TOKEN = 'shpat_SECRET.eyJhbGciOiJIUzUxMiJ9.token/+=';

export const tmapiCredentials = (overrides: IDataObject = {}) => ({
	tmapi1688Api: { apiToken: TMAPI_TOKEN, host: 'https://api.tmapi.io', customBaseUrl: '', ...overrides },
});

/** A workflow as n8n exports it: Manual Trigger → the node under test. */
export function workflowFor(type: 'tmapi1688' | 'shopline', parameters: Record<string, unknown>, credentialType: string): WorkflowJson {
	const node: INode = {
		id: 'b1f1c2d3-0000-4000-8000-000000000002',
		name: type === 'tmapi1688' ? 'TMAPI 1688' : 'SHOPLINE',
		type: NODE_TYPE[type],
		typeVersion: 1,
		position: [220, 0],
		parameters: parameters as INodeParameters,
		credentials: { [credentialType]: { id: '1', name: 'Test credential' } },
	};
	return {
		name: 'test',
		nodes: [
			{
				id: 'b1f1c2d3-0000-4000-8000-000000000001',
				name: 'When clicking "Execute workflow"',
				type: 'n8n-nodes-base.manualTrigger',
				typeVersion: 1,
				position: [0, 0],
				parameters: {},
			},
			node,
		],
		connections: {
			'When clicking "Execute workflow"': { main: [[{ node: node.name, type: 'main' as never, index: 0 }]] },
		},
	};
}

export const shoplineCredentials = (overrides: IDataObject = {}) => ({
	shoplineApi: { storeHandle: 'open001', accessToken: SHOPLINE_TOKEN, apiVersion: 'v20260301', customApiVersion: '', baseUrl: '', ...overrides },
});

export const shoplineWorkflow = (parameters: Record<string, unknown>) => workflowFor('shopline', parameters, 'shoplineApi');

export const tmapiWorkflow = (parameters: Record<string, unknown>) => workflowFor('tmapi1688', parameters, 'tmapi1688Api');

/** Everything a user or a log reader could see of a run, as one string. */
export function visibleText(result: RunResult): string {
	const error = result.error
		? JSON.stringify({
				message: result.error.message,
				description: result.error.description,
				context: result.error.context,
				json: JSON.parse(JSON.stringify(result.error)),
				errorResponse: (result.error as { errorResponse?: unknown }).errorResponse,
				messages: (result.error as { messages?: unknown }).messages,
			})
		: '';
	return [error, JSON.stringify(result.items), JSON.stringify(result.logs)].join('\n');
}

/** Asserts a secret shows up nowhere a user or a log reader could see it, raw or URL-encoded. */
export function expectNoSecret(result: RunResult, secret: string): void {
	const text = visibleText(result);
	for (const form of new Set([secret, encodeURIComponent(secret), new URLSearchParams({ s: secret }).toString().slice(2)])) {
		expect(text).not.toContain(form);
	}
}

export const jsonOf = (result: RunResult) => result.items.map((item) => item.json);
export const pairedOf = (result: RunResult) => result.items.map((item) => item.pairedItem);
