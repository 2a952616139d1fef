const { availableParallelism } = require('node:os');

/** @type {import('jest').Config} */
module.exports = {
	// Jest's default leaves one core to its own process, which only waits: on a 2-core machine
	// that is one test file at a time. Most tests wait on answers (latency, pacing) more than
	// they compute, so one worker per core, and at least two, keeps both cores busy.
	maxWorkers: Math.max(2, availableParallelism()),
	testEnvironment: 'node',
	// Tests of the development scripts' own libraries sit beside them in scripts/lib/: test/
	// never imports scripts/ (scripts may use test/harness).
	roots: ['<rootDir>/test', '<rootDir>/scripts'],
	testMatch: ['**/*.test.ts'],
	transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.dev.json' }] },
	setupFiles: ['<rootDir>/test/setup/env.ts'],
	setupFilesAfterEnv: ['<rootDir>/test/setup/network.ts'],
	globalSetup: '<rootDir>/test/setup/globalSetup.js',
	globalTeardown: '<rootDir>/test/setup/globalTeardown.js',
	// Only a hang should meet this bound: what a test asserts decides pass or fail. On a busy
	// machine (two processes hogging both cores, other work besides: load 8 on 2 cores was seen)
	// the longest tests (400 pages of Auto concurrency, 100 pages through 30 % faults) take
	// 4 to 6 times their quiet 10 to 15 s, and 60 s cut them off.
	testTimeout: 300_000,
};
