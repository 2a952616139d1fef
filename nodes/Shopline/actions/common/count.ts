import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { NodeApiError } from 'n8n-workflow';

/** The count of a SHOPLINE count answer ({count: n}); anything but a whole number of 0 or more is an error. */
export function countOf(ctx: IExecuteFunctions, body: unknown, path: string, itemIndex: number): number {
	const count = (body as IDataObject)?.count;
	const value = typeof count === 'string' && /^\s*\d+\s*$/.test(count) ? Number(count) : count;
	if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) {
		throw new NodeApiError(ctx.getNode(), { count: JSON.stringify(count ?? null) }, {
			message: `SHOPLINE answered ${path} without a usable count: ${JSON.stringify(body).slice(0, 100)}`,
			description: 'A count is a whole number of 0 or more. Try again; if it persists, quote the answer to SHOPLINE support.',
			itemIndex,
		});
	}
	return value;
}
