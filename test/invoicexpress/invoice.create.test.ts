import { InvoiceXpressSandbox } from '../../sandbox/invoicexpress';
import { runWorkflow } from '../harness/engine';
import { useSandbox } from '../harness/sandbox';
import { bodyText, credentials, ix, KEY } from './common';

const api = useSandbox(() => new InvoiceXpressSandbox());

const NEW_DOCUMENT = {
	documentType: 'invoice_receipts',
	date: '2024-04-17',
	dueDate: '17/05/2024',
	clientName: 'John Doe',
	client: { code: 'XYZ123', email: 'john@doe.example', city: 'Porto', country: 'Portugal' },
	lineItems: { item: [{ name: 'SRV1', description: 'Service 1', unitPrice: 10, quantity: 5, unit: 'service', taxName: 'IVA23' }] },
	additionalFields: { reference: 'PO-1' },
};

describe('InvoiceXpress › Invoice › Create', () => {
	test('current flavour: POST /{type}.json with {"invoice":{…}}, outputs the created document', async () => {
		const result = await runWorkflow(ix('create', NEW_DOCUMENT), { credentials: credentials(api.url) });
		const [request, ...more] = api.server.received();
		expect(more).toHaveLength(0);
		expect(request.method).toBe('POST');
		expect(request.path).toBe('/invoice_receipts.json');
		expect(request.query).toEqual({ api_key: KEY });
		expect(JSON.parse(bodyText(request))).toEqual({
			invoice: {
				date: '17/04/2024',
				due_date: '17/05/2024',
				reference: 'PO-1',
				client: { name: 'John Doe', code: 'XYZ123', email: 'john@doe.example', city: 'Porto', country: 'Portugal' },
				items: [{ name: 'SRV1', description: 'Service 1', unit_price: 10, quantity: 5, unit: 'service', tax: { name: 'IVA23' }, discount: 0 }],
			},
		});
		expect(result.items()).toEqual([
			{
				json: {
					id: 1009,
					status: 'draft',
					archived: false,
					type: 'InvoiceReceipt',
					sequence_number: 'draft',
					// Simplify (on by default): InvoiceXpress's dd/mm/yyyy as ISO.
					date: '2024-04-17',
					due_date: '2024-05-17',
					reference: 'PO-1',
					observations: null,
					retention: null,
					sum: 50,
					discount: 0,
					before_taxes: 50,
					taxes: 11.5,
					total: 61.5,
					currency: 'Euro',
					client: { id: 503, name: 'John Doe', code: 'XYZ123', email: 'john@doe.example', city: 'Porto', country: 'Portugal' },
					items: [
						{ name: 'SRV1', description: 'Service 1', unit_price: 10, quantity: 5, unit: 'service', discount: 0, tax: { name: 'IVA23', value: 23 } },
					],
				},
				pairedItem: { item: 0 },
			},
		]);
		expect(api.server.documents.get(1009)?.path).toBe('invoice_receipts');
	});

	test('legacy flavour: the legacy API documents no create, so POST /{type}.json on the current API, same key', async () => {
		const result = await runWorkflow(ix('create', { ...NEW_DOCUMENT, documentType: 'credit_notes' }), {
			credentials: credentials(api.url, 'legacy'),
		});
		const [request, ...more] = api.server.received();
		expect(more).toHaveLength(0);
		expect(request.path).toBe('/credit_notes.json');
		expect(request.query).toEqual({ api_key: KEY });
		expect(request.headers['content-type']).toMatch(/^application\/json/);
		expect(JSON.parse(bodyText(request)).invoice).toMatchObject({ date: '17/04/2024', due_date: '17/05/2024', reference: 'PO-1', client: { name: 'John Doe', code: 'XYZ123' } });
		expect(result.items()[0].json).toMatchObject({ id: 1009, type: 'CreditNote', status: 'draft', total: 61.5, client: { name: 'John Doe' } });
	});

	test('a POST is not retried after a 503: it may already have created the document', async () => {
		api.server.injectFault({ kind: 'server-error', status: 503 });
		const result = await runWorkflow(ix('create', NEW_DOCUMENT), { credentials: credentials(api.url) });
		expect(api.server.received()).toHaveLength(1);
		expect(result.error()?.httpCode).toBe('503');
		expect(api.server.documents.has(1009)).toBe(false);
	});

	test('a POST is retried after a 429 (the request was refused, nothing was created)', async () => {
		api.server.injectFault({ kind: 'rate-limit', retryAfter: 0 });
		const result = await runWorkflow(ix('create', NEW_DOCUMENT), { credentials: credentials(api.url) });
		expect(api.server.received().map((r) => r.status)).toEqual([429, 201]);
		expect(result.items()[0].json.id).toBe(1009);
	});

	test('the date is required on create and checked before any request', async () => {
		const result = await runWorkflow(ix('create', { ...NEW_DOCUMENT, date: 'soon' }), { credentials: credentials(api.url) });
		expect(result.error()?.message).toBe('Item 0: "Date" ("soon") is not a date');
		expect(result.error()?.description).toBe('Pick a date, or give an ISO date (2024-01-31) or dd/mm/yyyy (31/01/2024).');
		expect(api.server.received()).toHaveLength(0);
	});

	test('a JSON 422 error list is shown line by line', async () => {
		const result = await runWorkflow(
			ix('create', { ...NEW_DOCUMENT, client: { email: 'john@doe.example', country: 'Narnia' }, lineItems: { item: [{ name: 'X', unitPrice: 1, quantity: 1, unit: 'litre' }] } }),
			{ credentials: credentials(api.url) },
		);
		const error = result.error()!;
		expect(error.message).toBe('InvoiceXpress error 422: Invoice items is invalid (and 2 more)');
		expect(error.description).toBe(
			'• Invoice items is invalid\n• Country Narnia was not found\n• Unit litre is not included in the list of accepted units\nInvoiceXpress refused the document: correct the fields named above.',
		);
	});
});
