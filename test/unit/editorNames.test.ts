/* eslint-disable @n8n/community-nodes/no-restricted-globals, @n8n/community-nodes/no-restricted-imports -- test code run by jest: never part of a published package */
/**
 * What a newcomer reads in the editor and in the README says the same thing: the canvas
 * subtitle names the operation and the resource as the dropdowns do, every operation has one
 * spelling (its option name) wherever the README names it, and its action text (the nodes
 * panel's list) says the same words.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import type { INode, INodeProperties, INodePropertyOptions, INodeType } from 'n8n-workflow';
import { Workflow } from 'n8n-workflow';

import { nodeTypes } from '../harness/nodeTypes';
import { NODE_TYPE } from '../harness/packages';
import { Shopline } from '../../nodes/Shopline/Shopline.node';
import { ShoplineTrigger } from '../../nodes/Shopline/ShoplineTrigger.node';
import { SUBTITLE_FITS } from '../../nodes/shared/node/subtitle';
import { Tmapi1688 } from '../../nodes/Tmapi1688/Tmapi1688.node';

interface Operation {
	resource: string;
	resourceName: string;
	value: string;
	name: string;
	action: string;
}

/** Every operation of a node, as its Resource and Operation dropdowns offer them. */
function operationsOf(node: INodeType): Operation[] {
	const properties = node.description.properties as INodeProperties[];
	const resources = properties.find((property) => property.name === 'resource')!.options as INodePropertyOptions[];
	return resources.flatMap((resource) => {
		const field = properties.find((property) => property.name === 'operation' && property.displayOptions?.show?.resource?.includes(resource.value));
		return ((field?.options ?? []) as INodePropertyOptions[]).map((option) => ({
			resource: String(resource.value),
			resourceName: resource.name,
			value: String(option.value),
			name: option.name,
			action: option.action ?? '',
		}));
	});
}

/** The canvas subtitle, evaluated the way n8n's editor does it: an expression over the node's own parameters. */
function subtitleOf(node: INodeType, type: string, parameters: Record<string, string>): unknown {
	const workflowNode: INode = { id: 'n1', name: 'Node', type: NODE_TYPE[type as keyof typeof NODE_TYPE], typeVersion: 1, position: [0, 0], parameters };
	const workflow = new Workflow({ nodes: [workflowNode], connections: {}, active: false, nodeTypes });
	return workflow.expression.getSimpleParameterValue(workflowNode, node.description.subtitle as string, 'internal', {});
}

const NODES = [
	{ label: 'TMAPI 1688', node: new Tmapi1688(), type: 'tmapi1688' },
	{ label: 'SHOPLINE', node: new Shopline(), type: 'shopline' },
] as const;

describe('canvas subtitles name the operation and the resource', () => {
	it.each([
		['TMAPI 1688', { resource: 'item', operation: 'getDetail' }, 'Get Detail · Item'],
		['TMAPI 1688', { resource: 'shop', operation: 'getItems' }, 'Get Many Items · Shop'],
		['TMAPI 1688', { resource: 'search', operation: 'itemsByImage' }, 'Items by Image · Search'],
		// Too long for the canvas line with the resource: the operation alone.
		['SHOPLINE', { resource: 'product', operation: 'upsertFrom1688' }, 'Create or Update From 1688 Item'],
		['SHOPLINE', { resource: 'inventory', operation: 'updateItem' }, 'Update Inventory Item'],
		['SHOPLINE', { resource: 'location', operation: 'getAll' }, 'Get Many · Location'],
		['SHOPLINE', { resource: 'inventory', operation: 'setAvailable' }, 'Set Available · Inventory'],
		// A workflow file leaves out parameters at their default: the defaults are named then.
		['TMAPI 1688', {}, 'Get Many Items · Shop'],
		['SHOPLINE', { resource: 'location' }, 'Get Many · Location'],
		['SHOPLINE', {}, 'Get Many · Product'],
	])('%s %j → "%s"', (label, parameters, expected) => {
		const { node, type } = NODES.find((entry) => entry.label === label)!;
		expect(subtitleOf(node, type, parameters)).toBe(expected);
	});

	it.each(NODES.map((entry) => [entry.label, entry] as const))('%s: every operation of every resource, with its resource wherever both fit on the line', (_label, { node, type }) => {
		const operations = operationsOf(node);
		expect(operations.length).toBeGreaterThan(5);
		const wrong = operations
			.map((op) => ({ op, subtitle: subtitleOf(node, type, { resource: op.resource, operation: op.value }) }))
			.filter(({ op, subtitle }) => {
				const both = `${op.name} · ${op.resourceName}`;
				return subtitle !== (both.length <= SUBTITLE_FITS ? both : op.name);
			});
		expect(wrong).toEqual([]);
	});

	it.each(NODES.map((entry) => [entry.label, entry.node] as const))('%s: the expression has one pair of {{ }}, so both expression engines read it whole', (_label, node) => {
		const subtitle = node.description.subtitle as string;
		expect(subtitle.startsWith('={{')).toBe(true);
		expect(subtitle.match(/\{\{/g)).toHaveLength(1);
		expect(subtitle.match(/\}\}/g)).toHaveLength(1);
		expect(subtitle.endsWith('}}')).toBe(true);
	});
});

describe('the nodes panel: SHOPLINE and SHOPLINE Trigger share one entry', () => {
	// n8n lists a trigger under its node when their type names differ only by "Trigger", and
	// shows the trigger's description for the pair: it has to say what both are for.
	const trigger = new ShoplineTrigger().description;
	const node = new Shopline().description;

	it('the pair is merged by n8n (same name but "Trigger")', () => {
		expect(trigger.name.replace('Trigger', '')).toBe(node.name);
	});

	it("the trigger's description, shown for the pair, says what the actions do and what the trigger does", () => {
		expect(trigger.description).toMatch(/\bmanage\b/i);
		expect(trigger.description).toMatch(/products/i);
		expect(trigger.description).toMatch(/orders/i);
		expect(trigger.description).toMatch(/webhook/i);
	});

	it("the node's description names what its resources manage", () => {
		for (const word of ['products', 'inventory', 'orders', 'fulfillments', 'collections']) expect(node.description).toMatch(new RegExp(word, 'i'));
	});
});

describe('parameter groups say what they hold', () => {
	// Create or Update From 1688 Item groups its options as Pricing, Variant, Stock and Product
	// Options; a plain "Options" after them (the pacing and retry options) reads as a leftover.
	it.each(NODES.map((entry) => [entry.label, entry.node] as const))('%s: an operation with named "… Options" groups has no group called just "Options"', (_label, node) => {
		const groups: Record<string, string[]> = {};
		for (const property of node.description.properties) {
			if (property.type !== 'collection') continue;
			for (const operation of property.displayOptions?.show?.operation ?? []) (groups[`${String(property.displayOptions?.show?.resource)} → ${String(operation)}`] ??= []).push(property.displayName);
		}
		const named = Object.entries(groups).filter(([, names]) => names.some((name) => / Options$/.test(name)));
		expect(named.filter(([, names]) => names.includes('Options')).map(([operation]) => operation)).toEqual([]);
	});
});

const README = readFileSync(join(__dirname, '..', '..', 'README.md'), 'utf8');

/** The README's lines from a heading to the next heading of the same or a higher level. */
function section(heading: string, text = README): string {
	const lines = text.split('\n');
	const start = lines.findIndex((line) => line === heading);
	if (start < 0) throw new Error(`README has no heading "${heading}"`);
	const level = heading.indexOf(' ');
	const end = lines.findIndex((line, index) => index > start && /^#+ /.test(line) && line.indexOf(' ') <= level);
	return lines.slice(start, end < 0 ? undefined : end).join('\n');
}

/** The rows (cells trimmed) of the first table in a text whose header's first cell is `first`. */
function tableRows(text: string, first: string): string[][] {
	const lines = text.split('\n');
	const header = lines.findIndex((line) => line.startsWith(`| ${first} |`));
	if (header < 0) return [];
	const rows: string[][] = [];
	for (const line of lines.slice(header + 2)) {
		if (!line.startsWith('|')) break;
		rows.push(line.split('|').slice(1, -1).map((cell) => cell.trim()));
	}
	return rows;
}

describe('the README names every operation as the editor does', () => {
	const tmapi = operationsOf(new Tmapi1688());
	const shopline = operationsOf(new Shopline());

	it('TMAPI 1688: the operations table lists exactly the editor\'s resource → operation pairs', () => {
		const rows = tableRows(section('## TMAPI 1688 node'), 'resource').map(([resource, operation]) => `${resource} → ${operation}`);
		expect(rows.sort()).toEqual(tmapi.map((op) => `${op.resourceName} → ${op.name}`).sort());
	});

	it('TMAPI 1688: each operation has its own heading "### Resource → Operation"', () => {
		const headings = section('## TMAPI 1688 node')
			.split('\n')
			.filter((line) => line.startsWith('### '))
			.map((line) => line.slice(4));
		expect(tmapi.filter((op) => !headings.includes(`${op.resourceName} → ${op.name}`)).map((op) => `${op.resourceName} → ${op.name}`)).toEqual([]);
	});

	it.each([...new Set(shopline.map((op) => op.resourceName))])('SHOPLINE → %s: the operations table lists exactly the editor\'s operations', (resourceName) => {
		const rows = tableRows(section(`### ${resourceName}`, section('## SHOPLINE node')), 'operation').map(([operation]) => operation);
		expect(rows.sort()).toEqual(shopline.filter((op) => op.resourceName === resourceName).map((op) => op.name).sort());
	});

	it('SHOPLINE → Product: Create or Update From 1688 Item has its own heading', () => {
		expect(section('## SHOPLINE node').split('\n')).toContain('#### Create or Update From 1688 Item');
	});

	// Names of one word (Create, Delete…) are also plain words, e.g. the trigger's *create* method.
	it('nowhere a second spelling: headings, table cells and emphasis that name an operation spell it as the editor', () => {
		const names = [...new Set([...tmapi, ...shopline].map((op) => op.name))].filter((name) => name.includes(' '));
		const spans = [
			...README.split('\n').filter((line) => /^#+ /.test(line)).map((line) => line.replace(/^#+ /, '')),
			...README.split('\n').filter((line) => line.startsWith('|')).flatMap((line) => line.split('|').map((cell) => cell.trim())),
			...[...README.matchAll(/\*{1,2}([^*\n]+)\*{1,2}/g)].map((match) => match[1]),
		].map((span) => span.split('→').pop()!.trim());
		const misspelt = spans.filter((span) => names.some((name) => span.toLowerCase() === name.toLowerCase() && span !== name));
		expect(misspelt).toEqual([]);
	});
});

describe("each operation's action text (the nodes panel's list) agrees with its name", () => {
	const words = (text: string) => text.toLowerCase().replace(/[()]/g, '').split(/\s+/).filter(Boolean);
	it.each(NODES.map((entry) => [entry.label, entry.node] as const))('%s: the words of the name appear in the action, in order', (_label, node) => {
		const disagreeing = operationsOf(node).filter((op) => {
			const action = words(op.action);
			let at = 0;
			for (const word of words(op.name)) {
				at = action.indexOf(word, at);
				if (at < 0) return true;
				at += 1;
			}
			return false;
		});
		expect(disagreeing.map((op) => `${op.resourceName} → ${op.name}: "${op.action}"`)).toEqual([]);
	});
});
