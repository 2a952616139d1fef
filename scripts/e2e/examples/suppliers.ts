import { check, count, json } from '../checks';
import { executeWorkflow } from '../n8n';
import type { ExampleCheck } from './seed';

/** The score the example's Supplier Score node computes, recomputed here from the row's own facts. */
const expectedScore = (row: Record<string, unknown>) =>
	Math.round((Number(row.shop_rating) * 20 + Math.min(Number(row.years_on_1688), 10) * 2 + (row.is_factory === true ? 10 : 0)) * 10) / 10;

/** Example 5: a photo from outside Alibaba → image search → the top 5 → their shops → a ranked list. */
export const suppliersExample: ExampleCheck = async (label, instance, emulator) => {
	await emulator.reset();
	const run = await executeWorkflow(instance, 'exampleSuppliers5');
	check(`${label} example 5 (suppliers by photo) finishes without error`, !run.error, run.error);

	const matches = json(run, 'Search Items by Image');
	check(
		`${label} example 5 converts the photo once and searches 20 look-alikes with the converted alicdn URL`,
		matches.length === 20 &&
			matches.every((item) => item.image_converted === true && /^https:\/\/cbu01\.alicdn\.com\//.test(String(item.searched_image_url)) && String(item.source_image_url).startsWith('https://images.example.com/')),
		JSON.stringify(matches[0] ?? {}).slice(0, 300),
	);

	const top = json(run, 'Top Matches');
	const shops = json(run, 'Shop Info');
	check(
		`${label} example 5 looks up the shop of each of the top 5, in order`,
		top.length === 5 && shops.length === 5 && shops.every((shop, index) => shop.member_id === (top[index].shop_info as { member_id?: string } | undefined)?.member_id),
		`${top.length} matches, ${shops.length} shops`,
	);

	const ranked = json(run, 'Ranked Suppliers');
	const products = new Set(top.map((item) => item.product_url));
	check(
		`${label} example 5 outputs the 5 suppliers ranked 1–5, best score first, each score as the sticky note explains it`,
		ranked.length === 5 &&
			ranked.every((row, index) => row.rank === index + 1 && products.has(row.product_url) && typeof row.supplier === 'string' && row.supplier !== '') &&
			ranked.every((row) => Number(row.shop_rating) >= 0 && Number(row.shop_rating) <= 5 && row.score === expectedScore(row)) &&
			ranked.every((row, index) => index === 0 || Number(ranked[index - 1].score) >= Number(row.score)),
		JSON.stringify(ranked.map((row) => [row.rank, row.score, row.supplier])),
	);

	const stats = await emulator.stats();
	check(`${label} example 5 makes 7 TMAPI calls (1 conversion, 1 search page, 5 shops)`, stats.requests.tmapi === 7 && count(run, 'Ranked Suppliers') === 5, `${stats.requests.tmapi} calls`);
};
