// One temporary folder for a whole `npm test`: the test processes, which inherit TMPDIR, make
// their n8n user folders inside it, and globalTeardown.js removes it at the end.
const { mkdtempSync } = require('node:fs');
const { tmpdir } = require('node:os');
const { join } = require('node:path');

module.exports = async function setup() {
	process.env.TMPDIR = mkdtempSync(join(tmpdir(), 'n8n-tests-'));
	process.env.N8N_TESTS_TMPDIR = process.env.TMPDIR;
};
