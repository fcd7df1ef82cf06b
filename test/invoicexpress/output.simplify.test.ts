// The output of the operations that give a document (issue 14, item 9). With Simplify on (the
// default) dates are ISO yyyy-MM-dd like every other node's, whether InvoiceXpress sends dd/mm/yyyy
// (its own format) or already ISO, and amounts, IDs and Archived are typed even when the reply is
// text (an XML reply); with Simplify off the document is exactly as InvoiceXpress sent it.
import type { INodeProperties } from 'n8n-workflow';

import { InvoiceXpressSandbox, present } from '../../sandbox/invoicexpress';
import { jsonReply } from '../campaign/operations';
import { runWorkflow } from '../harness/engine';
import { PACKAGE_NAME, registry } from '../harness/registry';
import { useSandbox } from '../harness/sandbox';
import { credentials, ix } from './common';

const api = useSandbox(() => new InvoiceXpressSandbox());
const run = (operation: string, parameters: Record<string, unknown>) =>
	runWorkflow(ix(operation, parameters), { credentials: credentials(api.url) });

/** Invoice 1002 as the legacy XML API writes a document: every value text, lists `type="array"`. */
const XML_1002 = `<?xml version="1.0" encoding="UTF-8"?>
<invoice>
 <id>1002</id>
 <status>final</status>
 <archived>false</archived>
 <type>Invoice</type>
 <sequence_number>1/A</sequence_number>
 <date>05/01/2024</date>
 <due_date>04/02/2024</due_date>
 <reference>PO-77</reference>
 <observations></observations>
 <retention></retention>
 <sum>90.0</sum>
 <discount>0.0</discount>
 <before_taxes>90.0</before_taxes>
 <taxes>20.7</taxes>
 <total>110.7</total>
 <currency>Euro</currency>
 <client><id>502</id><name>Café Lisboa, Lda</name><fiscal_id>501234567</fiscal_id></client>
 <items type="array">
  <item><name>Espresso beans</name><unit_price>12.5</unit_price><quantity>4.0</quantity><unit>unit</unit><discount>0.0</discount><tax><name>IVA23</name><value>23.0</value></tax></item>
 </items>
</invoice>`;

describe('InvoiceXpress › output › Simplify', () => {
	test('Get, Get Many, Get Related Documents, Create, Update, Change State, Generate Payment and Cancel Payment have it, on by default; Send by Email and Download PDF give no document', () => {
		const properties = registry().getByNameAndVersion(`${PACKAGE_NAME}.invoiceXpress`).description.properties;
		const simplify = properties.filter(
			(p: INodeProperties) => p.name === 'simplify' && (p.displayOptions?.show?.resource as string[] | undefined)?.includes('invoice'),
		);
		expect(simplify.map((p) => [p.displayOptions?.show?.operation, p.type, p.default, p.displayName])).toEqual([
			[['cancelPayment'], 'boolean', true, 'Simplify'],
			[['changeState'], 'boolean', true, 'Simplify'],
			[['create'], 'boolean', true, 'Simplify'],
			[['generatePayment'], 'boolean', true, 'Simplify'],
			[['get'], 'boolean', true, 'Simplify'],
			[['getAll'], 'boolean', true, 'Simplify'],
			[['relatedDocuments'], 'boolean', true, 'Simplify'],
			[['update'], 'boolean', true, 'Simplify'],
		]);
	});

	test('on: dd/mm/yyyy from InvoiceXpress comes out as yyyy-MM-dd; every other field as sent', async () => {
		const sent = present(api.server.documents.get(1002)!);
		expect(sent).toMatchObject({ date: '05/01/2024', due_date: '04/02/2024' });
		const result = await run('get', { documentType: 'invoices', invoiceId: '1002' });
		expect(result.items()[0].json).toEqual({ ...sent, date: '2024-01-05', due_date: '2024-02-04' });
	});

	test('on: a date InvoiceXpress already sends as ISO (a day or a date-time) is kept as that day', async () => {
		api.server.documents.get(1002)!.date = '2024-01-05';
		api.server.documents.get(1002)!.due_date = '2024-02-04T00:00:00+00:00';
		const result = await run('get', { documentType: 'invoices', invoiceId: '1002' });
		expect(result.items()[0].json).toMatchObject({ date: '2024-01-05', due_date: '2024-02-04' });
	});

	test('on: a date field that holds no date (empty, or text) is kept as it came', async () => {
		api.server.injectFault({
			kind: 'reply',
			reply: jsonReply(200, { invoice: { ...present(api.server.documents.get(1002)!), date: '', due_date: 'on receipt' } }),
		});
		const result = await run('get', { documentType: 'invoices', invoiceId: '1002' });
		expect(result.items()[0].json).toMatchObject({ date: '', due_date: 'on receipt' });
	});

	test('off: the document exactly as InvoiceXpress sent it, dd/mm/yyyy dates included', async () => {
		const sent = present(api.server.documents.get(1002)!);
		const result = await run('get', { documentType: 'invoices', invoiceId: '1002', simplify: false });
		expect(result.items()[0].json).toEqual(sent);
		expect(result.items()[0].json.date).toBe('05/01/2024');
	});

	test('on: an XML reply (all text) gives numbers, Archived as a boolean and an empty amount as null, like the JSON reply', async () => {
		const xml = { status: 200, headers: { 'Content-Type': 'application/xml; charset=utf-8' }, body: XML_1002 };
		api.server.injectFault({ kind: 'reply', reply: xml });
		const result = await run('get', { documentType: 'invoices', invoiceId: '1002' });
		expect(result.items()[0].json).toEqual({
			id: 1002,
			status: 'final',
			archived: false,
			type: 'Invoice',
			sequence_number: '1/A',
			date: '2024-01-05',
			due_date: '2024-02-04',
			reference: 'PO-77',
			observations: '',
			retention: null,
			sum: 90,
			discount: 0,
			before_taxes: 90,
			taxes: 20.7,
			total: 110.7,
			currency: 'Euro',
			client: { id: 502, name: 'Café Lisboa, Lda', fiscal_id: '501234567' },
			items: [{ name: 'Espresso beans', unit_price: 12.5, quantity: 4, unit: 'unit', discount: 0, tax: { name: 'IVA23', value: 23 } }],
		});
	});

	test('off: the XML reply\'s text is kept as text', async () => {
		const xml = { status: 200, headers: { 'Content-Type': 'application/xml; charset=utf-8' }, body: XML_1002 };
		api.server.injectFault({ kind: 'reply', reply: xml });
		const result = await run('get', { documentType: 'invoices', invoiceId: '1002', simplify: false });
		expect(result.items()[0].json).toMatchObject({
			id: '1002',
			archived: 'false',
			date: '05/01/2024',
			retention: '',
			total: '110.7',
			client: { id: '502' },
			items: [{ unit_price: '12.5', quantity: '4.0', tax: { value: '23.0' } }],
		});
	});

	test('Get Many, on: every document\'s dates are ISO; off: as sent', async () => {
		const simple = await run('getAll', { returnAll: true });
		const raw = await run('getAll', { returnAll: true, simplify: false });
		expect(simple.items().length).toBe(7);
		expect(raw.items().map((i) => i.json.id)).toEqual(simple.items().map((i) => i.json.id));
		for (const [index, item] of simple.items().entries()) {
			const sent = raw.items()[index].json;
			expect(sent.date).toMatch(/^\d{2}\/\d{2}\/\d{4}$/);
			const [d, m, y] = String(sent.date).split('/');
			const [dd, dm, dy] = String(sent.due_date).split('/');
			expect(item.json).toEqual({ ...sent, date: `${y}-${m}-${d}`, due_date: `${dy}-${dm}-${dd}` });
		}
	});

	test('Create and Change State output the document simplified; off, as sent', async () => {
		const created = await run('create', {
			documentType: 'invoices',
			date: '2024-04-17',
			dueDate: '2024-05-17',
			clientName: 'John Doe',
			lineItems: { item: [{ name: 'Service 1', unitPrice: 50, quantity: 1, unit: 'service' }] },
		});
		expect(created.items()[0].json).toMatchObject({ id: 1009, date: '2024-04-17', due_date: '2024-05-17' });

		const finalized = await run('changeState', { documentType: 'invoices', invoiceId: '1009', state: 'finalized' });
		expect(finalized.items()[0].json).toMatchObject({ id: 1009, status: 'final', date: '2024-04-17', due_date: '2024-05-17' });

		const settled = await run('changeState', { documentType: 'invoices', invoiceId: '1009', state: 'settled', simplify: false });
		expect(settled.items()[0].json).toMatchObject({ id: 1009, status: 'settled', date: '17/04/2024', due_date: '17/05/2024' });
	});

	test('Update: InvoiceXpress answers with an empty body, so the output says what was done, whatever Simplify says', async () => {
		const parameters = {
			documentType: 'invoices',
			invoiceId: '1001',
			clientName: 'Bruce Norris',
			lineItems: { item: [{ name: 'Product 1', unitPrice: 10, quantity: 1, unit: 'unit' }] },
		};
		const simple = await run('update', parameters);
		const raw = await run('update', { ...parameters, simplify: false });
		expect(simple.items()[0].json).toEqual({ id: 1001, documentType: 'invoices', updated: true });
		expect(raw.items()[0].json).toEqual({ id: 1001, documentType: 'invoices', updated: true });
	});

	test('Update: a document in the reply is simplified like Get\'s', async () => {
		api.server.injectFault({ kind: 'reply', method: 'PUT', reply: jsonReply(200, { invoice: present(api.server.documents.get(1001)!) }) });
		const result = await run('update', {
			documentType: 'invoices',
			invoiceId: '1001',
			clientName: 'Bruce Norris',
			lineItems: { item: [{ name: 'Product 1', unitPrice: 10, quantity: 1, unit: 'unit' }] },
		});
		expect(result.items()[0].json).toMatchObject({ id: 1001, date: '2009-10-19', due_date: '2009-10-19' });
	});
});
