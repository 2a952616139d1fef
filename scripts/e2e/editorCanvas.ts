/* eslint-disable @n8n/community-nodes/no-restricted-imports -- a development script run by Node.js: never part of a published package */
/// <reference lib="dom" />
/**
 * The canvas as a newcomer sees it: example 1 as imported, and a workflow with one node per
 * resource of both nodes. Every node's subtitle must read as the dropdowns do ("Get Detail ·
 * Item"), never an internal value ("getDetail: item"), and must not be cut short with "…" when
 * its operation's name fits on the line. Example 1's sticky note must explain the "1" badge.
 */
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';

import type { Page } from 'playwright-core';

import { NODE_TYPE } from '../../test/harness/packages';

import { rest, type Server } from './server';

/** One check of the editor: its name, whether it passed, what was seen. */
export interface EditorCheck {
	name: string;
	ok: boolean;
	detail?: string;
}

/** Example 1's nodes and the subtitles they must show. */
const EXAMPLE_1: Record<string, string> = {
	'Stock Location': 'Get Many · Location',
	'1688 Shop Items': 'Get Many Items · Shop',
	'1688 Item Detail': 'Get Detail · Item',
	'Create or Update in SHOPLINE': 'Create or Update From 1688 Item',
};

/** One node per resource: [node name, type, resource, operation, the subtitle it must show]. */
const EVERY_RESOURCE: Array<[string, string, string, string, string]> = [
	['1688 Shop', 'tmapi1688', 'shop', 'getInfo', 'Get Info · Shop'],
	['1688 Category', 'tmapi1688', 'category', 'getItemsV1', 'Get Many Items (V1) · Category'],
	['1688 Item', 'tmapi1688', 'item', 'getDetailById', 'Get Detail by ID · Item'],
	['1688 Search', 'tmapi1688', 'search', 'itemsByImage', 'Items by Image · Search'],
	['Store Product', 'shopline', 'product', 'upsert', 'Create or Update · Product'],
	['Store Variant', 'shopline', 'variant', 'count', 'Count · Variant'],
	['Store Product Image', 'shopline', 'productImage', 'getAll', 'Get Many · Product Image'],
	['Store Inventory', 'shopline', 'inventory', 'setAvailable', 'Set Available · Inventory'],
	['Store Location', 'shopline', 'location', 'get', 'Get · Location'],
	['Store Collection', 'shopline', 'collection', 'removeProducts', 'Remove Products · Collection'],
	['Store Order', 'shopline', 'order', 'cancel', 'Cancel · Order'],
	['Store Fulfillment', 'shopline', 'fulfillment', 'updateTracking', 'Update Tracking · Fulfillment'],
];

/** "getAll: location", as n8n shows `$parameter["operation"] + ": " + $parameter["resource"]`. */
const INTERNAL = /^[a-z][A-Za-z0-9]*: [a-z][A-Za-z0-9]*$/;

interface CanvasNode {
	name: string;
	subtitle: string;
	/** Whether the canvas cut the subtitle with "…". */
	cut: boolean;
	/** Whether the operation's name alone (the text before " · ") would fit on the line. */
	operationFits: boolean;
}

/** The package's nodes on the canvas: name, subtitle, and whether the subtitle is cut. */
async function canvasNodes(page: Page): Promise<CanvasNode[]> {
	return await page.$$eval('[data-test-id=canvas-node]', (nodes) =>
		nodes
			.filter((node) => Array.from(node.querySelectorAll('img')).some((image) => /n8n-nodes-(tmapi-1688|shopline)/.test(image.src)))
			.map((node) => {
				const lines = (node as HTMLElement).innerText.split('\n').map((line) => line.trim()).filter(Boolean);
				const element = node.querySelector<HTMLElement>('[class*="subtitle"]');
				const subtitle = element?.innerText.trim() ?? lines[lines.length - 1] ?? '';
				let operationFits = true;
				if (element) {
					const probe = document.createElement('span');
					probe.style.cssText = `font: ${getComputedStyle(element).font}; white-space: nowrap; position: absolute; visibility: hidden`;
					probe.textContent = subtitle.split(' · ')[0];
					document.body.appendChild(probe);
					operationFits = probe.getBoundingClientRect().width <= element.clientWidth + 0.5;
					probe.remove();
				}
				return { name: lines[0] ?? '', subtitle, cut: !!element && element.scrollWidth > element.clientWidth + 0.5, operationFits };
			}),
	);
}

/** Checks the subtitles of the workflow open in the page against the expected ones. */
export async function checkSubtitles(page: Page, label: string, expected: Record<string, string>, file: string): Promise<EditorCheck[]> {
	const nodes = await canvasNodes(page);
	const wrong = Object.entries(expected)
		.filter(([name, subtitle]) => nodes.find((node) => node.name === name)?.subtitle !== subtitle)
		.map(([name, subtitle]) => `${name}: "${nodes.find((node) => node.name === name)?.subtitle ?? 'not on the canvas'}" instead of "${subtitle}"`);
	const internal = nodes.filter((node) => !(node.name in expected) && INTERNAL.test(node.subtitle)).map((node) => `${node.name}: "${node.subtitle}"`);
	const cut = nodes.filter((node) => node.cut && node.operationFits).map((node) => `${node.name}: "${node.subtitle}"`);
	const cutAnyway = nodes.filter((node) => node.cut && !node.operationFits).map((node) => node.subtitle);
	return [
		{ name: `editor: ${label}: each node's subtitle names its operation as the dropdown does`, ok: wrong.length === 0 && internal.length === 0, detail: [...wrong, ...internal].join('; ') || file },
		{
			name: `editor: ${label}: no subtitle is cut short where its operation's name fits`,
			ok: cut.length === 0,
			detail: cut.join('; ') || `${file}${cutAnyway.length ? ` (longer than the line by itself: ${cutAnyway.join(', ')})` : ''}`,
		},
	];
}

async function openAndShoot(page: Page, url: string, file: string): Promise<void> {
	await page.goto(url);
	await page.waitForSelector('[data-test-id=canvas-node]');
	await page.click('[data-test-id=zoom-to-fit]').catch(() => undefined);
	// Away from the button, so its tooltip does not cover the canvas in the screenshot.
	await page.mouse.move(700, 120);
	await page.waitForTimeout(800);
	await page.screenshot({ path: file });
}

export async function checkCanvas(page: Page, server: Server, screenshotDir: string): Promise<EditorCheck[]> {
	const checks: EditorCheck[] = [];
	const exampleFile = join(screenshotDir, '40-canvas-example-1.png');
	try {
		await openAndShoot(page, `${server.url}/workflow/exampleSync1688`, exampleFile);
		checks.push(...(await checkSubtitles(page, 'example 1', EXAMPLE_1, exampleFile)));
		const text = await page.$eval('body', (body) => (body as HTMLElement).innerText);
		checks.push({ name: 'editor: example 1 says in a sticky note what the "1" badge (Execute Once) means', ok: /1.{0,2} badge is Execute Once/.test(text), detail: exampleFile });
	} catch (error) {
		checks.push({ name: 'editor: example 1 on the canvas', ok: false, detail: (error as Error).message.split('\n')[0] });
	}
	const everyFile = join(screenshotDir, '41-canvas-every-resource.png');
	try {
		const credentials = { tmapi1688: { tmapi1688Api: { id: 'tmapiExample1688', name: 'TMAPI API' } }, shopline: { shoplineApi: { id: 'shoplineExample01', name: 'SHOPLINE API' } } };
		const nodes = EVERY_RESOURCE.map(([name, type, resource, operation], index) => ({
			id: randomUUID(),
			name,
			type: NODE_TYPE[type as keyof typeof NODE_TYPE],
			typeVersion: 1,
			position: [(index % 4) * 300, Math.floor(index / 4) * 220],
			parameters: { resource, operation },
			credentials: credentials[type as keyof typeof credentials],
		}));
		const workflow = await rest<{ id: string }>(server, 'POST', '/workflows', { name: 'Every resource', active: false, settings: { executionOrder: 'v1' }, connections: {}, nodes });
		await openAndShoot(page, `${server.url}/workflow/${workflow.id}`, everyFile);
		const expected = Object.fromEntries(EVERY_RESOURCE.map(([name, , , , subtitle]) => [name, subtitle]));
		checks.push(...(await checkSubtitles(page, 'one node per resource', expected, everyFile)));
	} catch (error) {
		checks.push({ name: 'editor: one node per resource on the canvas', ok: false, detail: (error as Error).message.split('\n')[0] });
	}
	return checks;
}
