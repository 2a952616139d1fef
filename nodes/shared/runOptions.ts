import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { z } from 'zod';

import type { RunOptions } from './client';
import { labelAt } from './input';
import { DEFAULT_RETRY_POLICY } from './retry';
import { integer, validateInput } from './validation';

/** What a node says about its API in the run options' descriptions. */
export interface RunOptionText {
	/** Default of Max Concurrent Requests. */
	concurrency: number;
	/** What runs side by side, e.g. "TMAPI calls (pages and items together)". */
	what: string;
	/** A sentence about answer times, e.g. "TMAPI asks clients to wait at least 60 seconds." */
	timeoutHint: string;
}

/**
 * Options that shape a whole run rather than one item: how many requests at once, how
 * each request is retried, how long it may take. Like the HTTP Request node's batching
 * options they are read once, from the first item.
 */
export function runOptionFields(text: RunOptionText): INodeProperties[] {
	const { concurrency } = text;
	return [
		{
			displayName: 'Max Concurrent Requests',
			name: 'concurrency',
			type: 'number',
			typeOptions: { minValue: 1, maxValue: 20 },
			default: concurrency,
			description: `How many ${text.what} may be in flight at once. Read from the first item; applies to the whole run.`,
		},
		{
			displayName: 'Max Tries per Request',
			name: 'maxTries',
			type: 'number',
			typeOptions: { minValue: 1, maxValue: 10 },
			default: 5,
			description: 'How often one request is tried before the node gives up, the first try included. Only temporary failures are retried (rate limits, timeouts, server errors, dropped connections), and only that request is repeated, never the pages already fetched. Read from the first item; applies to the whole run.',
		},
		{
			displayName: 'Retry Delay (Ms)',
			name: 'retryDelayMs',
			type: 'number',
			typeOptions: { minValue: 1, maxValue: 60000 },
			default: 1000,
			description: 'Wait before the first retry; it doubles with each further retry, with random jitter. A Retry-After header from the server takes precedence. Read from the first item; applies to the whole run.',
		},
		{
			displayName: 'Max Retry Wait (Seconds)',
			name: 'maxRetryWaitSeconds',
			type: 'number',
			typeOptions: { minValue: 0, maxValue: 3600 },
			default: 120,
			description: 'Longest total wait spent retrying one request. Read from the first item; applies to the whole run.',
		},
		{
			displayName: 'Timeout (Seconds)',
			name: 'timeoutSeconds',
			type: 'number',
			typeOptions: { minValue: 1, maxValue: 600 },
			default: 60,
			description: `How long to wait for one answer. ${text.timeoutHint ? `${text.timeoutHint} ` : ''}Read from the first item; applies to the whole run.`,
		},
	];
}

const runShape = {
	concurrency: integer(1, 20),
	maxTries: integer(1, 10),
	retryDelayMs: integer(1, 60000),
	maxRetryWaitSeconds: integer(0, 3600),
	timeoutSeconds: integer(1, 600),
};

/**
 * Reads the run options (and any `extra` ones of the node, e.g. pacing) from the first
 * item's Options; what is not set takes the default its field shows.
 */
export function readRunOptions<E extends z.ZodRawShape>(
	ctx: IExecuteFunctions,
	fields: readonly INodeProperties[],
	extra: E,
): RunOptions & { extra: z.output<z.ZodObject<E>> } {
	const set = ctx.getNodeParameter('options', 0, {}) as IDataObject;
	const input: IDataObject = {};
	for (const field of fields) input[field.name] = set[field.name] ?? field.default;
	const labels = (path: Array<string | number>) => labelAt(fields, path);
	const parsed = validateInput(ctx.getNode(), z.object(runShape), input, labels, 0);
	return {
		concurrency: parsed.concurrency,
		timeoutMs: parsed.timeoutSeconds * 1000,
		retry: {
			maxTries: parsed.maxTries,
			initialDelayMs: parsed.retryDelayMs,
			maxDelayMs: Math.max(parsed.retryDelayMs, DEFAULT_RETRY_POLICY.maxDelayMs),
			maxTotalWaitMs: parsed.maxRetryWaitSeconds * 1000,
		},
		extra: validateInput(ctx.getNode(), z.object(extra), input, labels, 0),
	};
}
