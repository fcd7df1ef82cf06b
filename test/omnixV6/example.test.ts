// The example workflow in examples/ runs through the engine against the sandbox and passes the
// same check the real-n8n end-to-end run applies to it.
import { readFileSync } from 'fs';
import { join } from 'path';

import { OMNIX_DEMO_API_KEY, OmnixSandbox } from '../../sandbox/omnixV6';
import { CASES } from '../e2e/cases';
import type { OutputItem } from '../e2e/cases';
import type { WorkflowJson } from '../harness/engine';
import { runWorkflow } from '../harness/engine';
import { useSandbox } from '../harness/sandbox';

const api = useSandbox(() => new OmnixSandbox());
const NAME = 'omnix-v6-invoices';

describe('Omnix V6 › example workflow', () => {
	test(`examples/${NAME}.json gets the sandbox's documents, every item with the same keys`, async () => {
		const workflow = JSON.parse(readFileSync(join(__dirname, '..', '..', 'examples', `${NAME}.json`), 'utf8')) as WorkflowJson;
		const result = await runWorkflow(workflow, { credentials: { omnixV6Api: { domain: api.url, apiKey: OMNIX_DEMO_API_KEY } } });
		const testCase = CASES.find((c) => c.example === NAME)!;
		expect(testCase.node).toBe('Omnix V6');
		const items = result.items(testCase.node) as unknown as OutputItem[];
		expect(items).toHaveLength(5);
		expect(() => testCase.check(items)).not.toThrow();
		expect(api.server.received('GET', '/v6-api/rest/invoices')).toHaveLength(1);
	});
});
