import type { IDataObject, INodeProperties } from 'n8n-workflow';
import { z } from 'zod';

import { optionalText, text } from '../../../shared/node/validation';

/** Fields the fulfillment operations share: the fulfillment ID, the tracking list and Notify Customer. */
export const fulfillmentIdField: INodeProperties = {
	displayName: 'Fulfillment ID',
	name: 'fulfillmentId',
	type: 'string',
	required: true,
	default: '',
	placeholder: '22046737798141702810214336',
	description: 'The ID of the fulfillment (package), as text',
};

export const notifyCustomerField: INodeProperties = {
	displayName: 'Notify Customer',
	name: 'notifyCustomer',
	type: 'boolean',
	default: false,
	description: 'Whether SHOPLINE emails the buyer the shipping details',
};

/** Up to 10 tracking entries, sent as tracking_info_list. */
export function trackingField(description: string): INodeProperties {
	return {
		displayName: 'Tracking',
		name: 'tracking',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		placeholder: 'Add Tracking Info',
		default: {},
		description,
		options: [
			{
				displayName: 'Tracking Info',
				name: 'trackingInfo',
				values: [
					{ displayName: 'Tracking Number', name: 'trackingNumber', type: 'string', default: '', placeholder: 'UG198768340YP', description: "The carrier's tracking number" },
					{ displayName: 'Tracking Company', name: 'trackingCompany', type: 'string', default: '', placeholder: '4PX', description: 'The carrier, as SHOPLINE names it (e.g. 4PX, DHL, Other)' },
					{
						displayName: 'Tracking URL',
						name: 'trackingUrl',
						type: 'string',
						default: '',
						placeholder: 'https://tools.usps.com/go/TrackConfirmAction_input?qtc_tLabels1=UG198768340YP',
						description: 'Page where the buyer follows the package',
					},
				],
			},
		],
	};
}

const URL_EXPECTATION = 'use a web address starting with http:// or https://';

const trackingEntry = z.object({
	trackingNumber: text('use the tracking number as text').pipe(z.string().max(100, 'use the tracking number as text (at most 100 characters)')),
	trackingCompany: optionalText('use the carrier name as text', 100),
	trackingUrl: optionalText(URL_EXPECTATION, 2000).refine((value) => value === undefined || /^https?:\/\/[^\s/]+\.[^\s]+$/i.test(value), URL_EXPECTATION),
});

/** The checks of the Tracking field; `required` asks for at least one entry. */
export function trackingSchema(required: boolean) {
	const atLeastOne = 'add at least one tracking entry with a tracking number';
	const list = z.array(trackingEntry, { required_error: atLeastOne, invalid_type_error: 'add tracking entries' }).max(10, 'use at most 10 tracking entries');
	return z.object({ trackingInfo: required ? list.min(1, atLeastOne) : list.optional() }, { invalid_type_error: 'add tracking entries' });
}

/** The tracking entries as SHOPLINE's tracking_info_list. */
export function toTrackingInfoList(entries: Array<z.output<typeof trackingEntry>> | undefined): IDataObject[] {
	return (entries ?? []).map((entry) => {
		const info: IDataObject = { tracking_number: entry.trackingNumber };
		if (entry.trackingCompany !== undefined) info.tracking_company = entry.trackingCompany;
		if (entry.trackingUrl !== undefined) info.tracking_url = entry.trackingUrl;
		return info;
	});
}
