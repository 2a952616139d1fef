/* eslint-disable @n8n/community-nodes/no-restricted-globals, @n8n/community-nodes/no-restricted-imports -- a development script run by Node.js: never part of a published package */
/// <reference lib="dom" />
/**
 * A look in the editor, as a user would: headless Chromium (Debian's /usr/bin/chromium via
 * playwright-core) signs in, adds each node from the nodes panel by searching for it,
 * opens every operation's parameters and saves a screenshot of each. It fails when a node,
 * its icon or an operation is missing, or when a parameter panel shows an error.
 */
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

import { chromium, type Page } from 'playwright-core';

import { OWNER, rest, type Server } from './server';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const NODES: Array<{ search: string; name: string; actions: string[] }> = [
	{
		search: 'TMAPI',
		name: 'TMAPI 1688',
		actions: ['Get many items of a shop', 'Get many items of a category', 'Get many items of a category with the v1 endpoint', 'Get the detail of an item', 'Search items by image'],
	},
	{
		search: 'SHOPLINE',
		name: 'SHOPLINE',
		actions: ['Get many products', 'Get a product', 'Count products', 'Create a product', 'Update a product', 'Delete a product', 'Create or update a product from a 1688 item', 'Set available stock'],
	},
];

const BROKEN_PANEL = /not (currently )?installed|could not load|problem loading|unknown node|install this node/i;

export interface EditorCheck {
	name: string;
	ok: boolean;
	detail?: string;
}

async function iconLoaded(page: Page, selector: string): Promise<boolean> {
	return await page.$$eval(selector, (images) => images.some((image) => (image as HTMLImageElement).complete && (image as HTMLImageElement).naturalWidth > 0 && /\.svg/.test((image as HTMLImageElement).src)));
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

		let shot = 0;
		for (const node of NODES) {
			for (const action of node.actions) {
				const name = `editor: ${node.name} → ${action}`;
				try {
					await page.click('[data-test-id=node-creator-plus-button]');
					await page.fill('[data-test-id=node-creator-search-bar] input, input[data-test-id=node-creator-search-bar]', node.search);
					await page.getByText(node.name, { exact: true }).first().click();
					await page.getByText(action, { exact: true }).first().click();
					await page.waitForSelector('[data-test-id=ndv] [data-test-id=node-parameters]');
					await page.waitForTimeout(500);
					const title = await page.$eval('[data-test-id=node-title-container]', (element) => (element as HTMLElement).innerText);
					const panel = await page.$eval('[data-test-id=ndv]', (element) => (element as HTMLElement).innerText);
					const parameters = await page.$$eval('[data-test-id=node-parameters] [data-test-id=parameter-item]', (items) => items.length);
					const icon = await iconLoaded(page, '[data-test-id=ndv] img');
					shot += 1;
					const file = join(screenshotDir, `${String(shot).padStart(2, '0')}-${node.search.toLowerCase()}-${action.toLowerCase().replace(/[^a-z0-9]+/g, '-')}.png`);
					await page.screenshot({ path: file });
					const problems = [
						!title.includes(action) ? `title "${title}"` : '',
						parameters < 3 ? `${parameters} parameters` : '',
						!icon ? 'icon missing' : '',
						BROKEN_PANEL.test(panel) ? `panel says "${BROKEN_PANEL.exec(panel)?.[0]}"` : '',
					].filter(Boolean);
					checks.push({ name, ok: problems.length === 0, detail: problems.join('; ') || file });
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
		await page.click('[data-test-id=zoom-to-fit]').catch(() => undefined);
		await page.waitForTimeout(500);
		const canvasFile = join(screenshotDir, '00-canvas.png');
		await page.screenshot({ path: canvasFile });
		const canvasIcons = await page.$$eval('[data-test-id=canvas-node] img', (images) =>
			images.filter((image) => /n8n-nodes-(tmapi-1688|shopline)/.test((image as HTMLImageElement).src)).map((image) => (image as HTMLImageElement).naturalWidth > 0),
		);
		const expected = NODES.reduce((sum, node) => sum + node.actions.length, 0);
		checks.push({
			name: 'editor: every added node shows its icon on the canvas',
			ok: canvasIcons.length === expected && canvasIcons.every(Boolean),
			detail: `${canvasIcons.filter(Boolean).length} of ${expected} icons loaded (${canvasFile})`,
		});
	} finally {
		await browser.close();
	}
	return checks;
}
