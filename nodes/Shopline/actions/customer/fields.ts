import type { IDataObject } from 'n8n-workflow';
import { z } from 'zod';

import { boolean, collection, custom, dateTime, options, text, type Field } from '../../../shared/node/field';
import { optionalShoplineId, shoplineId, shoplineIdsUpTo } from '../common/ids';
import { CUSTOMER } from '../common/locators';
import { recordField } from '../common/recordField';
import { tagList } from '../common/tagList';
import { fieldsOf } from '../common/fields';
import { cursorPaging } from '../common/paging';

/**
 * The fields of the Customer operations, each declared once with its check. Bounds are the
 * ones SHOPLINE's reference (v20260301) gives: email 50, phone 20, names 128, note 1000,
 * tags 100 of 128 characters and 1000 in all, search text 50, address lines 255, the rest 64.
 */

export const customerId = recordField(
	CUSTOMER,
	{ displayName: 'Customer ID', name: 'customerId', description: 'The customer: pick it from the list (search by name, email or phone) or give its ID (digits)' },
	shoplineId,
);

const EMAIL = 'use an email address such as name@email.com';
const PHONE = 'use a phone number of digits, e.g. +8613100000000';

/** A text field with one more rule than its length (a blank value stays "not given"). */
type OptionalText = z.ZodType<string | undefined, z.ZodTypeDef, unknown>;
function ruled<N extends string>(field: Field<N, OptionalText>, pattern: RegExp, expectation: string): Field<N, OptionalText> {
	return { ...field, schema: field.schema.refine((value) => value === undefined || pattern.test(value), expectation) };
}

const emailText = text({ displayName: 'Email', name: 'email', placeholder: 'name@email.com', description: "The customer's email address, unique in the store (at most 50 characters)", expectation: EMAIL, maxLength: 50 });
export const email = ruled(emailText, /^[^\s@]+@[^\s@]+\.[^\s@]+$/, EMAIL);

const phoneText = text({ displayName: 'Phone', name: 'phone', placeholder: '+8613100000000', description: "The customer's mobile number (at most 20 characters)", expectation: PHONE, maxLength: 20 });
export const phone = ruled(phoneText, /^\+?[\d\s()-]{3,20}$/, PHONE);

const firstName = text({ displayName: 'First Name', name: 'firstName', placeholder: 'Bob', description: "The customer's first name", expectation: 'use the first name as text', maxLength: 128 });
const lastName = text({ displayName: 'Last Name', name: 'lastName', placeholder: 'Norman', description: "The customer's last name", expectation: 'use the last name as text', maxLength: 128 });
const note = text({ displayName: 'Note', name: 'note', placeholder: 'Wholesale buyer', description: "The merchant's note on the customer (at most 1,000 characters)", expectation: 'use the note as text', maxLength: 1000 });

/** Tags: at most 100, each at most 128 characters, 1,000 in all. Sent as "a,b"; blank = not sent, as every other field. */
const tags = custom(
	{ displayName: 'Tags', name: 'tags', type: 'string', default: '', placeholder: 'loyal,wholesale', description: "Comma-separated tags; they replace the customer's tags (at most 100 tags of 128 characters)" },
	tagList('loyal,wholesale', 100, 128)
		.transform((list) => list?.join(','))
		.refine((joined) => joined === undefined || joined.length <= 1000, 'use tags separated by commas, e.g. loyal,wholesale (at most 1000 characters in all)'),
);

const BIRTHDAY = 'use a date such as 1997-01-02 or 19970102';

/** Birthday: yyyyMMdd as SHOPLINE takes it; 1997-01-02 is accepted too. */
const birthday = custom(
	{ displayName: 'Birthday', name: 'birthday', type: 'string', default: '', placeholder: '1997-01-02', description: "The customer's birthday (sent as yyyyMMdd)" },
	z.preprocess(
		(value) => (value === undefined || value === null || (typeof value === 'string' && value.trim() === '') ? undefined : typeof value === 'string' ? value.trim() : value),
		z
			.string({ invalid_type_error: BIRTHDAY })
			.regex(/^\d{4}-?\d{2}-?\d{2}$/, BIRTHDAY)
			.transform((value) => value.replace(/-/g, ''))
			.refine((value) => {
				const date = new Date(`${value.slice(0, 4)}-${value.slice(4, 6)}-${value.slice(6)}T00:00:00Z`);
				return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10).replace(/-/g, '') === value && date.getTime() <= Date.now();
			}, `${BIRTHDAY}, a real date in the past`)
			.optional(),
	),
);

const gender = options({
	displayName: 'Gender',
	name: 'gender',
	options: [
		{ name: 'Female', value: '2' },
		{ name: 'Male', value: '1' },
		{ name: 'Secret', value: '3' },
		{ name: 'Unknown', value: '0' },
	],
	default: '0',
	description: "The customer's gender",
});

const verifiedEmail = boolean({ displayName: 'Verified Email', name: 'verifiedEmail', default: false, description: 'Whether the email address is marked as verified' });

const line = <N extends string>(displayName: string, name: N, maxLength: number, placeholder: string) =>
	text({ displayName, name, placeholder, expectation: `use the ${displayName.toLowerCase()} as text`, maxLength });

/** One address, sent as the customer's default address. */
const address = collection({
	displayName: 'Address',
	name: 'address',
	placeholder: 'Add Address Field',
	unset: 'omit',
	fields: [
		line('Address Line 1', 'address1', 255, '7720 Cherokee Road'),
		line('Address Line 2', 'address2', 255, 'Apartment 2'),
		line('City', 'city', 64, 'Hagerman'),
		line('Company', 'company', 255, 'Joy'),
		line('Country', 'country', 64, 'United States'),
		ruled(line('Country Code', 'countryCode', 2, 'US'), /^[A-Za-z]{2}$/, 'use a two-letter country code such as US'),
		line('Province', 'province', 64, 'Kentucky'),
		line('Province Code', 'provinceCode', 64, 'KY'),
		line('ZIP', 'zip', 64, '40202'),
	],
});

/** What Create (besides Email and Phone) and Update may set. */
export const customerFields = [firstName, lastName, note, tags, birthday, gender, verifiedEmail, address] as const;

export const additionalFields = collection({ displayName: 'Additional Fields', name: 'additionalFields', placeholder: 'Add Field', unset: 'omit', fields: customerFields });
export const updateFields = collection({ displayName: 'Update Fields', name: 'updateFields', placeholder: 'Add Field to Update', unset: 'omit', fields: [email, phone, ...customerFields] });

type CustomerInput = {
	email?: string;
	phone?: string;
	firstName?: string;
	lastName?: string;
	note?: string;
	tags?: string;
	birthday?: string;
	gender?: string;
	verifiedEmail?: boolean;
	address?: Record<string, string | undefined>;
};

const ADDRESS_KEYS: Record<string, string> = { countryCode: 'country_code', provinceCode: 'province_code' };

/** The customer object SHOPLINE takes: only the fields given. */
export function toCustomerBody(input: CustomerInput): IDataObject {
	const body: IDataObject = {
		email: input.email,
		phone: input.phone,
		first_name: input.firstName,
		last_name: input.lastName,
		note: input.note,
		tags: input.tags,
		birthday: input.birthday,
		gender: input.gender === undefined ? undefined : Number(input.gender),
		verified_email: input.verifiedEmail,
	};
	const given = Object.entries(input.address ?? {}).filter(([, value]) => value !== undefined);
	if (given.length > 0) body.addresses = [{ ...Object.fromEntries(given.map(([key, value]) => [ADDRESS_KEYS[key] ?? key, key === 'countryCode' ? value!.toUpperCase() : value])), default: true }];
	for (const key of Object.keys(body)) if (body[key] === undefined) delete body[key];
	return body;
}

/** Options → Fields of the customer reads. */
export const customerFieldsOption = fieldsOf({ placeholder: 'email,first_name,last_name,tags', description: 'Only these customer fields (comma-separated)' });

/** Options → Max Pages and Page Size of the customer lists. */
export const [maxPages, pageSize] = cursorPaging('Customers');

const dateFilter = <N extends string>(displayName: string, name: N, description: string) => dateTime({ displayName, name, description });

/** The filters of Get Many. */
export const listFilters = [
	dateFilter('Created After', 'createdAtMin', 'Only customers created at or after this time (ISO 8601)'),
	dateFilter('Created Before', 'createdAtMax', 'Only customers created at or before this time (ISO 8601)'),
	custom(
		{ displayName: 'IDs', name: 'ids', type: 'string', default: '', placeholder: '4201825054,4201825055', description: 'Only these customers: IDs separated by commas, at most 64' },
		shoplineIdsUpTo(64, 'customer', 'an empty list would match every customer; remove the filter instead').optional(),
	),
	custom({ displayName: 'Since ID', name: 'sinceId', type: 'string', default: '', placeholder: '4201825054', description: 'Only customers after this customer ID' }, optionalShoplineId),
	dateFilter('Updated After', 'updatedAtMin', 'Only customers updated at or after this time (ISO 8601): the filter for incremental syncs'),
	dateFilter('Updated Before', 'updatedAtMax', 'Only customers updated at or before this time (ISO 8601)'),
] as const;
