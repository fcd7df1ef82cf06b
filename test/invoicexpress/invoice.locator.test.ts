// Node version 1.1: the document ID of every invoice operation is a resource locator (From List
// through `searchInvoices`, which pages through the whole account with the list's `text` filter; By
// ID). Version 1 keeps the plain Invoice ID field, so saved workflows run as before.
import type { INodeProperties } from 'n8n-workflow';

import { InvoiceXpressSandbox } from '../../sandbox/invoicexpress';
import { runWorkflow, subjectWorkflow } from '../harness/engine';
import { listSearch } from '../harness/listSearch';
import { PACKAGE_NAME, registry } from '../harness/registry';
import { useSandbox } from '../harness/sandbox';
import { credentials, KEY } from './common';

const api = useSandbox(() => new InvoiceXpressSandbox());

const node = (typeVersion: number, operation: string, parameters: Record<string, unknown>) =>
	subjectWorkflow({ type: 'invoiceXpress', typeVersion, parameters: { resource: 'invoice', operation, ...parameters } as never, credentials: ['invoiceXpressApi'] });

describe('InvoiceXpress › Invoice › document picker (node 1.1)', () => {
	test('1.1 shows a resource locator, version 1 the plain Invoice ID, for every per-document operation', () => {
		const properties = registry().getByNameAndVersion(`${PACKAGE_NAME}.invoiceXpress`).description.properties as INodeProperties[];
		const ids = properties.filter((p) => p.name === 'invoiceId');
		// Cancel Payment's receipt is a picker in every version (the operation is new in 1.1's time).
		const operations = ['changeState', 'downloadPdf', 'generatePayment', 'get', 'relatedDocuments', 'sendEmail', 'update'];
		for (const operation of operations) {
			const fields = ids.filter((p) => (p.displayOptions?.show?.operation as string[]).includes(operation));
			expect(fields.map((f) => [f.type, f.displayOptions?.show?.['@version']])).toEqual([
				['string', [{ _cnd: { lt: 1.1 } }]],
				['resourceLocator', [{ _cnd: { gte: 1.1 } }]],
			]);
		}
		const locator = ids.find((p) => p.type === 'resourceLocator')!;
		expect(locator.modes?.map((m) => [m.name, m.typeOptions?.searchListMethod])).toEqual([
			['list', 'searchInvoices'],
			['id', undefined],
		]);
		expect(registry().getByNameAndVersion(`${PACKAGE_NAME}.invoiceXpress`).description.defaultVersion).toBe(1.1);
	});

	test.each([
		['From List', { __rl: true, mode: 'list', value: '1002', cachedResultName: 'Invoice · 1/A · Café Lisboa, Lda' }],
		['By ID', { __rl: true, mode: 'id', value: '1002' }],
	])('1.1, %s: GET /invoices/1002.json', async (_mode, invoiceId) => {
		const result = await runWorkflow(node(1.1, 'get', { documentType: 'invoices', invoiceId }), { credentials: credentials(api.url) });
		expect(api.server.received()[0].path).toBe('/invoices/1002.json');
		expect(result.items()[0].json).toMatchObject({ id: 1002, sequence_number: '1/A' });
	});

	test('version 1: the plain Invoice ID still works', async () => {
		const result = await runWorkflow(node(1, 'changeState', { documentType: 'invoices', invoiceId: '1001', state: 'finalized' }), {
			credentials: credentials(api.url),
		});
		expect(api.server.received()[0].path).toBe('/invoices/1001/change-state.json');
		expect(result.items()[0].json).toMatchObject({ id: 1001, status: 'final' });
	});

	test('1.1 with a plain value (an old expression) reads it too', async () => {
		const result = await runWorkflow(node(1.1, 'get', { documentType: 'invoices', invoiceId: '={{ 1003 }}' }), { credentials: credentials(api.url) });
		expect(result.items()[0].json).toMatchObject({ id: 1003 });
	});

	test('1.1, an expression giving no ID is refused before any request', async () => {
		const result = await runWorkflow(node(1.1, 'get', { documentType: 'invoices', invoiceId: { __rl: true, mode: 'id', value: '={{ "1/A" }}' } }), {
			credentials: credentials(api.url),
		});
		expect(result.error()?.message).toBe('Item 0: "Invoice ID" ("1/A") is not an InvoiceXpress document ID');
		expect(api.server.received()).toHaveLength(0);
	});
});

describe('InvoiceXpress › searchInvoices', () => {
	test('pages through more than 1,000 documents (archived ones too), each once, 100 a page', async () => {
		api.server.addDocuments(1200);
		const seen: string[] = [];
		let token: string | undefined;
		let pages = 0;
		do {
			const page = await listSearch('invoiceXpress', 'searchInvoices', credentials(api.url), { paginationToken: token, typeVersion: 1.1 });
			seen.push(...page.results.map((r) => String(r.value)));
			token = page.paginationToken as string | undefined;
			pages++;
		} while (token);
		expect(pages).toBe(13);
		expect(seen).toHaveLength(1208);
		expect(new Set(seen).size).toBe(1208);
		const requests = api.server.received();
		expect(requests.map((r) => r.query.page)).toEqual(Array.from({ length: 13 }, (_, n) => String(n + 1)));
		expect(requests[0]).toMatchObject({ method: 'GET', path: '/invoices.json', query: { api_key: KEY, non_archived: 'true', archived: 'true', page: '1', per_page: '100' } });
	});

	test('names a document by type, number, client and date; the search text goes to the list’s text filter', async () => {
		const page = await listSearch('invoiceXpress', 'searchInvoices', credentials(api.url), { filter: 'Café', typeVersion: 1.1 });
		expect(api.server.received()[0].query).toMatchObject({ text: 'Café', page: '1', per_page: '100' });
		expect(page.results[0]).toEqual({ name: 'Invoice · 1/A · Café Lisboa, Lda · 05/01/2024 (1002)', value: '1002' });
		expect(page.results.map((r) => r.value)).toEqual(['1002', '1004', '1005', '1006']);
		expect(page.paginationToken).toBeUndefined();
	});

	test('searchReceipts lists the receipts alone (type[]=Receipt)', async () => {
		await runWorkflow(node(1.1, 'generatePayment', { documentType: 'invoices', invoiceId: { __rl: true, mode: 'id', value: '1002' }, amount: 5 }), {
			credentials: credentials(api.url),
		});
		const page = await listSearch('invoiceXpress', 'searchReceipts', credentials(api.url), { typeVersion: 1.1 });
		expect(api.server.received().pop()!.query['type[]']).toBe('Receipt');
		expect(page.results.map((r) => r.value)).toEqual(['1009']);
	});
});
