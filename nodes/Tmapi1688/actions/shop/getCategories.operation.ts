import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { options, type InputOf } from '../../../shared/node/field';
import { readInput } from '../../../shared/node/input';
import type { TmapiClient } from '../../api/client';
import { oneShopInput } from './fields';

const output = options({
	displayName: 'Output',
	name: 'output',
	options: [
		{
			name: 'One Item per Category',
			value: 'categories',
			description: 'Every category of the tree as its own item, with parent_id, level and path',
		},
		{ name: 'One Item with the Tree', value: 'tree', description: 'The answer as TMAPI gives it, children nested' },
	],
	default: 'categories',
});

const inputFields = oneShopInput(output);

export const description = updateDisplayOptions({ show: { resource: ['shop'], operation: ['getCategories'] } }, inputFields.properties);

export function input(this: IExecuteFunctions, itemIndex: number) {
	return readInput(this, itemIndex, inputFields);
}

const asList = (value: unknown): IDataObject[] =>
	Array.isArray(value) ? value.filter((entry): entry is IDataObject => entry !== null && typeof entry === 'object' && !Array.isArray(entry)) : [];

/** The categories of an answer: the first list among the names TMAPI-like APIs use. */
const rootsOf = (data: IDataObject) => asList(data.categories ?? data.category_list ?? data.items ?? data.children ?? []);
const CHILD_KEYS = ['children', 'sub_categories', 'child_categories'];
const childrenOf = (category: IDataObject) => asList(category.children ?? category.sub_categories ?? category.child_categories ?? []);
const idOf = (category: IDataObject) => {
	const id = category.cat_id ?? category.category_id ?? category.id;
	return id === undefined || id === null ? null : String(id);
};
const nameOf = (category: IDataObject) => category.name ?? category.cat_name ?? category.category_name ?? null;

/** Walks the tree depth first: each category once, with its parent, depth and names from the root. */
export function flattenCategories(roots: IDataObject[]): IDataObject[] {
	const out: IDataObject[] = [];
	const walk = (categories: IDataObject[], parent: string | null, path: string[]) => {
		for (const category of categories) {
			const children = childrenOf(category);
			const name = nameOf(category);
			const ownPath = [...path, String(name ?? '')];
			const fields = Object.fromEntries(Object.entries(category).filter(([key]) => !CHILD_KEYS.includes(key)));
			out.push({ ...fields, cat_id: idOf(category), name, parent_id: parent, level: path.length + 1, path: ownPath, is_leaf: children.length === 0 });
			walk(children, idOf(category), ownPath);
		}
	};
	walk(roots, null, []);
	return out;
}

/** Shop → Get Categories: GET /1688/shop/category, the shop's own category tree. */
export async function execute(this: IExecuteFunctions, params: InputOf<typeof inputFields>, client: TmapiClient, itemIndex: number): Promise<IDataObject[]> {
	const data = await client.request({ method: 'GET', path: '/1688/shop/category', qs: { ...params.shop }, itemIndex });
	if (params.options.output === 'tree') return [data];
	return flattenCategories(rootsOf(data));
}
