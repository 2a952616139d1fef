import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { z } from 'zod';

import { optionsCollection } from '../../../shared/node/descriptions';
import { readRunOptions, runOptionFields } from '../../../shared/node/runOptions';
import { integer } from '../../../shared/node/validation';
import type { ShoplineRunOptions } from '../../transport';

/** Options of every SHOPLINE operation that shape the whole run: pacing, concurrency, retries. */
export const runOptionFieldsOfNode: INodeProperties[] = [
	{
		displayName: 'Burst (Requests)',
		name: 'burst',
		type: 'number',
		typeOptions: { minValue: 1, maxValue: 200 },
		default: 40,
		description: "How many requests may go out at once before pacing starts: SHOPLINE's leaky bucket holds 40. Read from the first item; applies to the whole run.",
	},
	{
		displayName: 'Requests per Second',
		name: 'requestsPerSecond',
		type: 'number',
		typeOptions: { minValue: 0.1, maxValue: 40, numberPrecision: 1 },
		default: 4,
		description: 'Pace of requests once the burst is spent. SHOPLINE allows 4 per second per app and store. Read from the first item; applies to the whole run.',
	},
	...runOptionFields({
		concurrency: 4,
		what: 'SHOPLINE requests (input items handled side by side; pacing still applies)',
		timeoutHint: '',
	}),
];

/** The Options collection of a SHOPLINE operation: its own options, then the run options. */
export const shoplineOptions = (own: INodeProperties[] = []): INodeProperties => optionsCollection([...own, ...runOptionFieldsOfNode]);

const pacingShape = {
	requestsPerSecond: z.preprocess(
		(value) => (typeof value === 'string' && value.trim() !== '' ? Number(value) : value),
		z.number({ invalid_type_error: 'use a number from 0.1 to 40' }).min(0.1, 'use a number from 0.1 to 40').max(40, 'use a number from 0.1 to 40'),
	),
	burst: integer(1, 200),
};

export function readShoplineRunOptions(ctx: IExecuteFunctions): ShoplineRunOptions {
	const { extra, ...options } = readRunOptions(ctx, runOptionFieldsOfNode, pacingShape);
	return { ...options, pacing: { ratePerSecond: extra.requestsPerSecond, capacity: extra.burst } };
}
