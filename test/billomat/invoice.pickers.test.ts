// Node version 1.2: every ID an invoice operation takes is a picker (From List + By ID). The
// request and the output are the same whichever mode the ID was given in, and the same as the
// plain fields of versions 1 and 1.1 give (their tests, written for version 1, stay as they were).
import { billomatSandbox, jsonBody, run } from './setup';

const api = billomatSandbox();

type Mode = 'list' | 'id';
const MODES: Mode[] = ['list', 'id'];
const picked = (mode: Mode, value: string) => ({ __rl: true, mode, value });
const v12 = { typeVersion: 1.2 };

describe.each(MODES)('Billomat 1.2 › Invoice pickers, IDs given "%s"', (mode) => {
	test('Get: the invoice picker GETs /api/invoices/{id}', async () => {
		const result = await run(api.url, { operation: 'get', invoiceId: picked(mode, '1') }, v12);
		const [request, ...more] = api.server.received();
		expect(more).toHaveLength(0);
		expect([request.method, request.path, request.query]).toEqual(['GET', '/api/invoices/1', {}]);
		// Simplified (on by default), exactly as the plain field of version 1.1 gives it.
		const plain = await run(api.url, { operation: 'get', invoiceId: '1' }, { typeVersion: 1.1 });
		expect(result.items()).toEqual(plain.items());
		expect(result.items()).toEqual([
			{ json: expect.objectContaining({ id: 1, client_id: 476, invoice_number: 'RE123', status: 'OPEN', total_gross: 107.1 }) as unknown, pairedItem: { item: 0 } },
		]);
		expect(Object.keys(result.items()[0].json)).toHaveLength(11);
	});

	test('Create: Client, Contact, Template, Free Text, Corrected Invoice, Estimate, Confirmation, Recurring and each line item’s Article from pickers', async () => {
		const result = await run(
			api.url,
			{
				operation: 'create',
				clientId: picked(mode, '476'),
				itemsInput: 'fields',
				lineItems: { item: [{ article_id: picked(mode, '9'), quantity: 2, unit_price: 90 }, { title: 'Travel', quantity: 1, unit_price: 40 }] },
				additionalFields: {
					contact_id: picked(mode, '12'),
					template_id: picked(mode, '55'),
					free_text_id: picked(mode, '4'),
					invoice_id: picked(mode, '3'),
					offer_id: picked(mode, '11'),
					confirmation_id: picked(mode, '7'),
					recurring_id: picked(mode, '8'),
					label: 'Project 42',
				},
			},
			v12,
		);
		const [request, ...more] = api.server.received();
		expect(more).toHaveLength(0);
		expect([request.method, request.path]).toEqual(['POST', '/api/invoices']);
		expect(jsonBody(request)).toEqual({
			invoice: {
				client_id: 476,
				contact_id: 12,
				template_id: 55,
				free_text_id: 4,
				invoice_id: 3,
				offer_id: 11,
				confirmation_id: 7,
				recurring_id: 8,
				label: 'Project 42',
				'invoice-items': { 'invoice-item': [{ article_id: 9, quantity: 2, unit_price: 90 }, { title: 'Travel', quantity: 1, unit_price: 40 }] },
			},
		});
		const saved = api.server.invoices.get(1000)!;
		expect(saved.items.map((item) => [item.title, item.unit_price, item.quantity])).toEqual([
			['Consulting', 90, 2],
			['Travel', 40, 1],
		]);
		expect(result.items()).toHaveLength(1);
		expect(result.items()[0].json).toMatchObject({
			id: 1000,
			client_id: 476,
			contact_id: 12,
			template_id: 55,
			invoice_id: 3,
			offer_id: 11,
			status: 'DRAFT',
			label: 'Project 42',
			total_net: 220,
		});
	});

	test('Update: Client and Template in Update Fields from pickers', async () => {
		const result = await run(
			api.url,
			{ operation: 'update', invoiceId: picked(mode, '2'), updateFields: { client_id: picked(mode, '477'), template_id: picked(mode, '55') } },
			v12,
		);
		const [request, ...more] = api.server.received();
		expect(more).toHaveLength(0);
		expect([request.method, request.path]).toEqual(['PUT', '/api/invoices/2']);
		expect(jsonBody(request)).toEqual({ invoice: { client_id: 477, template_id: 55 } });
		expect(result.items()[0].json).toMatchObject({ id: 2, client_id: 477, template_id: 55, status: 'DRAFT' });
	});

	test('Complete: the Template option from a picker', async () => {
		const result = await run(api.url, { operation: 'complete', invoiceId: picked(mode, '2'), options: { templateId: picked(mode, '55') } }, v12);
		const [request] = api.server.received();
		expect([request.method, request.path]).toEqual(['PUT', '/api/invoices/2/complete']);
		expect(jsonBody(request)).toEqual({ complete: { template_id: 55 } });
		expect(result.items()).toEqual([{ json: { id: 2, action: 'complete', success: true }, pairedItem: { item: 0 } }]);
	});

	test('Send by Email: the Email Template from a picker', async () => {
		const result = await run(
			api.url,
			{ operation: 'sendEmail', invoiceId: picked(mode, '1'), to: 'buyer@example.com', additionalFields: { email_template_id: picked(mode, '3') } },
			v12,
		);
		const [request, ...more] = api.server.received();
		expect(more).toHaveLength(0);
		expect([request.method, request.path]).toEqual(['POST', '/api/invoices/1/email']);
		expect(jsonBody(request)).toEqual({ email: { recipients: { to: 'buyer@example.com' }, email_template_id: 3 } });
		expect(result.items()).toEqual([
			{ json: { id: 1, action: 'sendEmail', success: true, recipients: { to: 'buyer@example.com' }, attachments: [] }, pairedItem: { item: 0 } },
		]);
	});

	test('Get Many: the Client filter from a picker; the same invoices as the plain filter of version 1.1', async () => {
		const result = await run(api.url, { operation: 'getAll', returnAll: true, filters: { client_id: picked(mode, '476') } }, v12);
		const [request, ...more] = api.server.received();
		expect(more).toHaveLength(0);
		expect([request.method, request.path, request.query]).toEqual(['GET', '/api/invoices', { client_id: '476', page: '1', per_page: '1000' }]);
		const plain = await run(api.url, { operation: 'getAll', returnAll: true, filters: { client_id: '476' } }, { typeVersion: 1.1 });
		expect(result.items().length).toBeGreaterThan(0);
		expect(result.items().every((item) => item.json.client_id === 476)).toBe(true);
		expect(result.items()).toEqual(plain.items());
	});
});

describe('Billomat 1.2 › Invoice pickers', () => {
	test('a picker whose mapped ID is no number is refused before any request', async () => {
		const result = await run(api.url, { operation: 'get', invoiceId: picked('id', '={{ "RE123" }}') }, v12);
		expect(result.error()?.message).toBe('Item 0: "Invoice ID" ("RE123") is not a Billomat ID');
		expect(api.server.received()).toHaveLength(0);
	});

	test('an empty picker in a collection is left out, as an empty field was', async () => {
		await run(api.url, { operation: 'create', clientId: picked('list', '476'), additionalFields: { contact_id: picked('list', ''), label: 'x' } }, v12);
		expect(jsonBody(api.server.received()[0])).toEqual({ invoice: { client_id: 476, label: 'x' } });
	});
});

describe.each(MODES)('Billomat › pickers of the other resources, IDs given "%s"', (mode) => {
	test('Credit Note (pickers in every version, here version 1): Contact and Invoice in Additional Fields', async () => {
		const result = await run(api.url, {
			resource: 'creditNote',
			operation: 'create',
			clientId: picked(mode, '476'),
			additionalFields: { contact_id: picked(mode, '11'), invoice_id: picked(mode, '3'), label: 'Refund' },
		});
		const [request, ...more] = api.server.received();
		expect(more).toHaveLength(0);
		expect([request.method, request.path]).toEqual(['POST', '/api/credit-notes']);
		expect(jsonBody(request)).toEqual({ 'credit-note': { client_id: 476, contact_id: 11, invoice_id: 3, label: 'Refund' } });
		expect(result.items()).toHaveLength(1);
		expect(result.items()[0].json).toMatchObject({ id: 3000, client_id: 476, contact_id: 11, invoice_id: 3, label: 'Refund', status: 'DRAFT' });
	});

	test('Letter › Get Many: a family’s own ID filter (Supplier) from a picker', async () => {
		api.server.documentBooks.letters.records.get(52)!.extra = { subject: 'Your order', supplier_id: 3 };
		const result = await run(api.url, { resource: 'letter', operation: 'getAll', returnAll: false, limit: 5, filters: { supplier_id: picked(mode, '3') } }, v12);
		expect(api.server.received().map((r) => [r.method, r.path, r.query])).toEqual([['GET', '/api/letters', { supplier_id: '3', page: '1', per_page: '5' }]]);
		expect(result.items().map((item) => [item.json.id, item.json.supplier_id])).toEqual([[52, 3]]);
	});

	test('Article › Get Many 1.2: the Unit filter from a picker', async () => {
		const result = await run(api.url, { resource: 'article', operation: 'getAll', returnAll: true, filters: { unit_id: picked(mode, '1') } }, v12);
		expect(api.server.received().map((r) => [r.method, r.path, r.query])).toEqual([['GET', '/api/articles', { unit_id: '1', page: '1', per_page: '1000' }]]);
		expect(result.items().map((item) => item.json.id)).toEqual([9, 10, 13]);
		expect(result.items().every((item) => item.json.unit_id === 1)).toBe(true);
	});
});
