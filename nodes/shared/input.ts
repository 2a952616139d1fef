import type { IDataObject, IExecuteFunctions, INodeProperties, INodePropertyCollection } from 'n8n-workflow';
import type { z } from 'zod';

import { validateInput } from './validation';

type Path = Array<string | number>;

function isCollectionEntry(option: unknown): option is INodePropertyCollection {
	return typeof option === 'object' && option !== null && Array.isArray((option as INodePropertyCollection).values);
}

/**
 * The display name of the field at `path` of an operation's input, read from the same
 * properties the editor shows: "filters.priceEnd" → "Max Price", "variants.variant.2.price"
 * → "Variants → Price (variant 3)". A path inside one value (an ID of a list) names the value.
 */
export function labelAt(properties: readonly INodeProperties[], path: Path): string | undefined {
	const [name, ...rest] = path;
	const property = properties.find((candidate) => candidate.name === name && candidate.type !== 'notice');
	if (!property) return undefined;
	if (rest.length === 0 || !property.options) return property.displayName;
	if (property.type === 'collection') {
		return labelAt(property.options as INodeProperties[], rest) ?? property.displayName;
	}
	if (property.type === 'fixedCollection') {
		const entry = property.options.find((option) => isCollectionEntry(option) && option.name === rest[0]);
		if (!isCollectionEntry(entry)) return property.displayName;
		const index = typeof rest[1] === 'number' ? rest[1] : undefined;
		const field = labelAt(entry.values, rest.slice(index === undefined ? 1 : 2));
		if (field === undefined) return property.displayName;
		return index === undefined ? `${property.displayName} → ${field}` : `${property.displayName} → ${field} (${entry.displayName.toLowerCase()} ${Number(index) + 1})`;
	}
	return property.displayName;
}

/** The parameters of one item, as the editor holds them: one value per property of the operation. */
export function readParameters(ctx: IExecuteFunctions, itemIndex: number, properties: readonly INodeProperties[]): IDataObject {
	const values: IDataObject = {};
	for (const property of properties) {
		if (property.type === 'notice' || property.name in values) continue;
		values[property.name] = ctx.getNodeParameter(property.name, itemIndex, property.default) as IDataObject[string];
	}
	return values;
}

/**
 * Reads and checks the input of one item in one call: the operation's properties give the
 * values and the field names for errors, the schema says what is accepted.
 */
export function readInput<S extends z.ZodTypeAny>(
	ctx: IExecuteFunctions,
	itemIndex: number,
	properties: readonly INodeProperties[],
	schema: S,
): z.output<S> {
	return validateInput(ctx.getNode(), schema, readParameters(ctx, itemIndex, properties), (path) => labelAt(properties, path), itemIndex);
}
