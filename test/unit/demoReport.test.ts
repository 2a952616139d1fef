import { priceRange, productLine } from '../../scripts/lib/demoReport';

describe('the demo prints prices as a reader expects them', () => {
	it.each([
		[['27.99', '27.99'], '27.99'],
		[['27.99'], '27.99'],
		[['8.99', '12.99', '9.5'], '8.99–12.99'],
		[[12.5, '12.50'], '12.50'],
		[[], 'no price'],
		[['', 'n/a'], 'no price'],
		[['7', 'n/a'], '7.00'],
	])('%j → %s', (prices, expected) => {
		expect(priceRange(prices)).toBe(expected);
	});

	it('a product line names the action, the variants (one or many) and the prices', () => {
		expect(productLine({ id: '1', title: 'Shirt', action: 'created', variants: [{ price: '27.99' }] })).toBe('1  Shirt  (created; 1 variant, 27.99)');
		expect(productLine({ id: '2', title: 'Dress', action: 'unchanged', variants: [{ price: '8.99' }, { price: '9.99' }] })).toBe('2  Dress  (unchanged; 2 variants, 8.99–9.99)');
	});
});
