import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { options } from '../../../../shared/node/field';
import type { ShoplineClient } from '../../../api/client';
import { productByHandle, rememberProduct } from '../../../model/upsertByHandle';
import { sourceOf, type Source1688 } from '../../../model/source1688';
import { inventoryItemsBySku, setStock } from './stock';
import { storeProductById } from './storeProduct';

/**
 * A 1688 offer that is gone — TMAPI 1688 → Item → Get Detail with "Report Gone Offers" outputs
 * { item_id, gone: true, reason } for it — and what Create or Update from 1688 Item then does to
 * its product: draft it, set its stock to 0, or leave it and report. Nothing is written when the
 * product is already in that state.
 */

export const GONE_POLICIES = ['draft', 'zeroStock', 'report'] as const;
export type GonePolicy = (typeof GONE_POLICIES)[number];
const REASONS = ['not_found', 'delisted', 'out_of_stock'] as const;

export const whenGone = options({
	displayName: 'When the Offer Is Gone',
	name: 'whenGone',
	options: [
		{ name: 'Leave and Report', value: 'report', description: 'Write nothing; the output says the offer is gone and why' },
		{ name: 'Set Stock to 0', value: 'zeroStock', description: "Set every variant's available quantity at the Stock Location to 0" },
		{ name: 'Set to Draft', value: 'draft', description: 'Set the product to draft, so it leaves the storefront' },
	],
	default: 'report',
	values: ['report', 'zeroStock', 'draft'],
	description:
		'What to do with the product of an input item that TMAPI 1688 → Item → Get Detail (with Report Gone Offers on) marks as gone: not found, delisted, or out of stock on every SKU',
});

export interface GoneOffer {
	source: Source1688;
	reason: (typeof REASONS)[number];
	handle: string;
	policy: GonePolicy;
}

/** The gone offer an input item is, or undefined when it is an ordinary 1688 detail. */
export function goneOfferOf(this: IExecuteFunctions, detail: IDataObject, rules: { whenGone: GonePolicy; content: { handlePrefix: string } }, itemIndex: number): GoneOffer | undefined {
	if (detail.gone !== true) return undefined;
	const source = sourceOf(detail.item_id);
	const reason = REASONS.find((known) => known === detail.reason);
	if (!source || !reason) {
		const shown = JSON.stringify({ item_id: detail.item_id, reason: detail.reason }).slice(0, 120);
		throw new NodeOperationError(this.getNode(), `The input item is marked gone but is not a gone offer of TMAPI 1688: ${shown}`, {
			itemIndex,
			description: `A gone offer has an item_id of 6 to 20 digits and a reason: ${REASONS.join(', ')}.`,
		});
	}
	return { source, reason, handle: `${rules.content.handlePrefix}${source.item_id}`, policy: rules.whenGone };
}

/** Applies the policy to the offer's product (by Store Product ID when given, else by its handle); the output says what was done and why. */
export async function syncGoneOffer(client: ShoplineClient, gone: GoneOffer, where: { stockLocationId?: string; productId?: string }, runSize: number, itemIndex: number): Promise<IDataObject> {
	const { reason, source } = gone;
	const { stockLocationId, productId } = where;
	const product = productId ? await storeProductById(client, productId, runSize, itemIndex) : await productByHandle(client, gone.handle, runSize, itemIndex);
	if (!product) return { handle: gone.handle, action: 'unchanged', source_1688: source, sync: { action: 'not_in_store', reason } };
	const done = (result: IDataObject, action: string, extra: IDataObject = {}) => ({
		...result,
		action: ['drafted', 'stock_zeroed'].includes(action) ? 'updated' : 'unchanged',
		source_1688: source,
		sync: { action, reason },
		...extra,
	});
	if (gone.policy === 'report') return done(product, 'reported');
	if (gone.policy === 'draft') {
		if (product.status === 'draft') return done(product, 'already_draft');
		const updated = await client.record('product', { method: 'PUT', path: `products/${String(product.id)}.json`, body: { product: { status: 'draft' } }, itemIndex });
		await rememberProduct(client, updated);
		return done(updated, 'drafted');
	}
	if (!stockLocationId) {
		throw new NodeOperationError(client.node, 'Stock Location ID: give the location whose stock "Set Stock to 0" sets (When the Offer Is Gone)', { itemIndex });
	}
	const zero = [...inventoryItemsBySku(product).keys()].map((sku) => ({ sku, available: 0 }));
	const stock = await setStock(client, product, zero, stockLocationId, false, itemIndex);
	return done(product, stock.set > 0 ? 'stock_zeroed' : 'already_zero', { stock });
}
