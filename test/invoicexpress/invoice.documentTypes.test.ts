// Where the invoice document types differ (https://invoicexpress.com/api-v2/invoices/): VAT MOSS
// invoices have their own path; receipts are made by payments, never created, and only canceled;
// change-state's table differs per type (an invoice-receipt is settled when finalized, only credit
// and debit notes are unsettled); payments and related documents exist for some types only.
import type { INodeProperties } from 'n8n-workflow';

import { InvoiceXpressSandbox } from '../../sandbox/invoicexpress';
import { runWorkflow } from '../harness/engine';
import { PACKAGE_NAME, registry } from '../harness/registry';
import { useSandbox } from '../harness/sandbox';
import { bodyText, credentials, ix } from './common';

const api = useSandbox(() => new InvoiceXpressSandbox());

const run = async (operation: string, parameters: Record<string, unknown>) =>
	await runWorkflow(ix(operation, parameters), { credentials: credentials(api.url) });

/** The Document Type choices an operation offers. */
function typesOf(operation: string): string[] {
	const properties = registry().getByNameAndVersion(`${PACKAGE_NAME}.invoiceXpress`).description.properties as INodeProperties[];
	const field = properties.find((p) => p.name === 'documentType' && (p.displayOptions?.show?.operation as string[] | undefined)?.includes(operation));
	return (field?.options as Array<{ value: string }> | undefined)?.map((o) => o.value) ?? [];
}

const ALL = ['invoices', 'invoice_receipts', 'simplified_invoices', 'credit_notes', 'debit_notes', 'vat_moss_invoices', 'receipts'];

describe('InvoiceXpress › Invoice › document types', () => {
	test('each operation offers the types its pages document', () => {
		expect(typesOf('get')).toEqual(ALL);
		expect(typesOf('changeState')).toEqual(ALL);
		expect(typesOf('sendEmail')).toEqual(ALL);
		expect(typesOf('create')).toEqual(ALL.filter((t) => t !== 'receipts'));
		expect(typesOf('update')).toEqual(ALL.filter((t) => t !== 'receipts'));
		expect(typesOf('generatePayment')).toEqual(['invoices', 'simplified_invoices', 'vat_moss_invoices']);
		expect(typesOf('relatedDocuments')).toEqual(['invoices', 'invoice_receipts', 'simplified_invoices', 'vat_moss_invoices']);
	});

	test('VAT MOSS invoice: POST /vat_moss_invoices.json with {"invoice":{…}}', async () => {
		const result = await run('create', {
			documentType: 'vat_moss_invoices',
			date: '2024-04-17',
			dueDate: '2024-04-17',
			clientName: 'Bruce Norris',
			lineItems: { item: [{ name: 'E-book', unitPrice: 10, quantity: 1, unit: 'unit', taxName: 'IVA20' }] },
		});
		const request = api.server.received()[0];
		expect(request.path).toBe('/vat_moss_invoices.json');
		expect(Object.keys(JSON.parse(bodyText(request)))).toEqual(['invoice']);
		expect(result.items()[0].json).toMatchObject({ id: 1009, type: 'VatMossInvoice', total: 12 });
	});

	test('receipt: read at GET /receipts/{id}.json, listed with type[]=Receipt', async () => {
		await run('generatePayment', { documentType: 'invoices', invoiceId: '1002', amount: 10, additionalFields: { paymentDate: '2024-02-01' } });
		const got = await run('get', { documentType: 'receipts', invoiceId: '1009' });
		expect(api.server.received('GET')[0].path).toBe('/receipts/1009.json');
		expect(got.items()[0].json).toMatchObject({ id: 1009, type: 'Receipt', total: 10 });
		const listed = await run('getAll', { returnAll: true, filters: { type: ['Receipt'] } });
		expect(api.server.received('GET')[1].query['type[]']).toBe('Receipt');
		expect(listed.items().map((item) => item.json.id)).toEqual([1009]);
	});

	test('receipt: only Canceled is a state it takes; another is refused before any request', async () => {
		const result = await run('changeState', { documentType: 'receipts', invoiceId: '1009', state: 'finalized' });
		expect(result.error()?.message).toBe('Item 0: a Receipt cannot be finalized');
		expect(result.error()?.description).toBe('InvoiceXpress documents these states for a Receipt: canceled.');
		expect(api.server.received()).toHaveLength(0);
	});

	test('invoice-receipt: finalizing a draft settles it (draft → settled, "Only invoice_receipt")', async () => {
		await run('create', {
			documentType: 'invoice_receipts',
			date: '2024-04-17',
			dueDate: '2024-04-17',
			clientName: 'Bruce Norris',
			lineItems: { item: [{ name: 'Coffee', unitPrice: 1, quantity: 1, unit: 'unit', taxName: 'IVA23' }] },
		});
		const result = await run('changeState', { documentType: 'invoice_receipts', invoiceId: '1009', state: 'finalized' });
		expect(result.items()[0].json).toMatchObject({ status: 'settled', sequence_number: '2/IR' });
	});

	test('unsettling: the documented table refuses it for an invoice (422), and takes it for a credit note', async () => {
		await run('changeState', { documentType: 'invoices', invoiceId: '1003', state: 'unsettled' });
		expect(api.server.documents.get(1003)!.status).toBe('settled');
		await run('changeState', { documentType: 'credit_notes', invoiceId: '1006', state: 'settled' });
		const result = await run('changeState', { documentType: 'credit_notes', invoiceId: '1006', state: 'unsettled' });
		expect(result.items()[0].json).toMatchObject({ id: 1006, status: 'final' });
	});

	test('unsettling an invoice: InvoiceXpress’s 422 text', async () => {
		const result = await run('changeState', { documentType: 'invoices', invoiceId: '1003', state: 'unsettled' });
		expect(result.error()?.message).toBe('InvoiceXpress error 422: Invoice with status settled cannot be unsettled');
	});
});
