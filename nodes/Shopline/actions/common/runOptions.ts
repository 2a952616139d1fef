import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { z } from 'zod';

import { concurrencyOption, readRunOptions, retryOptions } from '../../../shared/runOptions';
import { integer, validateInput } from '../../../shared/validation';
import type { ShoplineRunOptions } from '../../transport';

/** Options of every SHOPLINE operation that shape the whole run: pacing, concurrency, retries. */
export const runOptionFields: INodeProperties[] = [
	{
		displayName: 'Burst (Requests)',
		name: 'burst',
		type: 'number',
		typeOptions: { minValue: 1, maxValue: 200 },
		default: 40,
		description:
			"How many requests may go out at once before pacing starts: SHOPLINE's leaky bucket holds 40. Read from the first item; applies to the whole run.",
	},
	concurrencyOption(4, 'SHOPLINE requests (input items handled side by side; pacing still applies)'),
	{
		displayName: 'Requests per Second',
		name: 'requestsPerSecond',
		type: 'number',
		typeOptions: { minValue: 0.1, maxValue: 40, numberPrecision: 1 },
		default: 4,
		description:
			'Pace of requests once the burst is spent. SHOPLINE allows 4 per second per app and store. Read from the first item; applies to the whole run.',
	},
	...retryOptions,
];

/** The Options collection of a SHOPLINE operation: its own options, then the run options. */
export function optionsCollection(own: INodeProperties[] = []): INodeProperties {
	return {
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		options: [...own, ...runOptionFields],
	};
}

const labels = { requestsPerSecond: 'Requests per Second', burst: 'Burst (Requests)' };

export function readShoplineRunOptions(ctx: IExecuteFunctions): ShoplineRunOptions {
	const options = ctx.getNodeParameter('options', 0, {}) as IDataObject;
	const schema = z.object({
		requestsPerSecond: z
			.preprocess(
				(value) => (typeof value === 'string' && value.trim() !== '' ? Number(value) : value),
				z
					.number({ invalid_type_error: 'use a number from 0.1 to 40' })
					.min(0.1, 'use a number from 0.1 to 40')
					.max(40, 'use a number from 0.1 to 40'),
			)
			.default(4),
		burst: integer(1, 200).default(40),
	});
	const pacing = validateInput(ctx.getNode(), schema, { requestsPerSecond: options.requestsPerSecond, burst: options.burst }, labels, 0);
	return { ...readRunOptions(ctx, 4), pacing: { ratePerSecond: pacing.requestsPerSecond, capacity: pacing.burst } };
}
