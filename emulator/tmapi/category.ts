import { hashString, seededRandom } from '../random';
import type { TmapiRoute } from './common';

/**
 * GET /1688/category/info: a deterministic 1688 category tree three levels deep, in the
 * documented shape (id as a string, name, name_en, level, has_children, children, parent_id,
 * path). Without cat_id the answer lists the top level; an unknown cat_id is a parameter error.
 */

interface Category {
	id: string;
	name: string;
	name_en: string;
	level: number;
	parentId?: string;
	children: Category[];
}

const TOP: Array<[id: number, zh: string, en: string, sub: Array<[string, string]>]> = [
	[312, '内衣', 'Underwear', [['睡衣', 'Pajamas'], ['文胸', 'Bras'], ['袜子', 'Socks']]],
	[10166, '女装', "Women's Clothing", [['连衣裙', 'Dresses'], ['T恤', 'T-shirts'], ['外套', 'Coats'], ['半身裙', 'Skirts']]],
	[54, '服饰配件、饰品', 'Apparel Accessories & Jewelry', [['项链', 'Necklaces'], ['太阳镜', 'Sunglasses'], ['儿童饰品', "Children's Jewelry"]]],
	[1813, '玩具', 'Toys', [['积木', 'Building Blocks'], ['毛绒玩具', 'Plush Toys']]],
];
const LEAVES: Array<[string, string]> = [
	['新款', 'New Style'],
	['跨境专供', 'Cross-border'],
	['儿童款', "Kids'"],
	['大码', 'Plus Size'],
];

function buildTree(): Map<string, Category> {
	const byId = new Map<string, Category>();
	const add = (category: Category) => byId.set(category.id, category);
	for (const [topId, zh, en, subs] of TOP) {
		const top: Category = { id: String(topId), name: zh, name_en: en, level: 1, children: [] };
		add(top);
		const random = seededRandom(hashString(`category:${topId}`));
		subs.forEach(([subZh, subEn], i) => {
			const sub: Category = { id: String(topId * 1000 + 101 + i * 7), name: subZh, name_en: subEn, level: 2, parentId: top.id, children: [] };
			top.children.push(sub);
			add(sub);
			// Level 3: two to four leaves under each level-2 category.
			const count = 2 + Math.floor(random() * 3);
			for (let j = 0; j < count; j++) {
				const [leafZh, leafEn] = LEAVES[j];
				const leaf: Category = { id: `${sub.id}${String(j + 1).padStart(2, '0')}`, name: `${leafZh}${subZh}`, name_en: `${leafEn} ${subEn}`, level: 3, parentId: sub.id, children: [] };
				sub.children.push(leaf);
				add(leaf);
			}
		});
	}
	return byId;
}

const TREE = buildTree();

const summary = (category: Category) => ({
	id: category.id,
	name: category.name,
	name_en: category.name_en,
	level: category.level,
	has_children: category.children.length > 0,
});

function pathOf(category: Category) {
	const path = [];
	for (let current: Category | undefined = category; current; current = current.parentId ? TREE.get(current.parentId) : undefined) {
		path.unshift({ id: current.id, name: current.name, name_en: current.name_en });
	}
	return path;
}

/** The top-level categories (what the credential test calls too). */
export const TOP_LEVEL = [...TREE.values()].filter((category) => category.level === 1).map(summary);

export const categoryRoutes: Record<string, TmapiRoute> = {
	'GET /1688/category/info': (_ctx, { query: q, ok, fail }) => {
		if (q.cat_id === undefined || q.cat_id === '') return ok({ children: TOP_LEVEL }, 'category:top');
		if (!/^\d{1,20}$/.test(q.cat_id)) return fail(422);
		const category = TREE.get(String(Number(q.cat_id)));
		if (!category) return fail(422);
		return ok(
			{
				...summary(category),
				children: category.children.map(summary),
				parent_id: category.parentId ?? '0',
				path: pathOf(category),
			},
			`category:${category.id}`,
		);
	},
};
