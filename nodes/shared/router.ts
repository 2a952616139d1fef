import {
	NodeApiError,
	NodeOperationError,
	type IDataObject,
	type IExecuteFunctions,
	type INodeExecutionData,
} from 'n8n-workflow';

import { mapOrdered } from './concurrency';
import { RunCancelledError } from './sleep';

/** What one operation returns for one input item: one JSON object per output item. */
export type ItemResult = IDataObject[];

function asNodeError(ctx: IExecuteFunctions, error: unknown, itemIndex: number): Error {
	if (error instanceof NodeApiError || error instanceof NodeOperationError) {
		if (error.context && error.context.itemIndex === undefined) error.context.itemIndex = itemIndex;
		return error;
	}
	if (error instanceof RunCancelledError) return error;
	const message = error instanceof Error ? error.message : String(error);
	return new NodeOperationError(ctx.getNode(), message, { itemIndex });
}

/**
 * The item loop both nodes share. Runs `executeItem` for every input item, at most
 * `concurrency` at once, and returns the output in input order, every item linked to the
 * input it came from (`pairedItem`). With "Continue On Fail" a failing input gives one
 * error item and the others go on; without it the first failure stops the run (items
 * already in flight finish first, so no request is left dangling).
 */
export async function runForEachItem(
	ctx: IExecuteFunctions,
	concurrency: number,
	executeItem: (itemIndex: number) => Promise<ItemResult>,
): Promise<INodeExecutionData[]> {
	const count = ctx.getInputData().length;
	const continueOnFail = ctx.continueOnFail();
	const perItem = await mapOrdered(count, concurrency, async (itemIndex) => {
		try {
			const results = await executeItem(itemIndex);
			return results.map((json): INodeExecutionData => ({ json, pairedItem: { item: itemIndex } }));
		} catch (error) {
			const nodeError = asNodeError(ctx, error, itemIndex);
			if (!continueOnFail || nodeError instanceof RunCancelledError) throw nodeError;
			const json: IDataObject = { error: nodeError.message };
			const description = (nodeError as NodeApiError).description;
			if (description) json.details = description;
			return [{ json, pairedItem: { item: itemIndex } }];
		}
	});
	return perItem.flat();
}

/** The execute function of one operation, for one item, with the run's API client. */
export type OperationHandler<Client> = (this: IExecuteFunctions, itemIndex: number, client: Client) => Promise<ItemResult>;

/**
 * What both nodes' routers do once they know their operations: find the one chosen (the
 * same for every item), create the API client once for the whole run — lazily, so that a
 * credential error becomes a per-item error under Continue On Fail — and run every item.
 */
export async function dispatch<Client>(
	ctx: IExecuteFunctions,
	operations: Record<string, Record<string, OperationHandler<Client> | undefined> | undefined>,
	concurrency: number,
	createClient: () => Promise<Client>,
): Promise<INodeExecutionData[][]> {
	const resource = ctx.getNodeParameter('resource', 0) as string;
	const operation = ctx.getNodeParameter('operation', 0) as string;
	const handler = operations[resource]?.[operation];
	if (!handler) {
		throw new NodeOperationError(ctx.getNode(), `The operation "${operation}" is not known for resource "${resource}"`);
	}
	let client: Promise<Client> | undefined;
	const results = await runForEachItem(ctx, concurrency, async (itemIndex) => {
		client ??= createClient();
		return await handler.call(ctx, itemIndex, await client);
	});
	return [results];
}
