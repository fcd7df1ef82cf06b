// n8n-workflow with its `sleep` recorded instead of waited, so retry tests run in milliseconds and
// can assert the waits. In a test file (jest hoists the mock above the imports):
//   jest.mock('n8n-workflow', () => jest.requireActual('../harness/recordedSleep').withRecordedSleep());
//   import { waits } from '../harness/recordedSleep';
/** Every wait asked for since the last reset, in ms. */
export const waits: number[] = [];

export function withRecordedSleep(): Record<string, unknown> {
	const actual = jest.requireActual('n8n-workflow') as Record<string, unknown>;
	return {
		__esModule: true,
		...actual,
		sleep: async (ms: number) => {
			waits.push(ms);
		},
	};
}

beforeEach(() => {
	waits.length = 0;
});
