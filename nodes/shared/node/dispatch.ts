import {
	NodeApiError,
	NodeOperationError,
	type IDataObject,
	type IExecuteFunctions,
	type INodeExecutionData,
} from 'n8n-workflow';

import { RunCancelledError } from '../flow/cancellation';
import { mapOrdered } from '../flow/ordered';
import { KeyedTurns } from '../flow/turns';

/** What one operation returns for one input item: one JSON object per output item. */
export type ItemResult = IDataObject[];

/** What the items of one run share besides the client: made by dispatch for the run, gone with it. */
export interface RunState {
	/** Tasks that must not run side by side, e.g. two items writing the same product. */
	turns: KeyedTurns;
}

/**
 * One operation: its `input` reads and checks one item's parameters and sends nothing;
 * its `execute` does the item's requests. Operations that change data say so (`writes`),
 * so that a failure reports what was applied before it.
 */
export interface Operation<Client> {
	input(this: IExecuteFunctions, itemIndex: number): unknown;
	execute(this: IExecuteFunctions, input: unknown, client: Client, itemIndex: number, run: RunState): Promise<ItemResult>;
	writes?: boolean;
}

/** resource → operation → its module, as the resources' index files register them. */
export type OperationModules<Client> = Record<string, Record<string, Operation<Client>>>;

function asNodeError(ctx: IExecuteFunctions, error: unknown, itemIndex: number): Error {
	if (error instanceof NodeApiError || error instanceof NodeOperationError) {
		if (error.context && error.context.itemIndex === undefined) error.context.itemIndex = itemIndex;
		return error;
	}
	if (error instanceof RunCancelledError) return error;
	const message = error instanceof Error ? error.message : String(error);
	return new NodeOperationError(ctx.getNode(), message, { itemIndex });
}

function errorItem(error: Error): IDataObject {
	const json: IDataObject = { error: error.message };
	const description = (error as NodeApiError).description;
	if (description) json.details = description;
	return json;
}

const listOf = (indexes: number[]) => (indexes.length === 1 ? `item ${indexes[0]}` : `items ${indexes.slice(0, -1).join(', ')} and ${indexes[indexes.length - 1]}`);

/**
 * Adds to a write's error what became of the other items: applied before it (with their IDs),
 * also failed while in flight (maybe applied), or not sent.
 */
function reportWrites(error: Error, results: Array<ItemResult | undefined>, started: ReadonlySet<number>): Error {
	const failedItem = (error as NodeApiError).context?.itemIndex;
	const applied = results.flatMap((result, index) => (result ? [index] : []));
	const alsoFailed = [...started].filter((index) => !results[index] && index !== failedItem).sort((a, b) => a - b);
	const unsent = results.flatMap((result, index) => (!started.has(index) && !result ? [index] : []));
	const ids = applied.map((index) => `${index}: ${results[index]!.map((json) => String(json.id ?? '?')).join(', ')}`);
	const report = [
		applied.length > 0 ? `Applied before this failure: ${listOf(applied)} (IDs by item — ${ids.join('; ')}).` : 'No other item was applied before this failure.',
		alsoFailed.length > 0 ? `Also failed while in flight: ${listOf(alsoFailed)} (check the store: it may or may not have been applied).` : '',
		unsent.length > 0 ? `Not sent: ${listOf(unsent)}.` : '',
		'Run only the items that were not applied again.',
	];
	const holder = error as Error & { description?: string | null };
	holder.description = [holder.description, ...report].filter(Boolean).join(' ');
	return error;
}

/**
 * The item loop both nodes share. First every item's input is read and checked, so a bad
 * item stops the run before any request; then the items run, at most `concurrency` at
 * once, and the output comes in input order, each item linked to its input (`pairedItem`).
 * The API client is created once for the run, lazily, so a credential error is an item
 * error under Continue On Fail. With Continue On Fail a failing item gives one error item
 * and the others go on; without it the first failure stops the run: no new item starts,
 * those in flight finish, and for writes the error says what was applied.
 */
export async function dispatch<Client>(
	ctx: IExecuteFunctions,
	operations: OperationModules<Client>,
	concurrency: number,
	createClient: () => Promise<Client>,
): Promise<INodeExecutionData[][]> {
	const resource = ctx.getNodeParameter('resource', 0) as string;
	const operationName = ctx.getNodeParameter('operation', 0) as string;
	const operation = operations[resource]?.[operationName];
	if (!operation) {
		throw new NodeOperationError(ctx.getNode(), `The operation "${operationName}" is not known for resource "${resource}"`);
	}
	const continueOnFail = ctx.continueOnFail();
	const count = ctx.getInputData().length;

	const inputs: unknown[] = [];
	const results: Array<ItemResult | undefined> = Array.from({ length: count }, () => undefined);
	for (let itemIndex = 0; itemIndex < count; itemIndex++) {
		try {
			inputs[itemIndex] = operation.input.call(ctx, itemIndex);
		} catch (error) {
			const nodeError = asNodeError(ctx, error, itemIndex);
			if (!continueOnFail) throw nodeError;
			results[itemIndex] = [errorItem(nodeError)];
		}
	}

	let client: Promise<Client> | undefined;
	const run: RunState = { turns: new KeyedTurns() };
	const started = new Set<number>();
	try {
		await mapOrdered(count, concurrency, async (itemIndex) => {
			if (results[itemIndex]) return;
			try {
				client ??= createClient();
				const ready = await client;
				started.add(itemIndex);
				results[itemIndex] = await operation.execute.call(ctx, inputs[itemIndex], ready, itemIndex, run);
			} catch (error) {
				const nodeError = asNodeError(ctx, error, itemIndex);
				if (!continueOnFail || nodeError instanceof RunCancelledError) throw nodeError;
				results[itemIndex] = [errorItem(nodeError)];
			}
		});
	} catch (error) {
		throw operation.writes && !(error instanceof RunCancelledError) ? reportWrites(error as Error, results, started) : error;
	}
	return [results.flatMap((result, itemIndex) => (result ?? []).map((json): INodeExecutionData => ({ json, pairedItem: { item: itemIndex } })))];
}
