import type { IDataObject } from 'n8n-workflow';

/** A shop's own category tree as TMAPI answers it (GET /1688/shop/category), read as a list. */

const asList = (value: unknown): IDataObject[] =>
	Array.isArray(value) ? value.filter((entry): entry is IDataObject => entry !== null && typeof entry === 'object' && !Array.isArray(entry)) : [];

/** The categories of an answer: the first list among the names TMAPI-like APIs use. */
export const rootsOf = (data: IDataObject) => asList(data.categories ?? data.category_list ?? data.items ?? data.children ?? []);
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
