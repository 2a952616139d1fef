import { config } from '@n8n/node-cli/eslint';

export default [
	...config,
	{
		// Tests, the emulator and the tooling scripts are not part of the published nodes: they may
		// use timers, process and Node's own modules, and import their dev dependencies. Their
		// "tokens" are fakes that the tests hunt for in outputs and logs.
		files: ['test/**/*.ts', 'scripts/**/*.ts', 'emulator/**/*.ts'],
		rules: {
			'@n8n/community-nodes/no-restricted-globals': 'off',
			'@n8n/community-nodes/no-restricted-imports': 'off',
			'@n8n/community-nodes/no-dangerous-functions': 'off',
			'@n8n/community-nodes/no-hardcoded-secrets': 'off',
			'@n8n/community-nodes/require-node-api-error': 'off',
			'no-console': 'off',
		},
	},
	{
		ignores: ['dist/**', 'node_modules/**', 'coverage/**', '.artifacts/**', 'jest.config.js', 'gulpfile.js'],
	},
];
