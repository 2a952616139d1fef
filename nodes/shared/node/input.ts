import { NodeOperationError, type IDataObject, type IExecuteFunctions, type INodeProperties, type INodePropertyCollection } from 'n8n-workflow';
import type { z } from 'zod';

import { throwInvalid, validateInput } from './validation';

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

const isLocator = (property: INodeProperties) => property.type === 'resourceLocator';

/**
 * The ID a resource locator holds, whichever mode gave it (From List, By URL, By ID): n8n
 * extracts it (a plain string, as workflows made before the field had modes hold, passes
 * through). An address its mode cannot read is refused naming the field and the value.
 */
function readLocator(ctx: IExecuteFunctions, itemIndex: number, path: string, property: INodeProperties, label: string): IDataObject[string] {
	try {
		return ctx.getNodeParameter(path, itemIndex, '', { extractValue: true }) as IDataObject[string];
	} catch (error) {
		const given = ctx.getNodeParameter(path, itemIndex, '') as unknown;
		const locator = given !== null && typeof given === 'object' ? (given as { mode?: unknown; value?: unknown }) : { value: given };
		const mode = property.modes?.find((candidate) => candidate.name === locator.mode);
		// Only a mode that reads the ID out of an address (By URL) refuses a value here.
		if (!mode?.extractValue) throw new NodeOperationError(ctx.getNode(), error as Error, { itemIndex });
		const example = mode?.placeholder ? ` such as ${mode.placeholder}` : '';
		return throwInvalid(ctx.getNode(), label, locator.value, `use an address${example}, or pick the record from the list`, itemIndex);
	}
}

/** One parameter of one item; resource locators (also inside a collection) give their ID. */
function readParameter(ctx: IExecuteFunctions, itemIndex: number, property: INodeProperties): IDataObject[string] {
	if (isLocator(property)) return readLocator(ctx, itemIndex, property.name, property, property.displayName);
	const value = ctx.getNodeParameter(property.name, itemIndex, property.default) as IDataObject[string];
	if (property.type !== 'collection' || value === null || typeof value !== 'object' || Array.isArray(value)) return value;
	const entries = { ...(value as IDataObject) };
	for (const option of (property.options ?? []) as INodeProperties[]) {
		if (isLocator(option) && option.name in entries) entries[option.name] = readLocator(ctx, itemIndex, `${property.name}.${option.name}`, option, option.displayName);
	}
	return entries;
}

/** The parameters of one item, as the editor holds them: one value per property of the operation. */
export function readParameters(ctx: IExecuteFunctions, itemIndex: number, properties: readonly INodeProperties[]): IDataObject {
	const values: IDataObject = {};
	for (const property of properties) {
		if (property.type === 'notice' || property.name in values) continue;
		values[property.name] = readParameter(ctx, itemIndex, property);
	}
	return values;
}

/**
 * Reads and checks the input of one item in one call: the operation's properties give the
 * values and the field names for errors, the schema says what is accepted. The input is a
 * bundle of fields (see field.ts), or for an operation not yet declared with them, its
 * properties and its schema.
 */
export function readInput<S extends z.ZodTypeAny>(ctx: IExecuteFunctions, itemIndex: number, input: { properties: readonly INodeProperties[]; schema: S }): z.output<S>;
export function readInput<S extends z.ZodTypeAny>(ctx: IExecuteFunctions, itemIndex: number, properties: readonly INodeProperties[], schema: S): z.output<S>;
export function readInput<S extends z.ZodTypeAny>(
	ctx: IExecuteFunctions,
	itemIndex: number,
	input: readonly INodeProperties[] | { properties: readonly INodeProperties[]; schema: S },
	schema?: S,
): z.output<S> {
	const { properties, schema: check } = 'properties' in input ? input : { properties: input, schema: schema! };
	return validateInput(ctx.getNode(), check, readParameters(ctx, itemIndex, properties), (path) => labelAt(properties, path), itemIndex);
}
