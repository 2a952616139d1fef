import { nestsDeeperThan, parseBody, UnreadableBody } from '../../nodes/shared/http/body';

describe('nestsDeeperThan', () => {
	it.each([
		['300 nested lists', '['.repeat(300) + ']'.repeat(300), true],
		['256 nested lists (the limit itself)', '['.repeat(256) + ']'.repeat(256), false],
		['brackets inside a string', `{"a":"${'['.repeat(400)}"}`, false],
		['an escaped quote before brackets in a string', `{"a":"x\\"${'['.repeat(300)}"}`, false],
		['an escaped backslash ending a string, then real nesting', `{"a":"\\\\",${'"b":{'.repeat(257)}"c":1${'}'.repeat(257)}}`, true],
		['objects and lists mixed', '[{"a":'.repeat(130) + '1' + '}]'.repeat(130), true],
	])('%s', (_name, text, deeper) => {
		expect(nestsDeeperThan(text, 256)).toBe(deeper);
	});
});

describe('parseBody', () => {
	it('parses JSON text and refuses JSON nested too deep', () => {
		expect(parseBody('{"a":[1,2]}')).toEqual({ a: [1, 2] });
		expect(parseBody('<html>oops</html>')).toBe('<html>oops</html>');
		expect(() => parseBody(`{"data":${'['.repeat(20_000)}${']'.repeat(20_000)}}`)).toThrow(UnreadableBody);
	});
});

describe('parseBody of an answer read as bytes', () => {
	const bytes = (text: string) => Buffer.from(text, 'utf8');

	it('gives the same values as parsing the UTF-8 text: Chinese, emoji, accents, keys and nesting', () => {
		const value = {
			title: '跨境新款项链 no. 1',
			emoji: 'ok 👍',
			accents: 'café crème',
			list: ['浙江', '台州市', 'plain', 3, null, true],
			nested: { 颜色: '红色', size: 'M', deeper: [{ 名称: 'ä' }] },
			ascii: 'https://cbu01.alicdn.com/img/x.jpg',
		};
		const text = JSON.stringify(value);
		const parsed = parseBody(bytes(`  ${text}\n`));
		expect(parsed).toEqual(JSON.parse(text));
		expect(Object.keys((parsed as typeof value).nested)).toEqual(['颜色', 'size', 'deeper']);
	});

	it('reads \\u escapes and invalid UTF-8 as the UTF-8 text would', () => {
		const escaped = '{"a":"\\u00e9 \\u4e2d","b":"中"}';
		expect(parseBody(bytes(escaped))).toEqual(JSON.parse(escaped));
		const invalid = Buffer.concat([bytes('{"a":"x'), Buffer.from([0xff, 0xfe]), bytes('y"}')]);
		expect(parseBody(invalid)).toEqual(JSON.parse(invalid.toString('utf8')));
	});

	it('returns text that is not JSON, or is broken JSON, as UTF-8 text', () => {
		expect(parseBody(bytes('<html>出错</html>'))).toBe('<html>出错</html>');
		expect(parseBody(bytes('{"a":"中'))).toBe('{"a":"中');
		expect(() => parseBody(bytes(`{"data":${'['.repeat(300)}${']'.repeat(300)}}`))).toThrow(UnreadableBody);
	});
});
