/* eslint-disable @n8n/community-nodes/no-restricted-globals, @n8n/community-nodes/no-restricted-imports -- test code run by jest: never part of a published package */
/**
 * A newcomer reads the README from the top: the first section is how to try the package, with
 * two commands that exist and what the first run costs.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(__dirname, '..', '..');
const readme = readFileSync(join(root, 'README.md'), 'utf8');
const scripts = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;

describe('the README opens with the two commands', () => {
	const lines = readme.split('\n');
	const first = lines.findIndex((line) => line.startsWith('## '));
	const next = lines.findIndex((line, index) => index > first && line.startsWith('## '));
	const section = lines.slice(first, next).join('\n');
	const commands = (/```sh\n([\s\S]*?)```/.exec(section)?.[1] ?? '')
		.split('\n')
		.map((line) => line.replace(/#.*$/, '').trim())
		.filter(Boolean);

	it('its first section is "Try it in 2 commands", within the first 10 lines', () => {
		expect(lines[first]).toBe('## Try it in 2 commands');
		expect(first).toBeLessThan(10);
	});

	it('its first code block holds exactly npm install && npm run demo, and npm test', () => {
		expect(commands).toEqual(['npm install && npm run demo', 'npm test']);
		expect(scripts.demo).toBeDefined();
		expect(scripts.test).toBeDefined();
	});

	it('it says what the first run costs in time and disk, and that the EBADENGINE warning is harmless', () => {
		expect(section).toMatch(/\d+\s*(–\s*\d+\s*)?minutes/);
		expect(section).toMatch(/\d(\.\d)?\s*GB/);
		expect(section).toContain('~/.cache/n8n-nodes-tmapi-shopline');
		expect(section).toContain('~/.npm');
		expect(section).toMatch(/EBADENGINE[\s\S]*isolated-vm[\s\S]*harmless/);
	});
});
