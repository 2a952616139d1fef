/* eslint-disable @n8n/community-nodes/no-restricted-globals, @n8n/community-nodes/no-restricted-imports -- test code run by jest: never part of a published package */
/**
 * The example workflows explain themselves on the canvas: a node setting that shows only as
 * a badge (Execute Once draws a "1" on the node) is said in words in a sticky note.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

interface ExampleNode {
	name: string;
	type: string;
	executeOnce?: boolean;
	parameters: { content?: string };
}

const folder = join(__dirname, '..', '..', 'examples');
const examples = readdirSync(folder)
	.filter((file) => file.endsWith('.json'))
	.map((file) => [file, (JSON.parse(readFileSync(join(folder, file), 'utf8')) as { nodes: ExampleNode[] }).nodes] as const);

describe('example workflows explain their Execute Once badges', () => {
	it('at least one example has a node set to Execute Once (else this test tests nothing)', () => {
		expect(examples.flatMap(([, nodes]) => nodes.filter((node) => node.executeOnce))).not.toHaveLength(0);
	});

	it.each(examples)('%s: a sticky note names each Execute Once node and says what the setting does', (_file, nodes) => {
		const notes = nodes.filter((node) => node.type === 'n8n-nodes-base.stickyNote').map((node) => node.parameters.content ?? '');
		const unexplained = nodes
			.filter((node) => node.executeOnce)
			.filter((node) => !notes.some((note) => note.includes(node.name) && /Execute Once/.test(note) && /"1"|badge/i.test(note)))
			.map((node) => node.name);
		expect(unexplained).toEqual([]);
	});
});
