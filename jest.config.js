/** Tests run workflow JSON through n8n-core's WorkflowExecute against the loopback sandboxes. */
module.exports = {
	preset: 'ts-jest',
	testEnvironment: 'node',
	roots: ['<rootDir>/test'],
	testMatch: ['**/*.test.ts'],
	setupFiles: ['<rootDir>/test/harness/env.ts'],
	transform: { '^.+\\.ts$': ['ts-jest', { diagnostics: false }] },
	testTimeout: 30000,
	maxWorkers: 2,
	// n8n-core keeps process-wide services (binary store, error reporter) alive after a run;
	// sandboxes are closed in afterAll, so nothing of ours is cut short by this.
	forceExit: true,
};
