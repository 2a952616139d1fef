import { NodeOperationError, type IExecuteFunctions, type INodeProperties } from 'n8n-workflow';

import { limit, optionsCollection, filtersCollection, returnAll } from '../../nodes/shared/node/descriptions';
import { boolean, dateTime, decimal, digitsId, fields, integer, notice, optional, options, perRun, text } from '../../nodes/shared/node/field';
import { readInput } from '../../nodes/shared/node/input';
import { readRunOptions } from '../../nodes/shared/node/runOptions';
import { readShoplineRunOptions, runOptionFieldsOfNode } from '../../nodes/Shopline/actions/common/runOptions';
import * as categoryGetInfo from '../../nodes/Tmapi1688/actions/category/getInfo.operation';
import * as categoryGetItems from '../../nodes/Tmapi1688/actions/category/getItems.operation';
import * as categoryGetItemsV1 from '../../nodes/Tmapi1688/actions/category/getItemsV1.operation';
import { runOptionsOfNode } from '../../nodes/Tmapi1688/actions/common/runOptions';
import * as itemGetDescription from '../../nodes/Tmapi1688/actions/item/getDescription.operation';
import * as itemGetDetail from '../../nodes/Tmapi1688/actions/item/getDetail.operation';
import * as itemGetDetailById from '../../nodes/Tmapi1688/actions/item/getDetailById.operation';
import * as itemGetReviews from '../../nodes/Tmapi1688/actions/item/getReviews.operation';
import * as itemGetSalesStatistics from '../../nodes/Tmapi1688/actions/item/getSalesStatistics.operation';
import * as searchFactories from '../../nodes/Tmapi1688/actions/search/factories.operation';
import * as searchItems from '../../nodes/Tmapi1688/actions/search/items.operation';
import * as searchItemsByImage from '../../nodes/Tmapi1688/actions/search/itemsByImage.operation';
import * as searchItemsGlobal from '../../nodes/Tmapi1688/actions/search/itemsGlobal.operation';
import * as shopGetItems from '../../nodes/Tmapi1688/actions/shop/getItems.operation';

/** Just what reading an item's input asks of n8n: the node, and the parameters of item 0. */
function contextOf(parameters: Record<string, unknown>): IExecuteFunctions {
	return {
		getNode: () => ({ id: '1', name: 'Node', type: 'test', typeVersion: 1, position: [0, 0], parameters: {} }),
		getNodeParameter: (name: string, _itemIndex: number, fallback?: unknown) => (name in parameters ? parameters[name] : fallback),
	} as unknown as IExecuteFunctions;
}

/** The message of the error `read` throws, or undefined when it accepts. */
function refusal(read: () => unknown): string | undefined {
	try {
		read();
		return undefined;
	} catch (error) {
		expect(error).toBeInstanceOf(NodeOperationError);
		return (error as Error).message;
	}
}

const parse = (field: { schema: { safeParse: (value: unknown) => { success: boolean; data?: unknown; error?: { issues: Array<{ message: string }> } } } }, value: unknown) => {
	const result = field.schema.safeParse(value);
	return result.success ? { ok: result.data } : { refused: result.error!.issues[0].message };
};

describe('builders: the property and the schema come from one declaration', () => {
	it('text: required refuses blank, optional reads blank as not given, maxLength bounds both', () => {
		const required = text({ displayName: 'Keyword', name: 'keyword', required: true, expectation: 'use words', maxLength: 5, description: 'd' });
		expect(required.property).toEqual({ displayName: 'Keyword', name: 'keyword', type: 'string', default: '', required: true, description: 'd' });
		expect(parse(required, '  ')).toEqual({ refused: 'use words' });
		expect(parse(required, ' abcde ')).toEqual({ ok: 'abcde' });
		expect(parse(required, 'abcdef')).toEqual({ refused: 'use words (at most 5 characters)' });
		const free = text({ displayName: 'Note', name: 'note', expectation: 'use text' });
		expect(free.property.required).toBeUndefined();
		expect(parse(free, ' ')).toEqual({ ok: undefined });
		expect(parse(free, 'x'.repeat(1000))).toEqual({ ok: 'x'.repeat(1000) });
		expect(parse(free, 'x'.repeat(1001))).toEqual({ refused: 'use text (at most 1000 characters)' });
	});

	it('digitsId: digits as text, at most maxDigits, a number that lost digits refused', () => {
		const id = digitsId({ displayName: 'ID', name: 'id', required: true, expectation: 'use digits', maxDigits: 3 });
		expect(id.property).toMatchObject({ type: 'string', default: '', required: true });
		expect(parse(id, 123)).toEqual({ ok: '123' });
		expect(parse(id, '1234')).toEqual({ refused: 'use digits' });
		expect(parse(id, 2 ** 60)).toEqual({ refused: 'use digits; a number this long loses digits, keep it as text' });
		expect(parse(optional(id), '')).toEqual({ ok: undefined });
		expect(parse(optional(id), 'x')).toEqual({ refused: 'use digits' });
	});

	it.each([
		['integer', integer({ displayName: 'Depth', name: 'depth', min: 1, max: 5, default: 2 }), 'use a whole number from 1 to 5', 2.5],
		['decimal', decimal({ displayName: 'Rate', name: 'rate', min: 0.5, max: 4, default: 1 }), 'use a number from 0.5 to 4', 4.01],
	])('%s: the editor bounds are the accepted ones and the default is inside them', (_kind, field, expectation, refusedInside) => {
		const { minValue, maxValue } = field.property.typeOptions!;
		expect(field.property).toMatchObject({ type: 'number' });
		expect([minValue, maxValue, field.property.default, String(maxValue)].map((value) => parse(field, value))).toEqual([
			{ ok: minValue },
			{ ok: maxValue },
			{ ok: field.property.default },
			{ ok: maxValue },
		]);
		expect([minValue! - 1, maxValue! + 1, refusedInside, 'many'].map((value) => parse(field, value))).toEqual(Array(4).fill({ refused: expectation }));
	});

	it('boolean: its default and true/false text from expressions are accepted', () => {
		const flag = boolean({ displayName: 'Recursive', name: 'recursive', default: false });
		expect(flag.property).toEqual({ displayName: 'Recursive', name: 'recursive', type: 'boolean', default: false });
		expect(['true', false, 'yes'].map((value) => parse(flag, value))).toEqual([{ ok: true }, { ok: false }, { refused: 'use true or false' }]);
	});

	it("options: the options' values are the accepted ones, listed in `values` order when given", () => {
		const shown = [
			{ name: 'Chinese', value: 'zh' },
			{ name: 'English', value: 'en' },
		] as const;
		const language = options({ displayName: 'Language', name: 'language', options: shown, default: 'en' });
		expect(language.property).toEqual({ displayName: 'Language', name: 'language', type: 'options', options: shown, default: 'en' });
		expect(shown.map((option) => parse(language, option.value))).toEqual([{ ok: 'zh' }, { ok: 'en' }]);
		expect(parse(language, 'fr')).toEqual({ refused: 'use one of "zh", "en"' });
		expect(parse(options({ displayName: 'L', name: 'l', options: shown, values: ['en', 'zh'], default: 'en' }), 'fr')).toEqual({ refused: 'use one of "en", "zh"' });
	});

	it('dateTime: empty is not given, ISO 8601 is accepted', () => {
		const since = dateTime({ displayName: 'Since', name: 'since' });
		expect(since.property).toEqual({ displayName: 'Since', name: 'since', type: 'dateTime', default: '' });
		expect(['', '2021-09-02T14:11:54+00:00', 'tomorrow'].map((value) => parse(since, value))).toEqual([
			{ ok: undefined },
			{ ok: '2021-09-02T14:11:54+00:00' },
			{ refused: 'use an ISO 8601 date such as 2021-09-02T14:11:54+00:00' },
		]);
	});

	it('optional: the same field and check, not required, with what the editor shows changed', () => {
		const id = digitsId({ displayName: 'Category ID', name: 'categoryId', required: true, placeholder: '1', expectation: 'use digits' });
		const loose = optional(id, { placeholder: '54' });
		expect(loose.property).toEqual({ displayName: 'Category ID', name: 'categoryId', type: 'string', default: '', placeholder: '54' });
		expect(id.property.required).toBe(true);
	});
});

describe('fields and collections', () => {
	const depth = integer({ displayName: 'Max Depth', name: 'maxDepth', min: 1, max: 5, default: 2 });
	const concurrency = perRun(integer({ displayName: 'Max Concurrent Requests', name: 'concurrency', min: 1, max: 20, default: 3 }));
	const price = integer({ displayName: 'Max Price', name: 'priceEnd', min: 0, max: 100, default: 0 });
	const floor = integer({ displayName: 'Min Price', name: 'priceStart', min: 0, max: 100, default: 0 });
	const bundle = fields(
		notice('hint', 'Read me'),
		digitsId({ displayName: 'Category ID', name: 'categoryId', required: true, expectation: 'use a numeric category ID' }),
		returnAll,
		limit,
		filtersCollection([price, floor], (filters, context) => {
			if (filters.priceEnd !== undefined && filters.priceStart !== undefined && filters.priceEnd < filters.priceStart) {
				context.addIssue({ code: 'custom', path: ['priceEnd'], message: 'Max Price must not be lower than Min Price' });
			}
		}),
		optionsCollection([depth, concurrency]),
	);
	const read = (parameters: Record<string, unknown>) => readInput(contextOf(parameters), 0, bundle);

	it('lists the properties in the order given and checks every field but the notice and the run options', () => {
		expect(bundle.properties.map((property) => property.name)).toEqual(['hint', 'categoryId', 'returnAll', 'limit', 'filters', 'options']);
		expect(Object.keys(bundle.shape)).toEqual(['categoryId', 'returnAll', 'limit', 'filters', 'options']);
		expect((bundle.properties[5].options as INodeProperties[]).map((option) => option.name)).toEqual(['maxDepth', 'concurrency']);
	});

	it('reads an item: a filter not added is not there, an option not added takes the default shown', () => {
		expect(read({ categoryId: '54' })).toEqual({ categoryId: '54', returnAll: false, limit: 50, filters: {}, options: { maxDepth: 2 } });
		expect(read({ categoryId: '54', filters: { priceEnd: 9 }, options: { maxDepth: '4', concurrency: 99 } })).toEqual({
			categoryId: '54',
			returnAll: false,
			limit: 50,
			filters: { priceEnd: 9 },
			options: { maxDepth: 4 },
		});
	});

	it.each([
		[{ categoryId: 'abc' }, 'Category ID: "abc" is not valid — use a numeric category ID'],
		[{ categoryId: '54', limit: 0 }, 'Limit: 0 is not valid — use a whole number from 1 to 1000000'],
		[{ categoryId: '54', limit: 1_000_001 }, 'Limit: 1000001 is not valid — use a whole number from 1 to 1000000'],
		[{ categoryId: '54', options: { maxDepth: 6 } }, 'Max Depth: 6 is not valid — use a whole number from 1 to 5'],
		[{ categoryId: '54', filters: { priceEnd: 101 } }, 'Max Price: 101 is not valid — use a whole number from 0 to 100'],
		[{ categoryId: '54', filters: { priceEnd: 5, priceStart: 7 } }, 'Max Price: 5 is not valid — Max Price must not be lower than Min Price'],
	])('refuses %j naming the field by its label', (parameters, message) => {
		expect(refusal(() => read(parameters))).toBe(message);
	});

	it('leaves the run options to readRunOptions, which checks them once with their own labels', () => {
		const run = (value: unknown) => refusal(() => readRunOptions(contextOf({ options: { concurrency: value } }), [concurrency]));
		expect([run(20), run(21)]).toEqual([undefined, 'Max Concurrent Requests: 21 is not valid — use a whole number from 1 to 20']);
	});
});

/** The fields of a description (inside its collections too) with where their value goes. */
function leaves(properties: readonly INodeProperties[]): Array<{ property: INodeProperties; at: (value: unknown) => Record<string, unknown> }> {
	return properties.flatMap((property) =>
		property.type === 'collection'
			? (property.options as INodeProperties[]).map((option) => ({ property: option, at: (value: unknown) => ({ [property.name]: { [option.name]: value } }) }))
			: property.type === 'notice'
				? []
				: [{ property, at: (value: unknown) => ({ [property.name]: value }) }],
	);
}

/** What each number, dropdown and switch the editor offers must do: take what it offers, refuse what it does not, naming itself. */
function sweep(properties: readonly INodeProperties[], read: (parameters: Record<string, unknown>) => unknown) {
	for (const { property, at } of leaves(properties)) {
		const label = `${property.displayName}: `;
		const offered: unknown[] = property.required ? [] : [property.default];
		const refused: unknown[] = property.required ? [''] : [];
		if (property.type === 'number') {
			const { minValue, maxValue } = property.typeOptions ?? {};
			expect({ field: property.displayName, minValue, maxValue }).toEqual({ field: property.displayName, minValue: expect.any(Number), maxValue: expect.any(Number) });
			offered.push(minValue, maxValue);
			refused.push(minValue! - 1, maxValue! + 1);
		}
		if (property.type === 'options') {
			offered.push(...(property.options as Array<{ value: unknown }>).map((option) => option.value));
			refused.push('no-such-choice');
		}
		if (property.type === 'boolean') refused.push('maybe');
		for (const value of offered) expect({ field: property.displayName, value, message: refusal(() => read(at(value))) }).toEqual({ field: property.displayName, value, message: undefined });
		for (const value of refused) expect({ field: property.displayName, value, message: refusal(() => read(at(value)))?.startsWith(label) }).toEqual({ field: property.displayName, value, message: true });
	}
}

describe('every field of the operations declared with field() agrees with its check', () => {
	const runNames = new Set([...runOptionsOfNode, ...runOptionFieldsOfNode].map((field) => field.property.name));
	const own = (properties: INodeProperties[]) =>
		properties.map((property) => (property.name === 'options' ? { ...property, options: (property.options as INodeProperties[]).filter((option) => !runNames.has(option.name)) } : property));

	it.each([
		['TMAPI Shop → Get Many Items', shopGetItems, { shopUrl: 'xldjjg.1688.com' }],
		['TMAPI Category → Get Many Items', categoryGetItems, { categoryId: '1031922' }],
		['TMAPI Category → Get Many Items (V1)', categoryGetItemsV1, { categoryId: '1031922' }],
		['TMAPI Category → Get Info', categoryGetInfo, {}],
		['TMAPI Search → Items by Keyword', searchItems, { keyword: 'dress' }],
		['TMAPI Search → Items by Keyword in Other Languages', searchItemsGlobal, { keyword: 'dress', filters: { categoryId: '1031922' } }],
		['TMAPI Search → Items by Image', searchItemsByImage, { imageUrl: 'https://cbu01.alicdn.com/img/ibank/a.jpg' }],
		['TMAPI Search → Factories', searchFactories, { keywords: 'pajamas' }],
		['TMAPI Item → Get Detail', itemGetDetail, { productUrl: '859086919394' }],
		['TMAPI Item → Get Detail by ID', itemGetDetailById, { offerId: '859086919394' }],
		['TMAPI Item → Get Description', itemGetDescription, { offerId: '859086919394' }],
		['TMAPI Item → Get Reviews', itemGetReviews, { offerId: '859086919394' }],
		['TMAPI Item → Get Sales Statistics', itemGetSalesStatistics, { offerId: '859086919394' }],
	])('%s', (_name, operation, base) => {
		const properties = own(operation.description);
		const input = operation.input as (this: IExecuteFunctions, itemIndex: number) => unknown;
		sweep(properties, (parameters) => input.call(contextOf({ ...base, ...parameters }), 0));
	});
});

describe('the run options agree with their checks', () => {
	it.each([
		['TMAPI', runOptionsOfNode, (ctx: IExecuteFunctions) => readRunOptions(ctx, runOptionsOfNode)],
		['SHOPLINE', runOptionFieldsOfNode, readShoplineRunOptions],
	])('the run options of %s', (_node, runFields, readRun) => {
		const inOptions = optionsCollection(runFields.map((field) => field.property));
		sweep([inOptions], (parameters) => readRun(contextOf(parameters)));
	});
});
