import { InvoiceXpressSandbox } from '../../sandbox/invoicexpress';
import { runWorkflow } from '../harness/engine';
import { useSandbox } from '../harness/sandbox';
import { bodyText, credentials, KEY } from './common';
import { estimate } from './estimate.common';

const api = useSandbox(() => new InvoiceXpressSandbox());

const NEW_ESTIMATE = {
	date: '2024-04-17',
	dueDate: '17/05/2024',
	clientName: 'John Doe',
	client: { code: 'XYZ123', email: 'john@doe.example', country: 'Portugal' },
	lineItems: { item: [{ name: 'SRV1', description: 'Service 1', unitPrice: 10, quantity: 5, unit: 'service', taxName: 'IVA23' }] },
	additionalFields: { reference: 'RFQ-7' },
};

const SENT_BODY = {
	date: '17/04/2024',
	due_date: '17/05/2024',
	reference: 'RFQ-7',
	client: { name: 'John Doe', code: 'XYZ123', email: 'john@doe.example', country: 'Portugal' },
	items: [{ name: 'SRV1', description: 'Service 1', unit_price: 10, quantity: 5, unit: 'service', tax: { name: 'IVA23' }, discount: 0 }],
};

describe('InvoiceXpress › Estimate › Create', () => {
	test('POST /quotes.json with {"quote":{…}}: the created draft quote, simplified', async () => {
		const result = await runWorkflow(estimate('create', { documentType: 'quotes', ...NEW_ESTIMATE }), { credentials: credentials(api.url) });
		const [request, ...more] = api.server.received();
		expect(more).toHaveLength(0);
		expect([request.method, request.path, request.status]).toEqual(['POST', '/quotes.json', 201]);
		expect(request.query).toEqual({ api_key: KEY });
		expect(JSON.parse(bodyText(request))).toEqual({ quote: SENT_BODY });
		expect(result.items()).toEqual([
			{
				json: {
					id: 1009,
					status: 'draft',
					archived: false,
					type: 'Quote',
					sequence_number: 'draft',
					date: '2024-04-17',
					due_date: '2024-05-17',
					reference: 'RFQ-7',
					observations: null,
					retention: null,
					sum: 50,
					discount: 0,
					before_taxes: 50,
					taxes: 11.5,
					total: 61.5,
					currency: 'Euro',
					client: { id: 503, name: 'John Doe', code: 'XYZ123', email: 'john@doe.example', country: 'Portugal' },
					items: [{ name: 'SRV1', description: 'Service 1', unit_price: 10, quantity: 5, unit: 'service', discount: 0, tax: { name: 'IVA23', value: 23 } }],
				},
				pairedItem: { item: 0 },
			},
		]);
		expect(api.server.documents.get(1009)).toMatchObject({ path: 'quotes', type: 'Quote' });
	});

	test.each([
		['proformas', 'proforma', 'Proforma'],
		['fees_notes', 'fees_note', 'FeesNote'],
	])('POST /%s.json: the body’s root is the type’s own, "%s"', async (documentType, root, type) => {
		const result = await runWorkflow(estimate('create', { documentType, ...NEW_ESTIMATE }), { credentials: credentials(api.url) });
		const [request] = api.server.received();
		expect(request.path).toBe(`/${documentType}.json`);
		expect(JSON.parse(bodyText(request))).toEqual({ [root]: SENT_BODY });
		expect(result.items()[0].json).toMatchObject({ id: 1009, type, status: 'draft', total: 61.5 });
	});

	test('the estimate’s own flags: MB Reference and Auto Add Related Document as the "0"/"1" the pages show', async () => {
		await runWorkflow(
			estimate('create', { documentType: 'quotes', ...NEW_ESTIMATE, additionalFields: { reference: 'RFQ-7', mbReference: true, autoAddRelatedDocument: false } }),
			{ credentials: credentials(api.url) },
		);
		expect(JSON.parse(bodyText(api.server.received()[0]))).toEqual({ quote: { ...SENT_BODY, mb_reference: '1', auto_add_related_document: '0' } });
		expect(api.server.received()[0].status).toBe(201);
	});

	test('a POST is not repeated after a 503: the estimate may exist already', async () => {
		api.server.injectFault({ kind: 'server-error', status: 503 });
		const result = await runWorkflow(estimate('create', { documentType: 'quotes', ...NEW_ESTIMATE }), { credentials: credentials(api.url) });
		expect(api.server.received()).toHaveLength(1);
		expect(result.error()?.httpCode).toBe('503');
		expect(api.server.documents.has(1009)).toBe(false);
	});

	test('InvoiceXpress’s 422 lines are kept (unknown country, unit not accepted)', async () => {
		const result = await runWorkflow(
			estimate('create', {
				documentType: 'quotes',
				...NEW_ESTIMATE,
				client: { country: 'Narnia' },
				lineItems: { item: [{ name: 'X', unitPrice: 1, quantity: 1, unit: 'litre' }] },
			}),
			{ credentials: credentials(api.url) },
		);
		expect(result.error()?.message).toBe('InvoiceXpress error 422: Invoice items is invalid (and 2 more)');
		expect(result.error()?.description).toBe(
			'• Invoice items is invalid\n• Country Narnia was not found\n• Unit litre is not included in the list of accepted units\nInvoiceXpress refused the document: correct the fields named above.',
		);
	});
});
