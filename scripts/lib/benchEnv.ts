/* eslint-disable @n8n/community-nodes/no-restricted-globals, @n8n/community-nodes/no-restricted-imports -- a development script run by Node.js: never part of a published package */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Imported by the benchmark before the test harness: n8n-core keeps instance settings in
 * N8N_USER_FOLDER and reads it when it loads. The folder made here is removed at the end.
 */
export const benchUserFolder = process.env.N8N_USER_FOLDER ? undefined : mkdtempSync(join(tmpdir(), 'n8n-bench-'));
if (benchUserFolder) process.env.N8N_USER_FOLDER = benchUserFolder;
