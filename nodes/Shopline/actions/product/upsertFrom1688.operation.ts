import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { NodeApiError, NodeOperationError, updateDisplayOptions } from 'n8n-workflow';

import { custom, fields } from '../../../shared/node/field';
import { readInput } from '../../../shared/node/input';
import type { RunState } from '../../../shared/node/dispatch';
import { MappingError, productFrom1688, type MappedProduct } from '../../model/from1688';
import type { ShoplineClient } from '../../api/client';
import { shoplineOptionsField } from '../common/runOptions';
import { from1688Notice, ruleFieldList, rulesOf } from './from1688Rules';
import { oneWriterPerHandle, updateProduct, upsertByHandle } from '../../model/upsertByHandle';
import { setStock, type StockResult } from './from1688/stock';
import { goneOfferOf, syncGoneOffer, type GoneOffer } from './from1688/gone';
import { storeProductById, storeProductId } from './from1688/storeProduct';
import { linkSource } from './source1688';

// After Pricing, Variant, Stock and Product Options, a plain "Options" would read as a leftover:
// this group holds only how requests are paced and retried.
const requestOptions = custom({ ...shoplineOptionsField().property, displayName: 'Request Options' }, shoplineOptionsField().schema);

const inputFields = fields(from1688Notice, storeProductId, ...ruleFieldList, requestOptions);

export const description = updateDisplayOptions({ show: { resource: ['product'], operation: ['upsertFrom1688'] } }, inputFields.properties);

export const writes = true;

/** Where the item's product is: by Store Product ID when given (else by handle), and the Stock Location. */
type Target = { productId?: string; stockLocationId?: string };
type Params = ({ mapped: MappedProduct; gone?: undefined; skipUnchanged: boolean; checkSourceLink: boolean } | { gone: GoneOffer }) & Target;

/**
 * The item's 1688 detail mapped under the rules — or, for a "gone" marker of Get Detail, the
 * offer and the chosen policy; a detail the rules cannot map fails here, before any request.
 */
export function input(this: IExecuteFunctions, itemIndex: number): Params {
	const options = readInput(this, itemIndex, inputFields);
	const target: Target = { productId: options.storeProductId, stockLocationId: options.stockLocationId };
	const detail = this.getInputData()[itemIndex]?.json ?? {};
	const gone = goneOfferOf.call(this, detail, options, itemIndex);
	if (gone) return { gone, ...target };
	let mapped: MappedProduct;
	try {
		mapped = productFrom1688(detail, rulesOf(options));
	} catch (error) {
		if (!(error instanceof MappingError)) throw new NodeOperationError(this.getNode(), error as Error, { itemIndex });
		throw new NodeOperationError(this.getNode(), `${error.rule}: ${error.message}`, { itemIndex, description: error.advice ?? `Change the "${error.rule}" option, or leave this 1688 item out.` });
	}
	return { mapped, skipUnchanged: options.skipUnchanged, checkSourceLink: options.checkSourceLink, ...target };
}

/**
 * Product → Create or Update from 1688 Item: maps the input 1688 item detail to a SHOPLINE
 * product, updates the product of Store Product ID, or without one creates or updates it by
 * handle (1688-<item id>) — nothing when unchanged —, keeps
 * the offer in the product's source metafield (when it writes the product, or always with
 * Check Source Link of Unchanged Products), then sets each variant's stock at the chosen
 * location where it differs. A gone offer gets the policy of "When the Offer Is Gone".
 */
export async function execute(this: IExecuteFunctions, params: Params, client: ShoplineClient, itemIndex: number, run: RunState): Promise<IDataObject[]> {
	const handle = params.gone ? params.gone.handle : String(params.mapped.product.handle);
	const task = async () =>
		params.gone ? [await syncGoneOffer(client, params.gone, params, this.getInputData().length, itemIndex)] : await writeItem.call(this, params, client, itemIndex);
	// The product and its stock: one item of the run at a time per handle (the same offer twice), and per Store Product ID.
	return await oneWriterPerHandle(run.turns, handle, params.productId ? async () => await run.turns.run(`product id ${params.productId}`, task) : task);
}

/** The item's product, its source link, then its stock; the item holds its handle's turn meanwhile. */
async function writeItem(this: IExecuteFunctions, params: Exclude<Params, { gone: GoneOffer }>, client: ShoplineClient, itemIndex: number): Promise<IDataObject[]> {
	const { mapped } = params;
	const { product, action, changes } = params.productId
		? await updateProduct(client, withoutHandle(mapped.product), await storeProductById(client, params.productId, this.getInputData().length, itemIndex), params.skipUnchanged, itemIndex)
		: await upsertByHandle(client, mapped.product as IDataObject & { handle: string }, { skipUnchanged: params.skipUnchanged, runSize: this.getInputData().length }, itemIndex);
	let stock: StockResult | undefined;
	let sourceLink: string | undefined;
	try {
		sourceLink = action !== 'unchanged' || params.checkSourceLink ? await linkSource(client, String(product.id), mapped.source, action === 'created', itemIndex) : undefined;
		stock = params.stockLocationId ? await setStock(client, product, mapped.stock, params.stockLocationId, action === 'created', itemIndex) : undefined;
	} catch (error) {
		// The product is written; say so, and that running the item again is safe.
		const failure = error instanceof NodeApiError || error instanceof NodeOperationError ? error : new NodeOperationError(this.getNode(), error as Error, { itemIndex });
		const done = action === 'unchanged' ? `was already up to date (ID ${String(product.id)})` : `was ${action} (ID ${String(product.id)})`;
		failure.description = `This item's product ${done} before this failure; only its source link or stock may be incomplete. Running the item again is safe: it finds the product by its ${params.productId ? 'Store Product ID' : 'handle'} and writes only what differs. ${failure.description ?? ''}`.trim();
		throw failure;
	}
	return [{ ...product, action, ...(changes ? { changes } : {}), source_1688: { ...mapped.source, ...(sourceLink ? { metafield: sourceLink } : {}) }, ...(stock ? { stock } : {}) }];
}

/** A product found by its ID keeps the handle the store gives it (it may have been renamed). */
function withoutHandle(product: IDataObject): IDataObject {
	const rest = { ...product };
	delete rest.handle;
	return rest;
}
