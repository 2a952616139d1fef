import type { IDataObject } from 'n8n-workflow';

import { boolean } from '../../../shared/node/field';
import type { ShoplineClient } from '../../api/client';
import { productMetafields, writeMetafield } from '../../api/metafields';
import { parseSourceValue, SOURCE_KEY, SOURCE_NAMESPACE, SOURCE_TYPE, sourceFromHandle, sourceMetafield, sourceValue, type Source1688, type SourceOrigin } from '../../model/source1688';

/**
 * The product ↔ 1688 offer link: written by Create or Update from 1688 Item into the product's
 * metafield tmapi1688.source, read back by Product → Get Many's "Include 1688 Source".
 */

/** Get Many's options that add the source to each product. */
export const include1688SourceFields = [
	boolean({
		displayName: 'Include 1688 Source',
		name: 'include1688Source',
		default: false,
		description:
			'Whether to add "source_1688" to each product: the 1688 offer it came from (item_id, offer_url), read from its metafield tmapi1688.source, else from a handle 1688-&lt;offer ID&gt;; null when neither. One more request per product.',
	}),
	boolean({
		displayName: 'Only Products From 1688',
		name: 'only1688',
		default: false,
		displayOptions: { show: { include1688Source: [true] } },
		description: 'Whether to leave out the products without a 1688 source',
	}),
] as const;

/** What Include 1688 Source needs of each product, added to an Options → Fields list. */
export const withSourceFields = (fields: string | undefined) => (fields === undefined ? undefined : [...new Set([...fields.split(','), 'id', 'handle'])].join(','));

/** The source of one store product: its metafield, else its handle. */
export async function sourceOfProduct(client: ShoplineClient, product: IDataObject, itemIndex: number): Promise<(Source1688 & { from: SourceOrigin }) | null> {
	const id = String(product.id ?? '');
	if (/^\d{1,32}$/.test(id)) {
		const stored = parseSourceValue(sourceMetafield(await productMetafields(client, id, { namespace: SOURCE_NAMESPACE, key: SOURCE_KEY }, itemIndex))?.value);
		if (stored) return { ...stored, from: 'metafield' };
	}
	const named = sourceFromHandle(product.handle);
	return named ? { ...named, from: 'handle' } : null;
}

/** The products with "source_1688" added (`raw[i]` is the product `shown[i]` was made from); without a source left out when `only`. */
export async function addSources(client: ShoplineClient, raw: IDataObject[], shown: IDataObject[], only: boolean, itemIndex: number): Promise<IDataObject[]> {
	const result: IDataObject[] = [];
	for (const [n, product] of raw.entries()) {
		const source = await sourceOfProduct(client, product, itemIndex);
		if (source || !only) result.push({ ...shown[n], source_1688: source });
	}
	return result;
}

/**
 * Keeps the offer in the product's source metafield: written at once for a product just
 * created, else read and written only when missing or different. Answers what it did.
 */
export async function linkSource(client: ShoplineClient, productId: string, source: Source1688, created: boolean, itemIndex: number): Promise<'created' | 'updated' | 'unchanged'> {
	const current = created ? undefined : sourceMetafield(await productMetafields(client, productId, { namespace: SOURCE_NAMESPACE, key: SOURCE_KEY }, itemIndex));
	const input = { namespace: SOURCE_NAMESPACE, key: SOURCE_KEY, type: SOURCE_TYPE, value: sourceValue(source), description: 'The 1688 offer this product comes from' };
	// The same offer stored in other spacing is the same link: nothing to write.
	if (current && current.type === SOURCE_TYPE && parseSourceValue(current.value)?.item_id === source.item_id) return 'unchanged';
	return (await writeMetafield(client, productId, input, current, itemIndex)).action;
}
