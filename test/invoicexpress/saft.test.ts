// InvoiceXpress › SAF-T › Export (https://developers.invoicexpress.com/docs/versions/2.0.0/resources/saf-t):
// asked again while the file is generated (202), then the file downloaded without the API key.
import { InvoiceXpressSandbox, PDF_PENDING_POLLS } from '../../sandbox/invoicexpress';
import { saftOf } from '../../sandbox/invoicexpress/saft';
import { binaryBuffer, runWorkflow } from '../harness/engine';
import { everything, expectRefusedBeforeAnyRequest, useSandbox } from '../harness/sandbox';
import { credentials, ix, KEY } from './common';

const api = useSandbox(() => new InvoiceXpressSandbox());
const saft = (parameters: Record<string, unknown>) =>
	ix('export', { resource: 'saft', month: 1, year: 2024, options: { pollInterval: 0.01 }, ...parameters });
const run = async (workflow: ReturnType<typeof saft>) => await runWorkflow(workflow, { credentials: credentials(api.url) });

describe('InvoiceXpress › SAF-T › Export', () => {
	test('GET /api/export_saft.json with month and year (both spellings) until the 200, then the file into a binary field', async () => {
		const result = await run(saft({}));
		const requests = api.server.received();
		const exports = requests.filter((r) => r.path === '/api/export_saft.json');
		expect(exports.map((r) => [r.method, r.query, r.status])).toEqual([
			...Array.from({ length: PDF_PENDING_POLLS }, () => ['GET', { api_key: KEY, month: '1', year: '2024', years: '2024' }, 202]),
			['GET', { api_key: KEY, month: '1', year: '2024', years: '2024' }, 200],
		]);
		const download = requests.at(-1)!;
		expect([download.path, download.query]).toEqual(['/saft-files/saft-2024-01.xml', { signature: 'sbx2024-01' }]);
		const [item] = result.items();
		expect(item.json).toEqual({ month: 1, year: 2024, url: `${api.url}/saft-files/saft-2024-01.xml?signature=sbx2024-01`, fileName: 'saft-2024-01.xml' });
		expect(item.binary!.data).toMatchObject({ fileName: 'saft-2024-01.xml', mimeType: 'application/xml' });
		const xml = (await binaryBuffer(item.binary!.data)).toString('utf8');
		expect(xml).toContain('<FiscalYear>2024</FiscalYear>');
		expect(xml).toContain('<InvoiceNo>Invoice 1/A</InvoiceNo>');
		expect(xml).toContain('<NumberOfEntries>3</NumberOfEntries>');
		expect(everything(result.run)).not.toContain(KEY);
	});

	test('the year read as `year` (the page’s text) and the link as {"output": {"url"}} work the same', async () => {
		saftOf(api.server).readings = { yearParameter: 'year', reply: 'output' };
		const result = await run(saft({ month: 2, download: false }));
		expect(result.items()[0].json).toEqual({ month: 2, year: 2024, url: `${api.url}/saft-files/saft-2024-02.xml?signature=sbx2024-02` });
		expect(api.server.received('GET', '/saft-files')).toHaveLength(0);
	});

	test('still 202 after Max Attempts: an error that says to wait longer', async () => {
		const result = await run(saft({ options: { maxAttempts: 2, pollInterval: 0 } }));
		expect(api.server.received()).toHaveLength(2);
		expect(result.error()?.message).toBe('InvoiceXpress error: The SAF-T file of 2024-01 was not ready after 2 attempt(s)');
	});

	test('a month outside 1–12 is refused before any request', async () => {
		const result = await runWorkflow(saft({ month: '={{ 13 }}' }), { credentials: credentials(api.url) });
		expectRefusedBeforeAnyRequest(result, api.server, 'Item 0: "Month" (13) is outside the range this node accepts, 1 to 12', 'Give a number from 1 to 12.');
	});
});
