/**
 * Runs the lint legs of n8n's community-package scanner (@n8n/scan-community-package) with its
 * own exported functions, on one package that is not published yet:
 *   root      — findPackageRoot: the folder of this repository the scanner lints as the package's
 *               source (the scanner looks for the package.json that carries the package's name);
 *   source    — analyzePackage(root, SOURCE_FILE_PATTERNS): package.json and nodes/, credentials/;
 *   tarball   — analyzePackage(unpacked tarball, ['**\/*.js', 'package.json']);
 *   provenance — checkPackageProvenance on the registry's metadata, when there is any.
 * Usage: node scanLegs.mjs <folder where the scanner is installed> '<job as JSON>'
 * The job: { name, version, repository, tarballDir, metadata? }. Prints the results as JSON.
 * ESM, because the scanner is; it runs outside ts-node.
 */
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const [scannerFolder, jobText] = process.argv.slice(2);
const job = JSON.parse(jobText);
const require = createRequire(join(scannerFolder, 'package.json'));
const load = async (subpath) => await import(pathToFileURL(require.resolve(`@n8n/scan-community-package/scanner/${subpath}`)).href);
const { analyzePackage, findPackageRoot, SOURCE_FILE_PATTERNS } = await load('scanner.mjs');
const { checkPackageProvenance } = await load('provenance.mjs');
const glob = require('fast-glob');

const root = findPackageRoot(job.repository, job.name);
const sourceFiles = root ? glob.sync(SOURCE_FILE_PATTERNS, { cwd: root, ignore: ['node_modules/**', '**/package-lock.json'] }) : [];
const result = {
	root,
	sourceFiles,
	source: root ? await analyzePackage(root, SOURCE_FILE_PATTERNS) : { passed: false, message: `no package.json named ${job.name} in the repository` },
	tarball: await analyzePackage(job.tarballDir, ['**/*.js', 'package.json']),
	provenance: job.metadata ? checkPackageProvenance(job.metadata, job.version) : undefined,
};
for (const leg of [result.source, result.tarball]) delete leg.error;
process.stdout.write(`${JSON.stringify(result)}\n`);
