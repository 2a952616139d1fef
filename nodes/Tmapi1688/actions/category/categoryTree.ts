import type { IDataObject, INode } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { mapOrdered } from '../../../shared/flow/ordered';
import { normalizeRecord } from '../../model/normalize';
import type { TmapiClient } from '../../api/client';

/** A category of the walk and, once fetched, its subcategories. */
export interface TreeNode {
	category: IDataObject;
	children?: TreeNode[];
}

export const idOf = (category: IDataObject): string | undefined => {
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

export const normalizeCategory = (category: IDataObject) => normalizeRecord({ ...category }, ['id', 'cat_id', 'parent_id']);

export interface WalkSettings {
	categoryId?: string;
	recursive: boolean;
	maxDepth: number;
	/** The most calls the walk of one item makes, the first included. */
	maxCalls: number;
}

export interface Walk {
	self?: IDataObject;
	roots: TreeNode[];
	/** Links to a category already in the tree (a loop, or a category listed twice), as "parent → child": not followed. */
	notFollowed: string[];
}

/**
 * GET /1688/category/info for the category (or the top level) and, with Recursive, for its
 * subcategories level by level down to Max Depth. The calls of one level run side by side
 * within the node's concurrency cap. Each category is in the tree once, where it came first,
 * and asked for at most once: a link to one already there is not followed. A level that would
 * take the calls past Max Calls is not started.
 */
export async function walkCategoryTree(client: TmapiClient, node: INode, settings: WalkSettings, itemIndex: number): Promise<Walk> {
	const load = async (catId: string | undefined) =>
		readAnswer(await client.request({ method: 'GET', path: '/1688/category/info', qs: { cat_id: catId }, itemIndex }));
	const inTree = new Set<string>(settings.categoryId === undefined ? [] : [settings.categoryId]);
	const notFollowed: string[] = [];
	const accept = (parentId: string | undefined, children: IDataObject[]): TreeNode[] =>
		children.map(normalizeCategory).flatMap((category) => {
			const id = idOf(category);
			if (id !== undefined && inTree.has(id)) {
				notFollowed.push(`${parentId ?? 'top level'} → ${id}`);
				return [];
			}
			if (id !== undefined) inTree.add(id);
			return [{ category }];
		});

	const first = await load(settings.categoryId);
	let calls = 1;
	const roots = accept(settings.categoryId, first.children);
	let level = roots;
	for (let depth = 1; settings.recursive && depth < settings.maxDepth && level.length > 0; depth++) {
		const parents = level.filter((entry) => mayHaveChildren(entry.category) && idOf(entry.category) !== undefined);
		if (calls + parents.length > settings.maxCalls) {
			throw new NodeOperationError(node, `This category tree needs more than Max Calls (${settings.maxCalls}) calls to TMAPI: ${calls} made, ${parents.length} more for depth ${depth + 1}`, {
				itemIndex,
				description: 'Every call is billed. Raise the Max Calls option, lower Max Depth, or start from a deeper Category ID. No category of this input was output.',
			});
		}
		calls += parents.length;
		const answers = await mapOrdered(parents.length, client.limiter.max, async (index) => await load(idOf(parents[index].category)));
		level = [];
		parents.forEach((parent, index) => {
			parent.children = accept(idOf(parent.category), answers[index].children);
			level.push(...parent.children);
		});
	}
	return { self: first.self ? normalizeCategory(first.self) : undefined, roots, notFollowed };
}
