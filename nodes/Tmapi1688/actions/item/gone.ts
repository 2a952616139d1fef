import type { IDataObject } from 'n8n-workflow';
import { NodeApiError } from 'n8n-workflow';

import { boolean } from '../../../shared/node/field';
import { goneFromDetail, goneFromFailure, type FailureFacts, type GoneReason } from '../../model/gone';

/**
 * Report Gone Offers of the two detail operations: an offer that is not found, delisted or out
 * of stock on every SKU becomes one marker item instead of a failure (or a detail), so that a
 * scheduled re-sync can act on it — SHOPLINE → Create or Update from 1688 Item reads the marker.
 */

export const reportGone = boolean({
	displayName: 'Report Gone Offers',
	name: 'reportGone',
	default: false,
	description:
		'Whether to output { item_id, gone: true, reason } instead of failing (or of the detail) when the offer is not found, delisted or out of stock on every SKU. Off: such an offer fails the item as before, or comes as its detail.',
});

export interface GoneMarker extends IDataObject {
	item_id: string;
	product_url: string;
	gone: true;
	reason: GoneReason;
}

const marker = (offerId: string, reason: GoneReason): GoneMarker => ({ item_id: offerId, product_url: `https://detail.1688.com/offer/${offerId}.html`, gone: true, reason });

/**
 * The detail `request` gets, or the marker of a gone offer when `report` is on: a failure that
 * says the offer is gone, or a detail that shows it. Any other failure is thrown as before.
 */
export async function detailOrGone(request: () => Promise<IDataObject>, offerId: string, report: boolean): Promise<IDataObject | GoneMarker> {
	if (!report) return await request();
	let detail: IDataObject | undefined;
	let failure: NodeApiError | undefined;
	try {
		detail = await request();
	} catch (error) {
		// Only a NodeApiError says what TMAPI answered; anything else goes on as it came.
		if (!(error instanceof NodeApiError)) throw error as Error;
		failure = error;
	}
	if (failure || !detail) {
		const reason = failure ? goneFromFailure((failure.errorResponse ?? {}) as FailureFacts) : undefined;
		if (reason) return marker(offerId, reason);
		throw failure as NodeApiError;
	}
	const reason = goneFromDetail(detail);
	return reason ? marker(offerId, reason) : detail;
}

export const isGoneMarker = (value: IDataObject): value is GoneMarker => value.gone === true;
