import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';
import { z } from 'zod';

import { mapOrdered } from '../../../shared/concurrency';
import { optionsCollection } from '../../../shared/descriptions';
import { readInput } from '../../../shared/input';
import { flag, integer, isBlank, oneOf } from '../../../shared/validation';
import { normalizeRecord } from '../../helpers/normalize';
import type { TmapiClient } from '../../transport';
import { tmapiRunOptions } from '../common/runOptions';
import { categoryIdSchema } from './fields';

const properties: INodeProperties[] = [
	{
		displayName: 'Category ID',
		name: 'categoryId',
		type: 'string',
		default: '',
		placeholder: '54',
		description: 'Numeric 1688 category ID (TMAPI parameter "cat_id"). Leave empty for the top-level categories.',
	},
	optionsCollection([
		{
			displayName: 'Max Depth',
			name: 'maxDepth',
			type: 'number',
			typeOptions: { minValue: 1, maxValue: 5 },
			default: 2,
			description:
				'With Recursive: how many levels below the Category ID (or below the top) to list. Level 1 comes with the first answer; every category with subcategories above the last level costs one more (billed) call.',
		},
		{
			displayName: 'Output',
			name: 'output',
			type: 'options',
			options: [
				{
					name: 'One Item per Category',
					value: 'categories',
					description: 'The category asked for (depth 0), then every subcategory with its "parent_id" and "depth", parents before their children',
				},
				{
					name: 'One Item with the Tree',
					value: 'tree',
					description: 'The category asked for (or the top level) with its subcategories nested in "children"',
				},
			],
			default: 'categories',
		},
		{
			displayName: 'Recursive',
			name: 'recursive',
			type: 'boolean',
			default: false,
			description: 'Whether to also get the subcategories of the subcategories, down to Max Depth',
		},
		...tmapiRunOptions('TMAPI calls (subcategories and items together)'),
	]),
];

export const description = updateDisplayOptions({ show: { resource: ['category'], operation: ['getInfo'] } }, properties);

const schema = z.object({
	categoryId: z.preprocess((value) => (isBlank(value) ? undefined : value), categoryIdSchema.optional()),
	options: z.object({
		recursive: flag().default(false),
		maxDepth: integer(1, 5).default(2),
		output: oneOf(['categories', 'tree'] as const).default('categories'),
	}),
});

export function input(this: IExecuteFunctions, itemIndex: number) {
	return readInput(this, itemIndex, properties, schema);
}

/** A category of the walk and, once fetched, its subcategories. */
interface TreeNode {
	category: IDataObject;
	children?: TreeNode[];
}

const idOf = (category: IDataObject): string | undefined => {
	const id = category.id ?? category.cat_id;
	return id === undefined || id === null || id === '' ? undefined : String(id);
};

/** Whether a category may have subcategories: unless the answer says it has none. */
const mayHaveChildren = (category: IDataObject) => category.has_children !== false && category.is_leaf !== true;

/** One answer of GET /1688/category/info: the category itself (none at the top level) and its subcategories ("children", or a bare list). */
function readAnswer(data: IDataObject): { self?: IDataObject; children: IDataObject[] } {
	const { children, ...self } = data;
	// A bare list under "data" comes from the transport as { items: [...] }.
	const list = Array.isArray(children) ? (children as IDataObject[]) : Array.isArray(self.items) && idOf(self) === undefined ? (self.items as IDataObject[]) : [];
	return { self: idOf(self) === undefined ? undefined : self, children: list };
}

const normalizeCategory = (category: IDataObject) => normalizeRecord({ ...category }, ['id', 'cat_id', 'parent_id']);

/**
 * Category → Get Info: GET /1688/category/info for the category (or the top level) and, with
 * Recursive, for its subcategories level by level down to Max Depth. The calls of one level
 * run side by side within the node's concurrency cap (they share the run's limiter).
 */
export async function execute(this: IExecuteFunctions, params: z.output<typeof schema>, client: TmapiClient, itemIndex: number): Promise<IDataObject[]> {
	const { options } = params;
	const load = async (catId: string | undefined) =>
		readAnswer(await client.request({ method: 'GET', path: '/1688/category/info', qs: { cat_id: catId }, itemIndex }));

	const first = await load(params.categoryId);
	const roots: TreeNode[] = first.children.map((category) => ({ category: normalizeCategory(category) }));
	const seen = new Set<string>([params.categoryId ?? '', ...roots.flatMap((node) => idOf(node.category) ?? [])]);
	let level = roots;
	for (let depth = 1; options.recursive && depth < options.maxDepth && level.length > 0; depth++) {
		const parents = level.filter((node) => mayHaveChildren(node.category) && idOf(node.category) !== undefined);
		const answers = await mapOrdered(parents.length, client.limiter.max, async (index) => await load(idOf(parents[index].category)));
		level = [];
		parents.forEach((parent, index) => {
			// A category listed twice (a loop in the data) is kept once, where it came first.
			const fresh = answers[index].children.map(normalizeCategory).filter((category) => {
				const id = idOf(category);
				if (id === undefined) return true;
				if (seen.has(id)) return false;
				seen.add(id);
				return true;
			});
			parent.children = fresh.map((category) => ({ category }));
			level.push(...parent.children);
		});
	}

	const self = first.self ? normalizeCategory(first.self) : undefined;
	if (options.output === 'tree') {
		const nest = (nodes: TreeNode[]): IDataObject[] =>
			nodes.map((node) => (node.children ? { ...node.category, children: nest(node.children) } : node.category));
		return [{ ...(self ?? {}), children: nest(roots) }];
	}

	const items: IDataObject[] = [];
	if (self) items.push({ ...self, parent_id: self.parent_id ?? null, depth: 0 });
	const flatten = (nodes: TreeNode[], parentId: string | null, depth: number) => {
		for (const node of nodes) {
			items.push({ ...node.category, parent_id: parentId, depth });
			if (node.children) flatten(node.children, idOf(node.category) ?? null, depth + 1);
		}
	};
	flatten(roots, params.categoryId ?? null, 1);
	return items;
}
