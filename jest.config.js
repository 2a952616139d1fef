/** @type {import('jest').Config} */
module.exports = {
	testEnvironment: 'node',
	roots: ['<rootDir>/test'],
	testMatch: ['**/*.test.ts'],
	transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.dev.json' }] },
	setupFiles: ['<rootDir>/test/setup/env.ts'],
	setupFilesAfterEnv: ['<rootDir>/test/setup/network.ts'],
	globalSetup: '<rootDir>/scripts/jest/setup.js',
	globalTeardown: '<rootDir>/scripts/jest/teardown.js',
	testTimeout: 60000,
};
