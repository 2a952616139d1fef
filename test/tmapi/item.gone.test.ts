import { Emulator, emulatorCredentials } from '../../emulator';
import { runTmapi } from '../helpers/run';
import { jsonOf } from '../helpers/workflows';

/** Item → Get Detail (by ID and by URL) with Report Gone Offers, against the emulator's gone offers. */

const emulator = new Emulator({ storeSize: 0 });
const OFFER = '600908313557';

beforeAll(async () => {
	await emulator.start();
});
afterAll(async () => {
	await emulator.stop();
});

const onEmulator = () => ({ credentials: emulatorCredentials(emulator) });
const byId = (options: Record<string, unknown>) => runTmapi({ resource: 'item', operation: 'getDetailById', offerId: OFFER, options }, onEmulator());
const byUrl = (options: Record<string, unknown>) => runTmapi({ resource: 'item', operation: 'getDetail', productUrl: `https://detail.1688.com/offer/${OFFER}.html`, options }, onEmulator());

describe('TMAPI 1688 → Item → Get Detail → Report Gone Offers', () => {
	afterEach(() => emulator.configure({ tmapi: { goneOffers: { [OFFER]: null }, codeIn: 'body' } }));

	it.each([
		['not_found', 'body'],
		['not_found', 'status'],
		['delisted', 'body'],
		['out_of_stock', 'body'],
	] as const)('%s (code in the %s): one marker item, by ID and by URL', async (form, codeIn) => {
		emulator.configure({ tmapi: { goneOffers: { [OFFER]: form }, codeIn } });
		for (const get of [byId, byUrl]) {
			const result = await get({ reportGone: true, includeDescription: true });
			expect(result.error).toBeUndefined();
			expect(jsonOf(result)).toEqual([{ item_id: OFFER, product_url: `https://detail.1688.com/offer/${OFFER}.html`, gone: true, reason: form }]);
		}
	});

	it('off (the default): a not-found offer fails as before, a sold-out one comes as its detail; an offer on sale comes as its detail either way', async () => {
		emulator.configure({ tmapi: { goneOffers: { [OFFER]: 'not_found' } } });
		expect((await byId({})).error?.message).toMatch(/code 404/);
		emulator.configure({ tmapi: { goneOffers: { [OFFER]: 'out_of_stock' } } });
		expect(jsonOf(await byId({}))[0]).toMatchObject({ item_id: OFFER, is_sold_out: true });
		emulator.configure({ tmapi: { goneOffers: { [OFFER]: null } } });
		expect(jsonOf(await byId({ reportGone: true }))[0]).toMatchObject({ item_id: OFFER, title: expect.any(String) });
	});
});
