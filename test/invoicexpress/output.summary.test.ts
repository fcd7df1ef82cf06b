// Simplify from node version 1.1: the ten fields a workflow needs of a document (a guide's loading
// time in place of its due date), typed; the client cut to its ID, name, code, e-mail and fiscal ID.
// Version 1 keeps every field (typed), so saved workflows' outputs do not change; Simplify off gives
// the document as InvoiceXpress sent it in every version.
import type { IDataObject } from 'n8n-workflow';

import { InvoiceXpressSandbox, present } from '../../sandbox/invoicexpress';
import { runWorkflow, subjectWorkflow } from '../harness/engine';
import { useSandbox } from '../harness/sandbox';
import { credentials } from './common';

const api = useSandbox(() => new InvoiceXpressSandbox());

const node = (typeVersion: number, resource: string, operation: string, parameters: Record<string, unknown>) =>
	subjectWorkflow({ type: 'invoiceXpress', typeVersion, parameters: { resource, operation, ...parameters } as never, credentials: ['invoiceXpressApi'] });

const run = async (typeVersion: number, resource: string, operation: string, parameters: Record<string, unknown>) =>
	await runWorkflow(node(typeVersion, resource, operation, parameters), { credentials: credentials(api.url) });

describe('InvoiceXpress › output › Simplify from node 1.1', () => {
	test('Get of an invoice: the ten fields, dates ISO, the client cut to five', async () => {
		const sent = present(api.server.documents.get(1002)!) as IDataObject;
		const result = await run(1.1, 'invoice', 'get', { documentType: 'invoices', invoiceId: { __rl: true, mode: 'id', value: '1002' } });
		expect(result.items()[0].json).toEqual({
			id: 1002,
			type: 'Invoice',
			status: 'final',
			sequence_number: '1/A',
			date: '2024-01-05',
			due_date: '2024-02-04',
			reference: 'PO-77',
			total: sent.total,
			client: { id: 502, name: 'Café Lisboa, Lda', code: 'CL02', email: 'geral@cafelisboa.pt', fiscal_id: '501234567' },
		});
		expect(sent.total).toBe(110.7);
	});

	test('a finalized document of a registered sequence keeps its ATCUD', async () => {
		const created = await run(1.1, 'invoice', 'create', {
			documentType: 'invoices',
			date: '2024-04-17',
			dueDate: '2024-05-17',
			clientName: 'Bruce Norris',
			lineItems: { item: [{ name: 'Export', unitPrice: 100, quantity: 1, unit: 'service', taxName: 'IVA23' }] },
			additionalFields: { sequence: { __rl: true, mode: 'id', value: '701' } },
		});
		const id = created.items()[0].json.id as number;
		const final = await run(1.1, 'invoice', 'changeState', { documentType: 'invoices', invoiceId: { __rl: true, mode: 'id', value: String(id) }, state: 'finalized' });
		const json = final.items()[0].json;
		expect(Object.keys(json)).toEqual(['id', 'type', 'status', 'sequence_number', 'atcud', 'date', 'due_date', 'reference', 'total', 'client']);
		expect(json).toMatchObject({ id, status: 'final', atcud: expect.stringMatching(/-\d+$/) });
	});

	test('a guide: its loading time (ISO) in place of the due date', async () => {
		const result = await run(1.1, 'guide', 'get', { documentType: 'shippings', guideId: { __rl: true, mode: 'id', value: '60001' } });
		const json = result.items()[0].json;
		expect(Object.keys(json)).toEqual(['id', 'type', 'status', 'sequence_number', 'date', 'loaded_at', 'reference', 'total', 'client']);
		expect(json.loaded_at).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$/);
	});

	test('Get Many of a client’s invoices: the same ten fields per document', async () => {
		const result = await run(1.1, 'client', 'listInvoices', { clientId: { __rl: true, mode: 'id', value: '502' }, returnAll: true });
		expect(result.items().length).toBeGreaterThan(1);
		for (const item of result.items()) {
			expect(Object.keys(item.json).every((key) => ['id', 'type', 'status', 'sequence_number', 'atcud', 'date', 'due_date', 'reference', 'total', 'client'].includes(key))).toBe(true);
		}
	});

	test('version 1 keeps every field, typed; Simplify off gives the document as sent', async () => {
		const sent = present(api.server.documents.get(1002)!) as IDataObject;
		const v1 = await run(1, 'invoice', 'get', { documentType: 'invoices', invoiceId: '1002' });
		expect(v1.items()[0].json).toEqual({ ...sent, date: '2024-01-05', due_date: '2024-02-04' });
		const off = await run(1.1, 'invoice', 'get', { documentType: 'invoices', invoiceId: { __rl: true, mode: 'id', value: '1002' }, simplify: false });
		expect(off.items()[0].json).toEqual(sent);
	});
});
