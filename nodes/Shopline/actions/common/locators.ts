import type { INodeProperties } from 'n8n-workflow';

import { custom } from '../../../shared/node/field';
import { optionalShoplineId, shoplineId } from './ids';

/**
 * The record fields of the SHOPLINE operations (product, collection, order, location) as
 * n8n resource locators: From List (the node's list search), By URL where the SHOPLINE
 * admin has an address with the ID in it, By ID. Operations read them through readInput,
 * which gives the ID as text whichever mode holds it — and a plain ID, as workflows made
 * before these fields had modes hold, as it is.
 */

/** What the admin addresses look like: https://<handle>.myshopline.com/admin/<path>/<id>. */
const ADMIN = 'https?://[a-zA-Z0-9][a-zA-Z0-9-]*\\.myshopline\\.com/admin';

export interface RecordKind {
	/** The record in a sentence: "product". */
	noun: string;
	/** The list search of the node that lists it (methods.listSearch). */
	searchMethod: string;
	/** An ID of this kind, for the placeholder. */
	example: string;
	/** The admin path of a record, when the admin shows its ID in the address ("products"). */
	adminPath?: string;
}

export const PRODUCT: RecordKind = { noun: 'product', searchMethod: 'searchProducts', example: '16057850264845250791280282', adminPath: 'products' };
export const COLLECTION: RecordKind = { noun: 'collection', searchMethod: 'searchCollections', example: '12257170618007271602093384' };
export const ORDER: RecordKind = { noun: 'order', searchMethod: 'searchOrders', example: '21050224312121887324667162', adminPath: 'orders' };
export const LOCATION: RecordKind = { noun: 'location', searchMethod: 'searchLocations', example: '54217042481355269010000001' };
export const CUSTOMER: RecordKind = { noun: 'customer', searchMethod: 'searchCustomers', example: '4201825054' };
export const DRAFT_ORDER: RecordKind = { noun: 'draft order', searchMethod: 'searchDraftOrders', example: '2505659131831930856670' };

/** A field that names one record of `kind`; `required: false` for an optional one (then empty = none). */
export function recordLocator(kind: RecordKind, field: { displayName: string; name: string; description: string; required?: boolean }): INodeProperties {
	const address = `${ADMIN}/${kind.adminPath ?? ''}/`;
	const locator: INodeProperties = {
		displayName: field.displayName,
		name: field.name,
		type: 'resourceLocator',
		required: field.required ?? true,
		default: { mode: 'list', value: '' },
		description: field.description,
		modes: [
			{
				displayName: 'From List',
				name: 'list',
				type: 'list',
				placeholder: `Select a ${kind.noun}...`,
				typeOptions: { searchListMethod: kind.searchMethod, searchable: true },
			},
			{
				displayName: 'By URL',
				name: 'url',
				type: 'string',
				placeholder: `https://open001.myshopline.com/admin/${kind.adminPath ?? ''}/${kind.example}`,
				// n8n anchors a validation pattern itself; the extraction is anchored here.
				validation: [{ type: 'regex', properties: { regex: `\\s*${address}\\d{1,64}(?:[/?#]\\S*)?\\s*`, errorMessage: `Not the SHOPLINE admin address of a ${kind.noun}` } }],
				extractValue: { type: 'regex', regex: `^\\s*${address}(\\d{1,64})(?:[/?#]\\S*)?\\s*$` },
			},
			{
				displayName: 'By ID',
				name: 'id',
				type: 'string',
				placeholder: kind.example,
				validation: [{ type: 'regex', properties: { regex: '\\s*\\d{1,64}\\s*', errorMessage: `Not a ${kind.noun} ID: use its digits, e.g. ${kind.example}` } }],
			},
		],
	};
	// By URL only where the admin shows the record's ID in its address.
	if (!kind.adminPath) locator.modes = locator.modes!.filter((mode) => mode.name !== 'url');
	return locator;
}

/** How the description names the ways to give a record of `kind`. */
export const ways = (kind: RecordKind, search: string) =>
	`pick it from the list (search by ${search})${kind.adminPath ? ', paste its address in the SHOPLINE admin' : ''} or give its 26-digit ID`;

/** A required record field with its check: the record's ID as text, whichever mode holds it. */
export const recordField = <N extends string>(kind: RecordKind, field: { displayName: string; name: N; description: string }) =>
	custom({ ...recordLocator(kind, field), name: field.name }, shoplineId);

/** An optional record field: empty is none. */
export const optionalRecordField = <N extends string>(kind: RecordKind, field: { displayName: string; name: N; description: string }) =>
	custom({ ...recordLocator(kind, { ...field, required: false }), name: field.name }, optionalShoplineId);
