import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';
import { z } from 'zod';

import { optionsCollection } from '../../../shared/node/descriptions';
import { fields, optional } from '../../../shared/node/field';
import { readInput } from '../../../shared/node/input';
import type { ShoplineClient } from '../../api/client';
import { runOptionFieldsOfNode } from '../common/runOptions';
import { additionalFields, email, phone, toCustomerBody } from './fields';

const inputFields = fields(
	optional(email, { description: "The customer's email address, unique in the store (at most 50 characters). Give an email, a phone or both." }),
	optional(phone, { description: "The customer's mobile number (at most 20 characters). Give an email, a phone or both." }),
	additionalFields,
	optionsCollection([...runOptionFieldsOfNode]),
);

export const description = updateDisplayOptions({ show: { resource: ['customer'], operation: ['create'] } }, inputFields.properties);

export const writes = true;

/** SHOPLINE keeps a customer by email or phone: one of them is needed. */
const schema = inputFields.schema.superRefine((value, context) => {
	if (value.email === undefined && value.phone === undefined) {
		context.addIssue({ code: z.ZodIssueCode.custom, path: ['email'], message: 'give an email address or a phone number: SHOPLINE needs one of them' });
	}
});

export function input(this: IExecuteFunctions, itemIndex: number) {
	const params = readInput(this, itemIndex, { ...inputFields, schema });
	return { customer: toCustomerBody({ ...params.additionalFields, email: params.email, phone: params.phone }) };
}

/** Customer → Create: POST customers.json. Retried only on 429 (a 5xx may have created it). */
export async function execute(this: IExecuteFunctions, params: ReturnType<typeof input>, client: ShoplineClient, itemIndex: number): Promise<IDataObject[]> {
	return [await client.record('customer', { method: 'POST', path: 'customers.json', body: { customer: params.customer }, itemIndex })];
}
