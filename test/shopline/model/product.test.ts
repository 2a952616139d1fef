import { labelAt } from '../../../nodes/shared/node/input';
import { toShoplineProduct } from '../../../nodes/Shopline/model/product';
import { productFields, productFieldsSchema } from '../../../nodes/Shopline/actions/product/body';

/** The field names an error shows, from the Update operation's own properties. */
const productLabel = (path: Array<string | number>) => labelAt(productFields(false), path);

describe('toShoplineProduct', () => {
	it('maps the fields to SHOPLINE names, with prices and weights as 2-decimal text', () => {
		const fields = productFieldsSchema.parse({
			title: 'Robe',
			productFields: { bodyHtml: '<p>Soft</p>', tags: ['Spring', ' robe '], status: 'draft', spu: '859086919394' },
			images: { image: [{ src: 'https://cbu01.alicdn.com/a.jpg', alt: 'front' }] },
			productOptions: { option: [{ name: 'Color', values: 'Yellow, White' }] },
			variants: {
				variant: [
					{ price: 44.835, compareAtPrice: '59.9', sku: '5674557541674', option1: 'Yellow', weight: '0.12', weightUnit: 'kg', inventoryPolicy: 'deny', taxable: 'false', imageSrc: 'https://cbu01.alicdn.com/b.jpg', barcode: '', requiredShipping: '' },
				],
			},
		});
		expect(toShoplineProduct(fields)).toEqual({
			title: 'Robe',
			body_html: '<p>Soft</p>',
			tags: 'Spring,robe',
			status: 'draft',
			spu: '859086919394',
			images: [{ src: 'https://cbu01.alicdn.com/a.jpg', alt: 'front' }],
			options: [{ name: 'Color', values: ['Yellow', 'White'] }],
			variants: [
				{
					price: '44.84',
					compare_at_price: '59.90',
					sku: '5674557541674',
					option1: 'Yellow',
					weight: '0.12',
					weight_unit: 'kg',
					inventory_policy: 'deny',
					taxable: false,
					image: { src: 'https://cbu01.alicdn.com/b.jpg' },
				},
			],
		});
	});

	it('leaves out every field that was not given', () => {
		expect(toShoplineProduct(productFieldsSchema.parse({ productFields: { vendor: 'ACME' } }))).toEqual({ vendor: 'ACME' });
	});

	it.each([
		[{ variants: { variant: [{ price: '-1' }] } }, 'Variants → Price (variant 1)'],
		[{ variants: { variant: [{ price: '12345678901234567890' }] } }, 'Variants → Price (variant 1)'],
		[{ variants: { variant: [{}, { weightUnit: 'stone' }] } }, 'Variants → Weight Unit (variant 2)'],
		[{ images: { image: [{ src: 'not a url' }] } }, 'Images → Image URL (image 1)'],
		[{ productFields: { handle: 'my product!' } }, 'Handle'],
		[{ productOptions: { option: [1, 2, 3, 4, 5, 6].map((n) => ({ name: `O${n}` })) } }, 'Product Options'],
	])('refuses %j, naming %s', (input, label) => {
		const result = productFieldsSchema.safeParse(input);
		expect(result.success).toBe(false);
		if (!result.success) expect(productLabel(result.error.issues[0].path)).toBe(label);
	});

	it('takes 250 tags of 255 characters and 500 option values, and no more', () => {
		const tag = (n: number) => `${n}`.padEnd(255, 'x');
		const tags = Array.from({ length: 250 }, (_, n) => tag(n));
		const values = Array.from({ length: 500 }, (_, n) => `V${n}`);
		const atLimit = toShoplineProduct(productFieldsSchema.parse({ productFields: { tags: tags.join(' , ') }, productOptions: { option: [{ name: 'Size', values: values.join(',') }] } }));
		expect(atLimit.tags).toBe(tags.join(','));
		expect(atLimit.options).toEqual([{ name: 'Size', values }]);
		const over = [
			{ productFields: { tags: [...tags, 'one more'] } },
			{ productFields: { tags: [...tags.slice(1), `${tag(0)}x`] } },
			{ productOptions: { option: [{ name: 'Size', values: [...values, 'V500'] }] } },
		];
		expect(over.map((input) => productFieldsSchema.safeParse(input).success)).toEqual([false, false, false]);
	});
});
