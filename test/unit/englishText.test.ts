/**
 * n8n verifies community nodes in English only: every text the editor shows for a field —
 * its label, placeholder, description, hint, the names of its options and modes — is
 * English. Chinese stays where it is data (1688's own titles and the tests' fixtures); the
 * descriptions say that Chinese input works.
 */
import type { INodeProperties, INodeType } from 'n8n-workflow';

import { Shopline } from '../../nodes/Shopline/Shopline.node';
import { ShoplineTrigger } from '../../nodes/Shopline/ShoplineTrigger.node';
import { Tmapi1688 } from '../../nodes/Tmapi1688/Tmapi1688.node';

/** Han, kana and hangul: text a reader of English cannot read. */
const NOT_ENGLISH = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uff00-\uffef]/u;

type Shown = { where: string; text: string };

/** Every text the editor can show for the properties, with where it sits. */
function textsOf(properties: readonly unknown[], path: string): Shown[] {
	const shown: Shown[] = [];
	for (const entry of properties) {
		if (entry === null || typeof entry !== 'object') continue;
		const field = entry as Record<string, unknown>;
		const where = `${path} → ${String(field.displayName ?? field.name ?? field.value)}`;
		for (const key of ['displayName', 'name', 'placeholder', 'description', 'hint', 'action'] as const) {
			if (typeof field[key] === 'string') shown.push({ where: `${where} (${key})`, text: field[key] as string });
		}
		for (const key of ['options', 'values', 'modes'] as const) {
			if (Array.isArray(field[key])) shown.push(...textsOf(field[key] as unknown[], where));
		}
	}
	return shown;
}

describe('the editor shows English only', () => {
	it.each([
		['TMAPI 1688', new Tmapi1688()],
		['SHOPLINE', new Shopline()],
		['SHOPLINE Trigger', new ShoplineTrigger()],
	] as Array<[string, INodeType]>)('%s: labels, placeholders, descriptions and options', (name, node) => {
		const shown = textsOf(node.description.properties as INodeProperties[], name);
		expect(shown.length).toBeGreaterThan(20);
		expect(shown.filter((entry) => NOT_ENGLISH.test(entry.text))).toEqual([]);
	});

	it('the samples of the 1688 search and shipping fields are English, and their descriptions say Chinese works', () => {
		const properties = new Tmapi1688().description.properties as INodeProperties[];
		const field = (name: string, operation: string) => properties.find((property) => property.name === name && property.displayOptions?.show?.operation?.includes(operation))!;
		expect([field('keyword', 'items').placeholder, field('keywords', 'factories').placeholder, field('province', 'getShippingFee').placeholder]).toEqual([
			'dress',
			'pajamas',
			'Guangdong',
		]);
		for (const [name, operation] of [
			['keyword', 'items'],
			['keywords', 'factories'],
			['province', 'getShippingFee'],
		]) {
			expect(field(name, operation).description).toMatch(/Chinese/);
		}
	});
});
