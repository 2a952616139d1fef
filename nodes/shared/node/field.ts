/**
 * One declaration per field: what the editor shows (the n8n property) and what a value must be
 * (its zod schema), made together, so a label, a default or a bound is written once.
 *
 * An operation declares its input as one bundle (nodes/Tmapi1688/actions/shop/getItems.operation.ts):
 *
 *   const inputFields = fields(
 *     shopUrl,                                        // a field of the resource: its fields.ts
 *     returnAll, limit,                               // shared by every list: node/descriptions.ts
 *     filtersCollection([shopCategory, shopCategoryType]),
 *     optionsCollection([sortField(SORTS), ...listOptionFields(true)]),   // run options come last
 *   );
 *   export const description = updateDisplayOptions({ show: { resource: ['shop'], operation: ['getItems'] } }, inputFields.properties);
 *   export function input(this: IExecuteFunctions, itemIndex: number) { return readInput(this, itemIndex, inputFields); }
 *   export async function execute(this: IExecuteFunctions, params: InputOf<typeof inputFields>, client, itemIndex) { … }
 *
 * - A builder takes the property as n8n spells it (displayName, name, description, placeholder,
 *   displayOptions, typeOptions…) and what the check needs, and derives the rest: `text` and
 *   `digitsId` (`expectation` is the error's "use …"; `required` refuses blank, otherwise blank is
 *   "not given"), `integer` and `decimal` (`min`/`max` are both the editor's bounds and the
 *   accepted range), `options` (its values are the accepted ones), `boolean`, `dateTime`, `notice`.
 *   Anything else: `custom(property, schema)`, e.g. an address a transform normalises.
 * - A field that several operations show is declared once — in its resource's fields.ts, or the
 *   node's actions/common/ when resources share it — and imported; `optional(field, changes)` is the
 *   same field not required, with a placeholder or description of its own.
 * - Filters: a field not added is undefined (not sent). Options: a field not added takes the default
 *   its property shows, unless it is `sentOnlyIfAdded` (then the API's own default applies). Run options (`perRun`, from runOptions.ts) sit in Options but are read once
 *   per run by the item loop, not with each item.
 * - Rules across fields stay zod: a collection's `refine` (filtersCollection(fields, refine)) or
 *   `.superRefine` on the bundle's schema: `readInput(this, i, { ...inputFields, schema: inputFields.schema.superRefine(rule) })`.
 * - Errors name the field by the label the editor shows: readInput reads labels from the properties.
 */
import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';
import { z } from 'zod';

import * as check from './validation';

/** One field of an operation: what the editor shows and what a value must be. */
export interface Field<N extends string = string, S extends z.ZodTypeAny = z.ZodTypeAny> {
	readonly property: INodeProperties & { readonly name: N };
	readonly schema: S;
	/** Shown, but no part of an item's input: a notice, or a run option (read once per run, see `perRun`). */
	readonly shownOnly?: true;
	/** In Options: not added is undefined (not sent), not the default its property shows (see `sentOnlyIfAdded`). */
	readonly sentOnlyIfAdded?: true;
}

/** A field whose value is given as `T` (whatever came in: text from an expression, a number…). */
type Checked<T> = z.ZodType<T, z.ZodTypeDef, unknown>;

/** What every builder takes: the property as n8n describes it, less what the builder derives. */
type Base<N extends string> = Omit<INodeProperties, 'name' | 'type' | 'default' | 'required' | 'options'> & { name: N };

/** What a list of fields may hold: fields, and lists of fields (e.g. Return All and Limit). */
export type Entry = Field | readonly Field[];
type Flat<E> = E extends readonly Field[] ? E[number] : E;
/** The zod shape of some fields: one key per field, its name. */
export type ShapeOf<F extends Field> = { [K in F as K['property']['name']]: K['schema'] };
/** The fields that are part of an item's input (not `shownOnly`). */
type Read<F extends Field> = Exclude<F, { shownOnly: true }>;
/** The object an item's values of these fields make. */
export type ObjectOf<F extends Field> = ShapeOf<Read<F>> extends infer S extends z.ZodRawShape ? z.ZodObject<S> : never;
/** A rule across the fields of a collection, e.g. Max Price not below Min Price. */
export type RefineOf<E extends readonly Entry[]> = (value: z.output<ObjectOf<Flat<E[number]>>>, context: z.RefinementCtx) => void;
/** A collection of the fields `E`, as `collection` makes it. */
export type CollectionOf<N extends string, E extends readonly Entry[]> = Field<N, Checked<z.output<ObjectOf<Flat<E[number]>>>>>;

/** An operation's whole input: its properties for the editor and the schema of one item's values. */
export interface Fields<S extends z.ZodTypeAny> {
	readonly properties: INodeProperties[];
	readonly schema: S;
}

/** The checked input of an operation, as `execute` receives it. */
export type InputOf<B extends { schema: z.ZodTypeAny }> = z.output<B['schema']>;

const blankIsUnset = <S extends z.ZodTypeAny>(schema: S) => z.preprocess((value) => (check.isBlank(value) ? undefined : value), schema.optional());

type Textual<N extends string, R extends boolean> = Field<N, Checked<R extends true ? string : string | undefined>>;

/** A string field: a required one refuses a blank value, another reads it as not given. */
function textual<N extends string, R extends boolean>(property: Base<N>, required: R | undefined, schema: Checked<string>): Textual<N, R> {
	return { property: { ...property, type: 'string', default: '', ...(required ? { required } : {}) }, schema: required ? schema : blankIsUnset(schema) } as never;
}

/** A text field; `maxLength` bounds it (1000 when not required and not said). */
export function text<N extends string, R extends boolean = false>(spec: Base<N> & { required?: R; expectation: string; maxLength?: number }): Textual<N, R> {
	const { required, expectation, maxLength, ...property } = spec;
	const length = maxLength ?? (required ? undefined : 1000);
	const schema = check.text(expectation);
	return textual(property, required, length === undefined ? schema : schema.pipe(z.string().max(length, `${expectation} (at most ${length} characters)`)));
}

/** An ID of digits kept as text (`maxDigits` long at most; a number that lost digits is refused). */
export function digitsId<N extends string, R extends boolean = false>(spec: Base<N> & { required?: R; expectation: string; maxDigits?: number }): Textual<N, R> {
	const { required, expectation, maxDigits, ...property } = spec;
	return textual(property, required, check.digitsId(expectation, maxDigits));
}

type Bounds = { min: number; max: number; default: number; what?: string };

/** A number field whose editor bounds are the two numbers `accepts` checks a value between. */
function bounded<N extends string>(spec: Base<N> & Bounds, accepts: (min: number, max: number, what?: string) => Checked<number>): Field<N, Checked<number>> {
	const { min, max, what, ...property } = spec;
	return { property: { ...property, type: 'number', typeOptions: { ...property.typeOptions, minValue: min, maxValue: max } }, schema: accepts(min, max, what) };
}

/** A whole number from `min` to `max`: the editor's bounds and the check's are the same two numbers. */
export const integer = <N extends string>(spec: Base<N> & Bounds) => bounded(spec, check.integer);

/** A number from `min` to `max`, fractions allowed. */
export const decimal = <N extends string>(spec: Base<N> & Bounds) => bounded(spec, check.decimal);

/** A boolean; "true"/"false" from an expression is accepted. */
export function boolean<N extends string>(spec: Base<N> & { default: boolean }): Field<N, Checked<boolean>> {
	return { property: { ...spec, type: 'boolean' }, schema: check.flag() };
}

/**
 * A dropdown: the values of its options are the values accepted. `values` orders them in the
 * error's list when that order is not the one shown (the editor's is often alphabetical).
 */
export function options<N extends string, V extends string>(
	spec: Base<N> & { options: ReadonlyArray<INodePropertyOptions & { value: V }>; default: NoInfer<V>; values?: readonly [V, ...V[]]; what?: string },
): Field<N, Checked<V>> {
	const { options: choices, values, what, ...property } = spec;
	const accepted = values ?? (choices.map((choice) => choice.value) as [V, ...V[]]);
	return { property: { ...property, type: 'options', options: [...choices] }, schema: check.oneOf(accepted, what) };
}

/** An optional date-time; an ISO 8601 text, a Date or a Luxon DateTime from an expression. */
export function dateTime<N extends string>(spec: Base<N>): Field<N, Checked<string | undefined>> {
	return { property: { ...spec, type: 'dateTime', default: '' }, schema: check.optionalIsoDate() };
}

/** Any property with any schema: for what no builder says (a transform, a list, a fixed collection). */
export function custom<N extends string, S extends z.ZodTypeAny>(property: INodeProperties & { name: N }, schema: S): Field<N, S> {
	return { property, schema };
}

/** The same field, not required: a blank value is "not given"; `changes` adjust what the editor shows. */
export function optional<N extends string, T>(field: Field<N, Checked<T>>, changes: Partial<Omit<INodeProperties, 'name'>> = {}): Field<N, Checked<T | undefined>> {
	const property = { ...field.property, ...changes, name: field.property.name };
	delete property.required;
	return { property, schema: blankIsUnset(field.schema) };
}

/** An option that is sent only when added: left out, the API's own default applies (e.g. a sort order). */
export const sentOnlyIfAdded = <F extends Field>(field: F): Omit<F, 'schema'> & { schema: z.ZodOptional<F['schema']>; sentOnlyIfAdded: true } => ({
	...field,
	schema: field.schema.optional(),
	sentOnlyIfAdded: true,
});

/** A run option: shown in Options, read once per run from the first item (readRunOptions), not per item. */
export const perRun = <F extends Field>(field: F): F & { shownOnly: true } => ({ ...field, shownOnly: true });

/** A notice: text the editor shows among the fields. */
export function notice<N extends string>(name: N, displayName: string): Field<N, z.ZodUnknown> & { shownOnly: true } {
	return { property: { displayName, name, type: 'notice', default: '' }, schema: z.unknown(), shownOnly: true };
}

/** The field's schema where a value may be left out: then it is the default its property shows. */
export const withDefault = <S extends z.ZodTypeAny>(field: Field<string, S>) => field.schema.default(field.property.default);

const flatten = (entries: readonly Entry[]): Field[] => entries.flatMap((entry): Field[] => (Array.isArray(entry) ? [...(entry as Field[])] : [entry as Field]));

/**
 * A collection (Filters, Options): its options are the fields' properties, its value an object
 * of the fields added. `unset` says what a field not added is: undefined (`omit`: a filter not
 * sent) or its property's default (`default`). `refine` adds a rule across its fields.
 */
export function collection<N extends string, E extends readonly Entry[]>(spec: {
	displayName: string;
	name: N;
	placeholder: string;
	fields: E;
	unset: 'omit' | 'default';
	refine?: RefineOf<E>;
}): CollectionOf<N, E> {
	const children = flatten(spec.fields);
	const shape: z.ZodRawShape = {};
	for (const child of children) {
		if (!child.shownOnly) shape[child.property.name] = spec.unset === 'default' && !child.sentOnlyIfAdded ? withDefault(child) : child.schema.optional();
	}
	const object = z.object(shape);
	const { displayName, name, placeholder } = spec;
	return {
		property: { displayName, name, type: 'collection', placeholder, default: {}, options: children.map((child) => child.property) },
		schema: (spec.refine ? object.superRefine(spec.refine as never) : object) as never,
	};
}

/** An operation's input: the fields in the order the editor shows them; a list of fields counts as its fields. */
export function fields<E extends readonly Entry[]>(...entries: E): Fields<ObjectOf<Flat<E[number]>>> & { shape: ShapeOf<Read<Flat<E[number]>>> } {
	const all = flatten(entries);
	const shape: z.ZodRawShape = {};
	for (const field of all) if (!field.shownOnly) shape[field.property.name] = field.schema;
	return { properties: all.map((field) => field.property), schema: z.object(shape), shape } as never;
}
