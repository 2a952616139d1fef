/* eslint-disable @n8n/community-nodes/no-restricted-globals, @n8n/community-nodes/no-restricted-imports -- test code run by jest (and read by the scripts): never part of a published package */
/**
 * The npm packages this repository builds (packages/<name>/package.json) and the type names
 * n8n gives their nodes: `<package name>.<node name>`. Workflows, tests and scripts name nodes
 * through NODE_TYPE; test/unit/packages.test.ts checks it against the manifests and codex files.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const ROOT = join(__dirname, '..', '..');

export interface PackageManifest {
	name: string;
	version: string;
	n8n: { nodes: string[]; credentials: string[]; strict?: boolean };
	[key: string]: unknown;
}

export const PACKAGES: PackageManifest[] = readdirSync(join(ROOT, 'packages'), { withFileTypes: true })
	.filter((entry) => entry.isDirectory())
	.map((entry) => JSON.parse(readFileSync(join(ROOT, 'packages', entry.name, 'package.json'), 'utf8')) as PackageManifest);

export const TMAPI_PACKAGE = 'n8n-nodes-tmapi-1688';
export const SHOPLINE_PACKAGE = 'n8n-nodes-shopline';

export const NODE_TYPE = {
	tmapi1688: `${TMAPI_PACKAGE}.tmapi1688`,
	shopline: `${SHOPLINE_PACKAGE}.shopline`,
	shoplineTrigger: `${SHOPLINE_PACKAGE}.shoplineTrigger`,
} as const;
