/* eslint-disable @n8n/community-nodes/no-restricted-imports, no-console -- a development script run by Node.js: never part of a published package */
/**
 * The SHOPLINE App (OAuth) credential in a real n8n (N8N_E2E_ONLY=oauth). One small workflow:
 * Manual Trigger → SHOPLINE (Authentication: App (OAuth)) → Product → Get Many, 3 products,
 * with the imported app credential (no token yet, the emulator store's authorization code).
 * Run three times:
 *   1. n8n creates the token (the credential's preAuthentication): exactly one create call
 *      with a valid signature, and every product request carries the token it issued.
 *   2. after the emulator expires every app token: the first product request is refused
 *      (401), n8n refreshes with one signed refresh call (no code), and the run succeeds
 *      with the new token.
 *   3. again: no token call at all, every request 200 with the refreshed token — n8n saved it
 *      in the credential.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { NODE_TYPE } from '../../test/harness/packages';
import type { EmulatorProcess } from '../lib/emulatorProcess';
import { check, json } from './checks';
import { executeWorkflow, n8n, type Instance } from './n8n';

const WORKFLOW_ID = 'shoplineAppOAuth1';
const NODE = 'Get Products (App)';

function workflow() {
	const trigger = 'When clicking ‘Execute workflow’';
	return {
		id: WORKFLOW_ID,
		name: 'SHOPLINE: products through an app (OAuth) credential',
		active: false,
		settings: { executionOrder: 'v1' },
		nodes: [
			{ id: 'c8000000-0000-4000-8000-000000000001', name: trigger, type: 'n8n-nodes-base.manualTrigger', typeVersion: 1, position: [0, 0], parameters: {} },
			{
				id: 'c8000000-0000-4000-8000-000000000002',
				name: NODE,
				type: NODE_TYPE.shopline,
				typeVersion: 1,
				position: [240, 0],
				parameters: { authentication: 'appOAuth', resource: 'product', operation: 'getAll', limit: 3 },
				credentials: { shoplineAppApi: { id: 'shoplineAppOAuth', name: 'SHOPLINE App (OAuth)' } },
			},
		],
		connections: { [trigger]: { main: [[{ node: NODE, type: 'main', index: 0 }]] } },
	};
}

/** The emulator's SHOPLINE API requests of the last run: status and which app token each carried. */
async function apiRequests(emulator: EmulatorProcess) {
	return (await emulator.log()).filter((entry) => entry.path.startsWith('/admin/openapi/')).map((entry) => ({ status: entry.status, token: entry.appToken }));
}

const summary = (events: Array<{ kind: string; signatureValid: boolean; status: number }>) => events.map(({ kind, signatureValid, status }) => `${kind} ${signatureValid ? 'signed' : 'BAD SIGNATURE'} ${status}`);

/** The app (OAuth) credential check on one n8n line. */
export async function oauthChecks(label: string, instance: Instance, emulator: EmulatorProcess): Promise<void> {
	const file = join(instance.userFolder, `${WORKFLOW_ID}.json`);
	writeFileSync(file, JSON.stringify(workflow()));
	await n8n(instance, ['import:workflow', `--input=${file}`]);
	// A new store: the app not yet installed, its code unused.
	await emulator.reset(true);

	const first = await executeWorkflow(instance, WORKFLOW_ID);
	const created = await emulator.oauthEvents();
	const token = created[0]?.token;
	const firstRequests = await apiRequests(emulator);
	check(
		`${label} App (OAuth): the first run creates the token from the code with one signed call, and every product request uses it`,
		!first.error &&
			json(first, NODE).length === 3 &&
			JSON.stringify(summary(created)) === JSON.stringify(['create signed 200']) &&
			firstRequests.length > 0 &&
			firstRequests.every((request) => request.status === 200 && request.token === token),
		`${first.error ?? ''} items ${json(first, NODE).length}; token calls ${JSON.stringify(summary(created))}; requests ${JSON.stringify(firstRequests)}`,
	);

	await emulator.expireAppTokens();
	await emulator.reset();
	const second = await executeWorkflow(instance, WORKFLOW_ID);
	const refreshed = await emulator.oauthEvents();
	const newToken = refreshed[0]?.token;
	const secondRequests = await apiRequests(emulator);
	check(
		`${label} App (OAuth): after the token expires, a 401, one signed refresh (no code), and the run succeeds with the new token`,
		!second.error &&
			json(second, NODE).length === 3 &&
			JSON.stringify(summary(refreshed)) === JSON.stringify(['refresh signed 200']) &&
			newToken !== undefined &&
			newToken !== token &&
			secondRequests[0]?.status === 401 &&
			secondRequests[secondRequests.length - 1]?.status === 200 &&
			// Refused with the old token (the node's request, then n8n's own before it refreshes); answered with the new one.
			secondRequests.every((request) => (request.status === 401 && request.token === token) || (request.status === 200 && request.token === newToken)),
		`${second.error ?? ''} ${second.errorDescription ?? ''} items ${json(second, NODE).length}; token calls ${JSON.stringify(summary(refreshed))}; requests ${JSON.stringify(secondRequests)}`,
	);

	await emulator.reset();
	const third = await executeWorkflow(instance, WORKFLOW_ID);
	const none = await emulator.oauthEvents();
	const thirdRequests = await apiRequests(emulator);
	console.log(`         token calls: create, refresh, then none; product requests per run: ${firstRequests.length}, ${secondRequests.length}, ${thirdRequests.length}`);
	check(
		`${label} App (OAuth): n8n saved the refreshed token in the credential: the next run makes no token call and uses it`,
		!third.error && json(third, NODE).length === 3 && none.length === 0 && thirdRequests.length > 0 && thirdRequests.every((request) => request.status === 200 && request.token === newToken),
		`${third.error ?? ''} token calls ${JSON.stringify(summary(none))}; requests ${JSON.stringify(thirdRequests)}`,
	);
}
