import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { z } from 'zod';

import type { RunOptions } from '../http/client';
import { DEFAULT_RETRY_POLICY } from '../http/retry';
import { integer, options, perRun, type Field, type ShapeOf } from './field';
import { labelAt } from './input';
import { validateInput } from './validation';

/** What a node says about its API in the run options' descriptions. */
export interface RunOptionText {
	/** Default of Max Concurrent Requests. */
	concurrency: number;
	/** What runs side by side, e.g. "TMAPI calls (pages and items together)". */
	what: string;
	/** A sentence about answer times, e.g. "TMAPI asks clients to wait at least 60 seconds." */
	timeoutHint: string;
	/** Offer Concurrency Mode "Auto" (find the server's limit), with this default cap. */
	autoConcurrency?: { max: number };
}

/** A run option: a field read once per run, from the first item. */
export type RunOptionField = Field & { shownOnly: true };

/** Where Auto concurrency starts before it climbs. */
export const AUTO_CONCURRENCY_START = 3;

/** Concurrency Mode and the cap of Auto, for a node whose API says when too many requests run at once. */
function autoConcurrencyFields(what: string, max: number): Field[] {
	return [
		options({
			displayName: 'Concurrency Mode',
			name: 'concurrencyMode',
			options: [
				{
					name: 'Auto',
					value: 'auto',
					description:
						'Start with 3 requests at once (the default of Fixed), add one while answers come back clean, halve when the API says too many run at once; never more than Max Concurrent Requests (Auto)',
				},
				{
					name: 'Fixed',
					value: 'fixed',
					description: 'Run Max Concurrent Requests at once, fewer only while the API says too many run at once',
				},
			],
			default: 'fixed',
			description: `How many ${what} run at once: a number you set, or found out during the run. Read from the first item; applies to the whole run.`,
		}),
		integer({
			displayName: 'Max Concurrent Requests (Auto)',
			name: 'autoConcurrencyMax',
			min: 2,
			max: 50,
			default: max,
			description:
				'With Concurrency Mode Auto: the most requests ever in flight at once, however well the API answers. Set it to what your plan allows if you know it. Read from the first item; applies to the whole run.',
		}),
	];
}

/**
 * Options that shape a whole run rather than one item: how many requests at once, how
 * each request is retried, how long it may take. Like the HTTP Request node's batching
 * options they are read once, from the first item.
 */
export function runOptionFields(text: RunOptionText): RunOptionField[] {
	const { concurrency } = text;
	return [
		...(text.autoConcurrency ? autoConcurrencyFields(text.what, text.autoConcurrency.max) : []),
		integer({
			displayName: 'Max Concurrent Requests',
			name: 'concurrency',
			min: 1,
			max: 20,
			default: concurrency,
			description: text.autoConcurrency
				? `How many ${text.what} may be in flight at once when Concurrency Mode is Fixed. Read from the first item; applies to the whole run.`
				: `How many ${text.what} may be in flight at once. Read from the first item; applies to the whole run.`,
		}),
		integer({
			displayName: 'Max Tries per Request',
			name: 'maxTries',
			min: 1,
			max: 10,
			default: 5,
			description:
				'How often one request is tried before the node gives up, the first try included. Only temporary failures are retried (rate limits, timeouts, server errors, dropped connections), and only that request is repeated, never the pages already fetched. Read from the first item; applies to the whole run.',
		}),
		integer({
			displayName: 'Retry Delay (Ms)',
			name: 'retryDelayMs',
			min: 1,
			max: 60000,
			default: 1000,
			description:
				'Wait before the first retry; it doubles with each further retry, with random jitter. A Retry-After header from the server takes precedence. Read from the first item; applies to the whole run.',
		}),
		integer({
			displayName: 'Max Retry Wait (Seconds)',
			name: 'maxRetryWaitSeconds',
			min: 0,
			max: 3600,
			default: 120,
			description: 'Longest total wait spent retrying one request. Read from the first item; applies to the whole run.',
		}),
		integer({
			displayName: 'Timeout (Seconds)',
			name: 'timeoutSeconds',
			min: 1,
			max: 600,
			default: 60,
			description: `How long one request may take, from its send to the last byte of the answer. ${text.timeoutHint ? `${text.timeoutHint} ` : ''}Read from the first item; applies to the whole run.`,
		}),
	].map((field) => perRun(field));
}

/** The run options every node has; Concurrency Mode and its cap only where the node offers Auto. */
interface SharedRunValues {
	concurrencyMode?: 'auto' | 'fixed';
	autoConcurrencyMax?: number;
	concurrency: number;
	maxTries: number;
	retryDelayMs: number;
	maxRetryWaitSeconds: number;
	timeoutSeconds: number;
}

/**
 * Reads the run options (`shared`, from runOptionFields, and any `extra` ones of the node, e.g.
 * pacing) from the first item's Options, each checked by its own field; what is not set takes
 * the default its field shows.
 */
export function readRunOptions<E extends readonly Field[] = []>(
	ctx: IExecuteFunctions,
	shared: readonly Field[],
	extra: E = [] as unknown as E,
): RunOptions & { extra: z.output<z.ZodObject<ShapeOf<E[number]>>> } {
	const all = [...shared, ...extra];
	const set = ctx.getNodeParameter('options', 0, {}) as IDataObject;
	const input: IDataObject = {};
	for (const { property } of all) input[property.name] = set[property.name] ?? property.default;
	const labels = (path: Array<string | number>) =>
		labelAt(
			all.map((field) => field.property),
			path,
		);
	const schema = z.object(Object.fromEntries(all.map((field) => [field.property.name, field.schema])));
	const parsed = validateInput(ctx.getNode(), schema, input, labels, 0) as SharedRunValues & IDataObject;
	const auto = parsed.concurrencyMode === 'auto' && parsed.autoConcurrencyMax !== undefined;
	return {
		// Auto: the cap is what runs side by side; the limiter holds the requests to what the API accepts.
		concurrency: auto ? parsed.autoConcurrencyMax! : parsed.concurrency,
		...(auto ? { startConcurrency: AUTO_CONCURRENCY_START } : {}),
		timeoutMs: parsed.timeoutSeconds * 1000,
		retry: {
			maxTries: parsed.maxTries,
			initialDelayMs: parsed.retryDelayMs,
			maxDelayMs: Math.max(parsed.retryDelayMs, DEFAULT_RETRY_POLICY.maxDelayMs),
			maxTotalWaitMs: parsed.maxRetryWaitSeconds * 1000,
		},
		extra: Object.fromEntries(extra.map(({ property }) => [property.name, parsed[property.name]])) as never,
	};
}
