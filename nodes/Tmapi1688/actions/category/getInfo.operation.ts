import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { optionsCollection } from '../../../shared/node/descriptions';
import { boolean, fields, integer, optional, options, type InputOf } from '../../../shared/node/field';
import { readInput } from '../../../shared/node/input';
import type { TmapiClient } from '../../api/client';
import { categoryId } from '../common/fields';
import { tmapiRunFields } from '../common/runOptions';
import { idOf, walkCategoryTree, type TreeNode } from './categoryTree';

const inputFields = fields(
	optional(categoryId, { placeholder: '54', description: 'Numeric 1688 category ID (TMAPI parameter "cat_id"). Leave empty for the top-level categories.' }),
	optionsCollection([
		integer({
			displayName: 'Max Depth',
			name: 'maxDepth',
			min: 1,
			max: 5,
			default: 2,
			description:
				'With Recursive: how many levels below the Category ID (or below the top) to list. Level 1 comes with the first answer; every category with subcategories above the last level costs one more (billed) call.',
		}),
		integer({
			displayName: 'Max Calls',
			name: 'maxCalls',
			min: 1,
			max: 10_000,
			default: 200,
			description:
				'With Recursive: the most calls to TMAPI (each billed) the walk of one input item may make, the first included. A tree that needs more stops with an error before the calls over it are sent.',
		}),
		options({
			displayName: 'Output',
			name: 'output',
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
		}),
		boolean({
			displayName: 'Recursive',
			name: 'recursive',
			default: false,
			description: 'Whether to also get the subcategories of the subcategories, down to Max Depth',
		}),
		...tmapiRunFields('TMAPI calls (subcategories and items together)'),
	]),
);

export const description = updateDisplayOptions({ show: { resource: ['category'], operation: ['getInfo'] } }, inputFields.properties);

export function input(this: IExecuteFunctions, itemIndex: number) {
	return readInput(this, itemIndex, inputFields);
}

/**
 * Category → Get Info: the category (or the top level) and, with Recursive, the tree below it
 * down to Max Depth (see walkCategoryTree), as one item per category or one item with the tree.
 * Links to a category already in the tree are not followed and are shown as an execution hint.
 */
export async function execute(this: IExecuteFunctions, params: InputOf<typeof inputFields>, client: TmapiClient, itemIndex: number): Promise<IDataObject[]> {
	const { options } = params;
	const { self, roots, notFollowed } = await walkCategoryTree(client, this.getNode(), { categoryId: params.categoryId, ...options }, itemIndex);
	if (notFollowed.length > 0) {
		const shown = notFollowed.slice(0, 10).join(', ');
		this.addExecutionHints({
			message: `Item ${itemIndex + 1}: TMAPI listed ${notFollowed.length} ${notFollowed.length === 1 ? 'category' : 'categories'} under a parent although already in the tree (a loop or a repeat): ${shown}${notFollowed.length > 10 ? ', …' : ''}. Each category is output once, where it came first; these links were not followed.`,
			type: 'info',
			location: 'outputPane',
		});
	}

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
