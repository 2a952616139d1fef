import type { IExecuteFunctions } from 'n8n-workflow';
import { z } from 'zod';

import { custom, integer, perRun, type Entry } from '../../../shared/node/field';
import { optionsCollection } from '../../../shared/node/descriptions';
import { readRunOptions, runOptionFields, type RunOptionField } from '../../../shared/node/runOptions';
import type { ShoplineRunOptions } from '../../api/client';

const RATE_EXPECTATION = 'use a number from 0.1 to 40';

/** SHOPLINE's pacing: its leaky bucket's burst and rate. */
const pacingFields = [
	perRun(
		integer({
			displayName: 'Burst (Requests)',
			name: 'burst',
			min: 1,
			max: 200,
			default: 40,
			description: "How many requests may go out at once before pacing starts: SHOPLINE's leaky bucket holds 40. Read from the first item; applies to the whole run.",
		}),
	),
	perRun(
		custom(
			{
				displayName: 'Requests per Second',
				name: 'requestsPerSecond',
				type: 'number',
				typeOptions: { minValue: 0.1, maxValue: 40, numberPrecision: 1 },
				default: 4,
				description: 'Pace of requests once the burst is spent. SHOPLINE allows 4 per second per app and store. Read from the first item; applies to the whole run.',
			},
			z.preprocess(
				(value) => (typeof value === 'string' && value.trim() !== '' ? Number(value) : value),
				z.number({ invalid_type_error: RATE_EXPECTATION }).min(0.1, RATE_EXPECTATION).max(40, RATE_EXPECTATION),
			),
		),
	),
];

const sharedRunFields = runOptionFields({
	concurrency: 4,
	what: 'SHOPLINE requests (input items handled side by side; pacing still applies)',
	timeoutHint: '',
});

/** Options of every SHOPLINE operation that shape the whole run: pacing, concurrency, retries. */
export const runOptionFieldsOfNode: RunOptionField[] = [...pacingFields, ...sharedRunFields];

/** The Options collection of a SHOPLINE operation as a field: its own options (fields), then the run options. */
export const shoplineOptionsField = <E extends readonly Entry[]>(...own: E) => optionsCollection([...own, ...runOptionFieldsOfNode]);

export function readShoplineRunOptions(ctx: IExecuteFunctions): ShoplineRunOptions {
	const { extra, ...options } = readRunOptions(ctx, sharedRunFields, pacingFields);
	return { ...options, pacing: { ratePerSecond: extra.requestsPerSecond, capacity: extra.burst } };
}
