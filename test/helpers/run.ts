import type { INode } from 'n8n-workflow';

import { runWorkflow, type RunOptions, type RunResult } from '../harness/workflow';
import { shoplineCredentials, shoplineWorkflow, tmapiCredentials, tmapiWorkflow } from './workflows';

/** Retry options that keep retries in a test quick: three tries, 1 ms apart. */
export const FAST_RETRIES = { maxTries: 3, retryDelayMs: 1 };

export interface RunNodeOptions extends RunOptions {
	/** Settings of the node under test, e.g. `{ onError: 'continueRegularOutput' }`. */
	node?: Partial<INode>;
}

/** Runs Manual Trigger → TMAPI 1688 with `parameters` (default: the test token's credential). */
export async function runTmapi(parameters: Record<string, unknown>, { node, credentials = tmapiCredentials(), ...options }: RunNodeOptions = {}): Promise<RunResult> {
	const workflow = tmapiWorkflow(parameters);
	Object.assign(workflow.nodes[1], node);
	return await runWorkflow(workflow, { credentials, ...options });
}

/** Runs Manual Trigger → SHOPLINE with `parameters` (resource `product` unless given). */
export async function runShopline(parameters: Record<string, unknown>, { node, credentials = shoplineCredentials(), ...options }: RunNodeOptions = {}): Promise<RunResult> {
	const workflow = shoplineWorkflow({ resource: 'product', ...parameters });
	Object.assign(workflow.nodes[1], node);
	return await runWorkflow(workflow, { credentials, ...options });
}

/** Continue On Fail, as the node's setting "On Error: Continue". */
export const CONTINUE = { onError: 'continueRegularOutput' } as const satisfies Partial<INode>;
