import { check, json } from '../checks';
import { executeWorkflow } from '../n8n';
import type { ExampleCheck } from './seed';

type Row = Record<string, unknown>;

/** The score the example's Supplier Score node computes, recomputed from the shop's facts and the product's own reviews. */
function expectedScore(row: Row, stars: number[]): number {
	const average = stars.length === 0 ? 0 : stars.reduce((sum, star) => sum + star, 0) / stars.length;
	const points = Number(row.shop_rating) * 20 + Math.min(Number(row.years_on_1688), 10) * 2 + (row.is_factory === true ? 10 : 0) + average * 4;
	return Math.round(points * 10) / 10;
}

/** Example 5: a photo from outside Alibaba → image search → the top 5 → their shops and reviews → a ranked list. */
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

	const topIds = top.map((item) => String(item.item_id));
	const reviews = json(run, 'Item Reviews').filter((review) => review.item_id !== undefined);
	const starsOf = (id: unknown) => reviews.filter((review) => review.item_id === id).map((review) => Number(review.rate_star));
	check(
		`${label} example 5 reads at most 20 reviews of each of the top 5, and only theirs`,
		reviews.length > 0 && reviews.every((review) => topIds.includes(String(review.item_id))) && topIds.every((id) => starsOf(id).length <= 20),
		`${reviews.length} reviews`,
	);

	const ranked = json(run, 'Ranked Suppliers');
	check(
		`${label} example 5 outputs the 5 suppliers ranked 1–5, best score first, each score from shop facts and review stars as the sticky note explains it`,
		ranked.length === 5 &&
			JSON.stringify(ranked.map((row) => row.item_id).sort()) === JSON.stringify([...topIds].sort()) &&
			ranked.every((row, index) => row.rank === index + 1 && typeof row.supplier === 'string' && row.supplier !== '' && Number(row.shop_rating) >= 0 && Number(row.shop_rating) <= 5) &&
			ranked.every((row) => row.reviews_read === starsOf(row.item_id).length && row.score === expectedScore(row, starsOf(row.item_id))) &&
			ranked.every((row) => !('count_id' in row) && !('average_rate_star' in row)) &&
			ranked.every((row, index) => index === 0 || Number(ranked[index - 1].score) >= Number(row.score)),
		JSON.stringify(ranked.map((row) => [row.rank, row.score, row.reviews_read, row.review_stars, row.supplier])),
	);

	// 1 conversion + 1 search page + 5 shops + 1 or 2 review pages (10 reviews a page) per product.
	const { tmapi } = (await emulator.stats()).requests;
	check(`${label} example 5 makes 12 to 17 TMAPI calls`, tmapi >= 12 && tmapi <= 17, `${tmapi} calls`);
};
