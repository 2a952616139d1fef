const { rmSync } = require('node:fs');

module.exports = async function teardown() {
	if (process.env.N8N_TESTS_TMPDIR) rmSync(process.env.N8N_TESTS_TMPDIR, { recursive: true, force: true });
};
