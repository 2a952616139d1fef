import { nestsDeeperThan, parseBody, UnreadableBody } from '../../nodes/shared/body';

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
