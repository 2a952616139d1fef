import type { IDataObject } from 'n8n-workflow';

import { matchVariants, planProductUpdate } from '../../../nodes/Shopline/model/productDiff';
import { imageKey, roundDecimal, tagSet } from '../../../nodes/Shopline/model/storedValues';

/** A product as SHOPLINE answers it: normalised prices, "a,b" tags, IDs everywhere. */
const stored = (): IDataObject => ({
	id: '16057850264845000000000001',
	title: 'Linen shirt',
	handle: 'linen-shirt',
	status: 'active',
	vendor: 'ACME',
	tags: 'Summer,Linen',
	body_html: '<p>Cool linen.</p>\n<p>Washable.</p>',
	created_at: '2026-01-01T00:00:00+00:00',
	updated_at: '2026-01-02T00:00:00+00:00',
	images: [
		{ id: '5976632123224900001', src: 'https://img.example.com/a.jpg', alt: 'front' },
		{ id: '5976632123224900002', src: 'https://img.example.com/b.jpg', alt: '' },
	],
	options: [{ id: '1616087890293000000000001', name: 'Size', product_id: '16057850264845000000000001', values: ['S', 'M'], values_images: {} }],
	variants: [
		{ id: '18060878902931000000000011', product_id: '16057850264845000000000001', title: 'S', option1: 'S', sku: 'LS-S', price: '9.90', compare_at_price: null, weight: '0.20', weight_unit: 'kg', inventory_item_id: '1', inventory_quantity: 7, position: 1, taxable: true, image: null },
		{ id: '18060878902931000000000012', product_id: '16057850264845000000000001', title: 'M', option1: 'M', sku: 'LS-M', price: '10.00', compare_at_price: '0.00', weight: '0.2', weight_unit: 'kg', inventory_item_id: '2', inventory_quantity: 3, position: 2, taxable: true, image: { id: '5976632123224900002', src: 'https://img.example.com/b.jpg' } },
	],
});

/** The input that created `stored`, as the node builds it. */
const input = (): IDataObject => ({
	title: 'Linen shirt',
	handle: 'linen-shirt',
	status: 'active',
	vendor: 'ACME',
	tags: 'Linen,Summer',
	body_html: '<p>Cool linen.</p><p>Washable.</p>',
	images: [{ src: 'https://img.example.com/a.jpg', alt: 'front' }, { src: 'https://img.example.com/b.jpg' }],
	options: [{ name: 'Size', values: ['S', 'M'] }],
	variants: [
		{ option1: 'S', sku: 'LS-S', price: '9.9', weight: '0.20', weight_unit: 'kg' },
		{ option1: 'M', sku: 'LS-M', price: '10', weight: '0.200', image: { src: 'https://img.example.com/b.jpg' } },
	],
});

type Change = (product: IDataObject) => void;
const variant = (product: IDataObject, index: number) => (product.variants as IDataObject[])[index];

const cases: Array<[string, Change, Change, string[]]> = [
	['the same input again', () => {}, () => {}, []],
	['prices as numbers with other decimals', (p) => { variant(p, 0).price = 9.9; variant(p, 1).price = '10.000'; }, () => {}, []],
	['a price that rounds to the stored one', (p) => { variant(p, 0).price = '9.899'; }, () => {}, []],
	['weights in another format', (p) => { variant(p, 0).weight = 0.2; variant(p, 1).weight = '.2'; }, () => {}, []],
	['compare-at price blank vs 0.00 and null', (p) => { variant(p, 0).compare_at_price = ''; variant(p, 1).compare_at_price = '0'; }, () => {}, []],
	['tags in another order with spaces and a repeat', (p) => { p.tags = ' Summer , Linen,Summer'; }, () => {}, []],
	['tags as a list', (p) => { p.tags = ['Summer', 'Linen']; }, () => {}, []],
	['tags stored with spaces after commas', () => {}, (s) => { s.tags = 'Linen, Summer'; }, []],
	['body_html with other whitespace and <br/>', (p) => { p.body_html = '  <p>Cool linen.</p>\n\n<p>Washable.<br/></p>'; }, (s) => { s.body_html = '<p>Cool linen.</p><p>Washable.<br></p>'; }, []],
	['handle in another case', (p) => { p.handle = 'Linen-Shirt'; }, () => {}, []],
	['variants in another order', (p) => { (p.variants as IDataObject[]).reverse(); }, () => {}, []],
	['variants matched by option values when there is no SKU', (p) => { delete variant(p, 0).sku; delete variant(p, 1).sku; }, () => {}, []],
	['image by http instead of https', (p) => { (p.images as IDataObject[])[0].src = 'http://IMG.example.com/a.jpg'; }, () => {}, []],
	['booleans as text', (p) => { variant(p, 0).taxable = 'true'; }, () => {}, []],
	['a variant image the store gives as image_id', () => {}, (s) => { const v = (s.variants as IDataObject[])[1]; v.image = null; v.image_id = '5976632123224900002'; }, []],
	['status left out (store default)', (p) => { delete p.status; }, (s) => { s.status = 'draft'; }, []],
	['store fields in a JSON input from a Get', (p) => { p.id = 'x'; p.updated_at = 'then'; variant(p, 0).inventory_quantity = 99; variant(p, 0).position = 5; }, () => {}, []],
	// real changes
	['a changed price', (p) => { variant(p, 1).price = '10.01'; }, () => {}, ['variants[LS-M].price']],
	['a changed title', (p) => { p.title = 'Linen shirt 2'; }, () => {}, ['title']],
	['a tag added', (p) => { p.tags = 'Linen,Summer,Sale'; }, () => {}, ['tags']],
	['a tag removed', (p) => { p.tags = 'Linen'; }, () => {}, ['tags']],
	['a variant added', (p) => { (p.variants as IDataObject[]).push({ option1: 'L', sku: 'LS-L', price: '11' }); }, () => {}, ['variants: 1 added']],
	['a variant removed', (p) => { (p.variants as IDataObject[]).pop(); }, () => {}, ['variants: 1 removed']],
	['a SKU changed, matched by option values', (p) => { variant(p, 0).sku = 'LS-S2'; }, () => {}, ['variants[LS-S2].sku']],
	['an image removed', (p) => { (p.images as IDataObject[]).pop(); }, () => {}, ['images: 1 instead of 2']],
	['images swapped', (p) => { (p.images as IDataObject[]).reverse(); }, () => {}, ['images[0].src', 'images[1].src']],
	['an image alt changed', (p) => { (p.images as IDataObject[])[0].alt = 'back'; }, () => {}, ['images[0].alt']],
	['a variant image changed', (p) => { variant(p, 1).image = { src: 'https://img.example.com/a.jpg' }; }, () => {}, ['variants[LS-M].image']],
	['a compare-at price set', (p) => { variant(p, 0).compare_at_price = '12.00'; }, () => {}, ['variants[LS-S].compare_at_price']],
	['a weight changed', (p) => { variant(p, 0).weight = '0.25'; }, () => {}, ['variants[LS-S].weight']],
	['an option value added', (p) => { (p.options as IDataObject[])[0].values = ['S', 'M', 'L']; }, () => {}, ['options[0].values']],
	['a status changed', (p) => { p.status = 'draft'; }, () => {}, ['status']],
	['a field the store lacks', (p) => { p.subtitle = 'New'; }, () => {}, ['subtitle']],
	['body_html text changed', (p) => { p.body_html = '<p>Cool linen.</p><p>Not washable.</p>'; }, () => {}, ['body_html']],
	['a variant image the store lacks', () => {}, (s) => { (s.variants as IDataObject[])[1].image = null; }, ['variants[LS-M].image']],
	['a boolean changed', (p) => { variant(p, 0).taxable = false; }, () => {}, ['variants[LS-S].taxable']],
];

describe('planProductUpdate: a re-run of the same input is unchanged, any real change is seen', () => {
	it.each(cases)('%s', (_name, changeInput, changeStore, expected) => {
		const wanted = input();
		const product = stored();
		changeInput(wanted);
		changeStore(product);
		expect(planProductUpdate(wanted, product).differences).toEqual(expected);
	});

	it('the update body carries the store IDs of the matched variants and images, and none on new ones', () => {
		const wanted = input();
		(wanted.variants as IDataObject[]).reverse().push({ option1: 'L', sku: 'LS-L', price: '11.00' });
		const { product } = planProductUpdate(wanted, stored());
		expect((product.variants as IDataObject[]).map((v) => [v.sku, v.id])).toEqual([
			['LS-M', '18060878902931000000000012'],
			['LS-S', '18060878902931000000000011'],
			['LS-L', undefined],
		]);
		expect((product.images as IDataObject[]).map((image) => image.id)).toEqual(['5976632123224900001', '5976632123224900002']);
		expect(product.title).toBe('Linen shirt');
	});
});

describe('matchVariants', () => {
	const store = [
		{ id: 'a', sku: 'X', option1: 'Red', option2: 'S' },
		{ id: 'b', sku: 'Y', option1: 'Red', option2: 'M' },
		{ id: 'c', sku: '', option1: 'Blue', option2: 'S' },
	];
	it.each<[string, IDataObject[], number[]]>([
		['by SKU first, whatever the options say', [{ sku: 'Y', option1: 'Red', option2: 'S' }, { sku: 'X' }], [1, 0]],
		['by option values when the SKU is new or absent', [{ sku: 'Z', option1: 'Blue', option2: 'S' }, { option1: 'Red', option2: 'M' }], [2, 1]],
		['a store variant is matched once', [{ option1: 'Red', option2: 'S' }, { option1: 'Red', option2: 'S' }], [0, -1]],
		['by ID when JSON gives one', [{ id: 'c', sku: 'Q' }], [2]],
		['option values trimmed, a blank option equals none', [{ option1: ' Blue ', option2: 'S', option3: '' }], [2]],
		['no match', [{ option1: 'Green' }], [-1]],
	])('%s', (_name, wanted, expected) => {
		expect(matchVariants(wanted, store)).toEqual(expected);
	});

	it('a single variant without options or SKU matches a single store variant', () => {
		expect(matchVariants([{ price: '5' }], [{ id: 'd', option1: 'Default Title' }])).toEqual([0]);
		expect(matchVariants([{ price: '5' }], store)).toEqual([-1]);
	});
});

describe('normalising helpers', () => {
	it.each<[unknown, string | undefined]>([
		['9.9', '9.90'],
		[9.9, '9.90'],
		['10', '10.00'],
		['1.005', '1.01'],
		['0.004', '0.00'],
		['.5', '0.50'],
		['12345678901234.995', '12345678901235.00'],
		['abc', undefined],
		['', undefined],
	])('roundDecimal(%p) = %p', (value, expected) => {
		expect(roundDecimal(value)).toBe(expected);
	});

	it('tagSet and imageKey', () => {
		expect(tagSet(' b, a ,b,,')).toEqual(['a', 'b']);
		expect(tagSet(['x ', ' y'])).toEqual(['x', 'y']);
		expect(imageKey('//IMG.Example.com/A.jpg')).toBe(imageKey('https://img.example.com/A.jpg'));
		expect(imageKey('https://img.example.com/A.jpg')).not.toBe(imageKey('https://img.example.com/a.jpg'));
	});
});
