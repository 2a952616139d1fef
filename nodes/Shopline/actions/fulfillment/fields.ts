import type { IDataObject } from 'n8n-workflow';
import { z } from 'zod';

import { boolean, custom, text } from '../../../shared/node/field';
import { text as requiredText } from '../../../shared/node/validation';
import { shoplineId } from '../common/ids';

/** Fields the fulfillment operations share: the fulfillment ID, the tracking list and Notify Customer. */
export const fulfillmentId = custom(
	{
		displayName: 'Fulfillment ID',
		name: 'fulfillmentId',
		type: 'string',
		required: true,
		default: '',
		placeholder: '22046737798141702810214336',
		description: 'The ID of the fulfillment (package), as text',
	},
	shoplineId,
);

export const notifyCustomer = boolean({ displayName: 'Notify Customer', name: 'notifyCustomer', default: false, description: 'Whether SHOPLINE emails the buyer the shipping details' });

const URL_EXPECTATION = 'use a web address starting with http:// or https://';

// The entries of Tracking: a number is needed in each entry, though the editor marks none required.
const trackingNumber = custom(
	{ displayName: 'Tracking Number', name: 'trackingNumber', type: 'string', default: '', placeholder: 'UG198768340YP', description: "The carrier's tracking number" },
	requiredText('use the tracking number as text').pipe(z.string().max(100, 'use the tracking number as text (at most 100 characters)')),
);

const trackingCompany = text({
	displayName: 'Tracking Company',
	name: 'trackingCompany',
	placeholder: '4PX',
	description: 'The carrier, as SHOPLINE names it (e.g. 4PX, DHL, Other)',
	expectation: 'use the carrier name as text',
	maxLength: 100,
});

const trackingUrlText = text({
	displayName: 'Tracking URL',
	name: 'trackingUrl',
	placeholder: 'https://tools.usps.com/go/TrackConfirmAction_input?qtc_tLabels1=UG198768340YP',
	description: 'Page where the buyer follows the package',
	expectation: URL_EXPECTATION,
	maxLength: 2000,
});

const trackingUrl = { ...trackingUrlText, schema: trackingUrlText.schema.refine((value) => value === undefined || /^https?:\/\/[^\s/]+\.[^\s]+$/i.test(value), URL_EXPECTATION) };

const trackingEntry = z.object({ trackingNumber: trackingNumber.schema, trackingCompany: trackingCompany.schema, trackingUrl: trackingUrl.schema });

/** Tracking: up to 10 entries, sent as tracking_info_list; `required` asks for at least one. */
export function tracking(description: string, required: boolean) {
	const atLeastOne = 'add at least one tracking entry with a tracking number';
	const list = z.array(trackingEntry, { required_error: atLeastOne, invalid_type_error: 'add tracking entries' }).max(10, 'use at most 10 tracking entries');
	return custom(
		{
			displayName: 'Tracking',
			name: 'tracking',
			type: 'fixedCollection',
			typeOptions: { multipleValues: true },
			placeholder: 'Add Tracking Info',
			default: {},
			description,
			options: [{ displayName: 'Tracking Info', name: 'trackingInfo', values: [trackingNumber.property, trackingCompany.property, trackingUrl.property] }],
		},
		z.object({ trackingInfo: required ? list.min(1, atLeastOne) : list.optional() }, { invalid_type_error: 'add tracking entries' }),
	);
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
