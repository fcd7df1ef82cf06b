// The example workflow in examples/ runs through the engine against the sandbox and passes the
// same check the real-n8n end-to-end run applies to it.
import { readFileSync } from 'fs';
import { join } from 'path';

import { InvoiceXpressSandbox } from '../../sandbox/invoicexpress';
import { CASES } from '../e2e/cases';
import type { OutputItem } from '../e2e/cases';
import type { WorkflowJson } from '../harness/engine';
import { runWorkflow } from '../harness/engine';
import { useSandbox } from '../harness/sandbox';
import { credentials } from './common';

const api = useSandbox(() => new InvoiceXpressSandbox());
const NAME = 'invoicexpress-final-invoice-pdfs';

describe('InvoiceXpress › example workflow', () => {
	test(`examples/${NAME}.json lists the finalized invoices and downloads their PDFs`, async () => {
		const workflow = JSON.parse(readFileSync(join(__dirname, '..', '..', 'examples', `${NAME}.json`), 'utf8')) as WorkflowJson;
		const result = await runWorkflow(workflow, { credentials: credentials(api.url) });
		const testCase = CASES.find((c) => c.example === NAME)!;
		expect(testCase.node).toBe('Download PDF');
		const items = result.items(testCase.node) as unknown as OutputItem[];
		expect(() => testCase.check(items)).not.toThrow();
		expect(api.server.received('GET', '/invoices.json')).toHaveLength(1);
		expect(api.server.received('GET', '/api/pdf/1002.json')).toHaveLength(3);
		expect(api.server.received('GET', '/downloads/')).toHaveLength(1);
	});
});
