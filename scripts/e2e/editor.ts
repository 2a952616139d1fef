/* eslint-disable @n8n/community-nodes/no-restricted-globals, @n8n/community-nodes/no-restricted-imports -- a development script run by Node.js: never part of a published package */
/// <reference lib="dom" />
/**
 * A look in the editor, as a user would: headless Chromium (Debian's /usr/bin/chromium via
 * playwright-core) signs in and
 * - searches the nodes panel: the entries and what they say (SHOPLINE and its trigger share one
 *   entry, described by the trigger's description), and the SHOPLINE entry's actions;
 * - adds nodes from the panel by their actions, opens each one's parameters and saves a
 *   screenshot; it fails when a node, its icon or an operation is missing, or a parameter panel
 *   shows an error, and reads the subtitles the added nodes show on the canvas;
 * - opens example 1 and a workflow with one node per resource, and reads the canvas: each
 *   node's subtitle must name its operation (and resource) as the dropdowns do, never an internal
 *   value, and must not be cut short when the operation's name fits on the line.
 * Screenshots go to the given folder; the checks say which one shows what they looked at.
 */
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

import { chromium, type Page } from 'playwright-core';

import { ShoplineTrigger } from '../../nodes/Shopline/ShoplineTrigger.node';
import { Tmapi1688 } from '../../nodes/Tmapi1688/Tmapi1688.node';
import { checkCanvas, checkSubtitles, type EditorCheck } from './editorCanvas';
import { OWNER, rest, type Server } from './server';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** The nodes added from the panel: by which action, and the canvas subtitle each must then show. */
const NODES: Array<{ search: string; name: string; actions: Record<string, string> }> = [
	{
		search: 'TMAPI',
		name: 'TMAPI 1688',
		actions: {
			'Get many items of a shop': 'Get Many Items · Shop',
			'Get many items of a category': 'Get Many Items · Category',
			'Get many items of a category with the v1 endpoint': 'Get Many Items (V1) · Category',
			'Get the detail of an item': 'Get Detail · Item',
			'Search items by image': 'Items by Image · Search',
		},
	},
	{
		search: 'SHOPLINE',
		name: 'SHOPLINE',
		actions: {
			'Get many products': 'Get Many · Product',
			'Get a product': 'Get · Product',
			'Count products': 'Count · Product',
			'Create a product': 'Create · Product',
			'Update a product': 'Update · Product',
			'Delete a product': 'Delete · Product',
			'Create or update a product from a 1688 item': 'Create or Update From 1688 Item',
			'Set available stock': 'Set Available · Inventory',
		},
	},
];

const BROKEN_PANEL = /not (currently )?installed|could not load|problem loading|unknown node|install this node/i;

async function iconLoaded(page: Page, selector: string): Promise<boolean> {
	return await page.$$eval(selector, (images) => images.some((image) => (image as HTMLImageElement).complete && (image as HTMLImageElement).naturalWidth > 0 && /\.svg/.test((image as HTMLImageElement).src)));
}

const SEARCH_BAR = '[data-test-id=node-creator-search-bar] input, input[data-test-id=node-creator-search-bar]';

/** Text of the nodes-panel entry with this name (its name and its description). */
async function panelEntry(page: Page, name: string): Promise<string | undefined> {
	const entries = await page.$$eval('[data-test-id=node-creator-node-item], [data-test-id=node-creator-action-item]', (items) => items.map((item) => (item as HTMLElement).innerText));
	return entries.find((text) => text.split('\n')[0].trim() === name);
}

const normalized = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * The nodes panel: TMAPI 1688 and SHOPLINE each found by a search, with the description n8n
 * shows for them (for SHOPLINE, merged with its trigger, the trigger's): n8n 2.x shows it under
 * the search result and in the entry's details, n8n 1.x in the details only. SHOPLINE's details
 * list its actions and its trigger.
 */
async function checkPanel(page: Page, screenshotDir: string): Promise<EditorCheck[]> {
	const checks: EditorCheck[] = [];
	const expected = [
		{ search: 'tmapi', name: 'TMAPI 1688', description: new Tmapi1688().description.description },
		{ search: 'shopline', name: 'SHOPLINE', description: new ShoplineTrigger().description.description },
	];
	for (const [index, entry] of expected.entries()) {
		const searchFile = join(screenshotDir, `0${2 * index + 1}-panel-search-${entry.search}.png`);
		const detailsFile = join(screenshotDir, `0${2 * index + 2}-panel-${entry.search}-details.png`);
		try {
			await page.click('[data-test-id=node-creator-plus-button]');
			await page.fill(SEARCH_BAR, entry.search);
			await page.waitForTimeout(800);
			await page.screenshot({ path: searchFile });
			const found = await panelEntry(page, entry.name);
			await page.getByText(entry.name, { exact: true }).first().click();
			await page.waitForTimeout(800);
			await page.screenshot({ path: detailsFile });
			const details = await page.$eval('[data-test-id=node-creator]', (element) => (element as HTMLElement).innerText);
			const shown = [found, details].filter((text): text is string => !!text && normalized(text).includes(normalized(entry.description)));
			checks.push({
				name: `editor: searching "${entry.search}" shows ${entry.name}, described as "${entry.description}"`,
				ok: found !== undefined && shown.length > 0,
				detail: found === undefined ? `no entry named ${entry.name} (${searchFile})` : shown.length ? `${searchFile}, ${detailsFile}` : `neither the entry nor its details show it (${searchFile}, ${detailsFile})`,
			});
			if (entry.name === 'SHOPLINE') {
				const missing = ['Create or update a product from a 1688 item', 'Set available stock', 'Get many orders'].filter((action) => !details.includes(action));
				checks.push({ name: 'editor: the SHOPLINE entry lists its actions and its trigger', ok: missing.length === 0 && /Triggers/i.test(details), detail: missing.length ? `missing ${missing.join(', ')} (${detailsFile})` : detailsFile });
			}
		} catch (error) {
			await page.screenshot({ path: searchFile }).catch(() => undefined);
			checks.push({ name: `editor: searching "${entry.search}" in the nodes panel`, ok: false, detail: (error as Error).message.split('\n')[0] });
		}
		await page.keyboard.press('Escape');
		await page.waitForSelector('[data-test-id=node-creator]', { state: 'hidden', timeout: 5000 }).catch(() => undefined);
	}
	return checks;
}

/** Adds each node by each of its actions from the nodes panel and looks at its parameters. */
async function checkActions(page: Page, screenshotDir: string): Promise<EditorCheck[]> {
	const checks: EditorCheck[] = [];
	let shot = 10;
	for (const node of NODES) {
		for (const action of Object.keys(node.actions)) {
			const name = `editor: ${node.name} → ${action}`;
			try {
				await page.click('[data-test-id=node-creator-plus-button]');
				await page.fill(SEARCH_BAR, node.search);
				await page.getByText(node.name, { exact: true }).first().click();
				await page.getByText(action, { exact: true }).first().click();
				await page.waitForSelector('[data-test-id=ndv] [data-test-id=node-parameters]');
				await page.waitForTimeout(500);
				const title = await page.$eval('[data-test-id=node-title-container]', (element) => (element as HTMLElement).innerText);
				const panel = await page.$eval('[data-test-id=ndv]', (element) => (element as HTMLElement).innerText);
				const parameters = await page.$$eval('[data-test-id=node-parameters] [data-test-id=parameter-item]', (items) => items.length);
				const icon = await iconLoaded(page, '[data-test-id=ndv] img');
				shot += 1;
				const file = join(screenshotDir, `${shot}-${node.search.toLowerCase()}-${action.toLowerCase().replace(/[^a-z0-9]+/g, '-')}.png`);
				await page.screenshot({ path: file });
				const problems = [
					!title.includes(action) ? `title "${title}"` : '',
					parameters < 3 ? `${parameters} parameters` : '',
					!icon ? 'icon missing' : '',
					BROKEN_PANEL.test(panel) ? `panel says "${BROKEN_PANEL.exec(panel)?.[0]}"` : '',
				].filter(Boolean);
				checks.push({ name, ok: problems.length === 0, detail: problems.join('; ') || file });
				if (action === 'Create or update a product from a 1688 item') checks.push(await checkFrom1688Groups(page, screenshotDir, panel));
			} catch (error) {
				await page.screenshot({ path: join(screenshotDir, `failed-${shot}.png`) }).catch(() => undefined);
				checks.push({ name, ok: false, detail: (error as Error).message.split('\n')[0] });
			}
			// Back to the canvas: n8n 2.x has a close button, 1.x a back arrow; Escape works in both.
			await page
				.click('[data-test-id=ndv-close-button], [data-test-id=back-to-canvas]', { timeout: 3000 })
				.catch(async () => await page.keyboard.press('Escape'));
			await page.waitForSelector('[data-test-id=ndv]', { state: 'hidden', timeout: 5000 }).catch(() => undefined);
		}
	}
	return checks;
}

/** Create or Update From 1688 Item ends with its groups of options, each named for what it holds. */
async function checkFrom1688Groups(page: Page, screenshotDir: string, panel: string): Promise<EditorCheck> {
	await page.$eval('[data-test-id=node-parameters]', (element) => {
		for (let at: HTMLElement | null = element as HTMLElement; at; at = at.parentElement) at.scrollTop = at.scrollHeight;
	});
	await page.waitForTimeout(300);
	const file = join(screenshotDir, '29-shopline-from-1688-item-option-groups.png');
	await page.screenshot({ path: file });
	const lines = panel.split('\n').map((line) => line.trim());
	const groups = ['Pricing Options', 'Variant Options', 'Stock Options', 'Product Options', 'Request Options'];
	const missing = groups.filter((group) => !lines.includes(group));
	return {
		name: 'editor: Create or Update From 1688 Item shows Pricing, Variant, Stock, Product and Request Options, and no bare "Options"',
		ok: missing.length === 0 && !lines.includes('Options'),
		detail: missing.length ? `missing ${missing.join(', ')} (${file})` : lines.includes('Options') ? `a group is named "Options" (${file})` : file,
	};
}

export async function checkEditor(server: Server, screenshotDir: string): Promise<EditorCheck[]> {
	if (!existsSync(CHROMIUM)) return [{ name: 'editor: Chromium is installed', ok: false, detail: `${CHROMIUM} not found (apt-get install chromium)` }];
	rmSync(screenshotDir, { recursive: true, force: true });
	mkdirSync(screenshotDir, { recursive: true });
	const checks: EditorCheck[] = [];
	const workflow = await rest<{ id: string }>(server, 'POST', '/workflows', {
		name: `Editor check ${Date.now()}`,
		active: false,
		settings: { executionOrder: 'v1' },
		connections: {},
		nodes: [{ parameters: {}, id: 'e0000000-0000-4000-8000-000000000001', name: 'When clicking ‘Execute workflow’', type: 'n8n-nodes-base.manualTrigger', typeVersion: 1, position: [0, 0] }],
	});
	const browser = await chromium.launch({
		executablePath: CHROMIUM,
		args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
	});
	try {
		const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
		page.setDefaultTimeout(20_000);
		await page.goto(`${server.url}/signin`);
		await page.fill('input[name=emailOrLdapLoginId], input[type=email]', OWNER.email);
		await page.fill('input[type=password]', OWNER.password);
		await page.keyboard.press('Enter');
		await page.waitForURL((url) => !url.pathname.startsWith('/signin'));
		await page.goto(`${server.url}/workflow/${workflow.id}`);
		await page.waitForSelector('[data-test-id=canvas-node]');

		checks.push(...(await checkPanel(page, screenshotDir)));
		checks.push(...(await checkActions(page, screenshotDir)));
		// n8n stacks nodes added one after another; Tidy Up (Shift+Alt+T) lays them out for the screenshot.
		await page.click('[data-test-id=zoom-to-fit]').catch(() => undefined);
		await page.keyboard.press('Shift+Alt+T');
		await page.click('[data-test-id=zoom-to-fit]').catch(() => undefined);
		await page.mouse.move(700, 120);
		await page.waitForTimeout(800);
		const canvasFile = join(screenshotDir, '30-canvas-added-nodes.png');
		await page.screenshot({ path: canvasFile });
		const canvasIcons = await page.$$eval('[data-test-id=canvas-node] img', (images) =>
			images.filter((image) => /n8n-nodes-(tmapi-1688|shopline)/.test((image as HTMLImageElement).src)).map((image) => (image as HTMLImageElement).naturalWidth > 0),
		);
		const expected = NODES.reduce((sum, node) => sum + Object.keys(node.actions).length, 0);
		checks.push({
			name: 'editor: every added node shows its icon on the canvas',
			ok: canvasIcons.length === expected && canvasIcons.every(Boolean),
			detail: `${canvasIcons.filter(Boolean).length} of ${expected} icons loaded (${canvasFile})`,
		});
		// n8n names a node added by an action after the action.
		checks.push(...(await checkSubtitles(page, 'nodes added from the panel', Object.assign({}, ...NODES.map((node) => node.actions)) as Record<string, string>, canvasFile)));
		checks.push(...(await checkCanvas(page, server, screenshotDir)));
	} finally {
		await browser.close();
	}
	return checks;
}
