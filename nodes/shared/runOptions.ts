import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { z } from 'zod';

import type { RetryPolicy } from './retry';
import { DEFAULT_RETRY_POLICY } from './retry';
import { integer, validateInput } from './validation';

/**
 * Options that shape a whole run rather than one item: how many requests at once, how
 * each request is retried, how long it may take. Like the HTTP Request node's batching
 * options they are read once, from the first item.
 */
export interface RunOptions {
	concurrency: number;
	retry: RetryPolicy;
	timeoutMs: number;
}

export function concurrencyOption(defaultValue: number, what: string): INodeProperties {
	return {
		displayName: 'Max Concurrent Requests',
		name: 'concurrency',
		type: 'number',
		typeOptions: { minValue: 1, maxValue: 20 },
		default: defaultValue,
		description: `How many ${what} may be in flight at once. Read from the first item; applies to the whole run.`,
	};
}

export const retryOptions: INodeProperties[] = [
	{
		displayName: 'Max Tries per Request',
		name: 'maxTries',
		type: 'number',
		typeOptions: { minValue: 1, maxValue: 10 },
		default: 5,
		description:
			'How often one request is tried before the node gives up, the first try included. Only temporary failures are retried (rate limits, timeouts, server errors, dropped connections), and only that request is repeated, never the pages already fetched. Read from the first item; applies to the whole run.',
	},
	{
		displayName: 'Retry Delay (Ms)',
		name: 'retryDelayMs',
		type: 'number',
		typeOptions: { minValue: 1, maxValue: 60000 },
		default: 1000,
		description:
			'Wait before the first retry; it doubles with each further retry, with random jitter. A Retry-After header from the server takes precedence. Read from the first item; applies to the whole run.',
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
		description:
			'How long to wait for one answer. TMAPI asks clients to wait at least 60 seconds. Read from the first item; applies to the whole run.',
	},
];

const labels = {
	concurrency: 'Max Concurrent Requests',
	maxTries: 'Max Tries per Request',
	retryDelayMs: 'Retry Delay (Ms)',
	maxRetryWaitSeconds: 'Max Retry Wait (Seconds)',
	timeoutSeconds: 'Timeout (Seconds)',
};

export function readRunOptions(ctx: IExecuteFunctions, defaultConcurrency: number): RunOptions {
	const options = ctx.getNodeParameter('options', 0, {}) as IDataObject;
	const schema = z.object({
		concurrency: integer(1, 20).default(defaultConcurrency),
		maxTries: integer(1, 10).default(DEFAULT_RETRY_POLICY.maxTries),
		retryDelayMs: integer(1, 60000).default(DEFAULT_RETRY_POLICY.initialDelayMs),
		maxRetryWaitSeconds: integer(0, 3600).default(DEFAULT_RETRY_POLICY.maxTotalWaitMs / 1000),
		timeoutSeconds: integer(1, 600).default(60),
	});
	const input = {
		concurrency: options.concurrency,
		maxTries: options.maxTries,
		retryDelayMs: options.retryDelayMs,
		maxRetryWaitSeconds: options.maxRetryWaitSeconds,
		timeoutSeconds: options.timeoutSeconds,
	};
	const parsed = validateInput(ctx.getNode(), schema, input, labels, 0);
	return {
		concurrency: parsed.concurrency,
		timeoutMs: parsed.timeoutSeconds * 1000,
		retry: {
			maxTries: parsed.maxTries,
			initialDelayMs: parsed.retryDelayMs,
			maxDelayMs: Math.max(parsed.retryDelayMs, DEFAULT_RETRY_POLICY.maxDelayMs),
			maxTotalWaitMs: parsed.maxRetryWaitSeconds * 1000,
		},
	};
}
