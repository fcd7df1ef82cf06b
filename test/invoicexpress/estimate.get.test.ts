import { InvoiceXpressSandbox } from '../../sandbox/invoicexpress';
import { runWorkflow } from '../harness/engine';
import { useSandbox } from '../harness/sandbox';
import { credentials, KEY } from './common';
import { estimate } from './estimate.common';

const api = useSandbox(() => new InvoiceXpressSandbox());

describe('InvoiceXpress › Estimate › Get', () => {
	test('GET /proformas/{id}.json: the document under its type’s key, output simplified', async () => {
		const result = await runWorkflow(estimate('get', { documentType: 'proformas', estimateId: '50002' }), { credentials: credentials(api.url) });
		const [request, ...more] = api.server.received();
		expect(more).toHaveLength(0);
		expect([request.method, request.path]).toEqual(['GET', '/proformas/50002.json']);
		expect(request.query).toEqual({ api_key: KEY });
		expect(request.body.length).toBe(0);
		expect(result.items()).toEqual([
			{
				json: {
					id: 50002,
					status: 'final',
					archived: false,
					type: 'Proforma',
					sequence_number: '1/PF',
					date: '2024-04-12',
					due_date: '2024-05-12',
					reference: 'PO-88',
					observations: null,
					retention: null,
					sum: 240,
					discount: 0,
					before_taxes: 240,
					taxes: 55.2,
					total: 295.2,
					currency: 'Euro',
					client: { id: 502, name: 'Café Lisboa, Lda', code: 'CL02', email: 'geral@cafelisboa.pt', country: 'Portugal', fiscal_id: '501234567' },
					items: [
						{ name: 'Barista training', description: 'Barista training description', unit_price: 60, quantity: 4, unit: 'service', discount: 0, tax: { name: 'IVA23', value: 23 } },
					],
				},
				pairedItem: { item: 0 },
			},
		]);
	});

	test.each([
		['quotes', '50001', 'Quote', 'draft'],
		['fees_notes', '50004', 'FeesNote', 'final'],
	])('each type has its own path: GET /%s/%s.json', async (documentType, id, type, status) => {
		const result = await runWorkflow(estimate('get', { documentType, estimateId: id, simplify: false }), { credentials: credentials(api.url) });
		expect(api.server.received().map((r) => r.path)).toEqual([`/${documentType}/${id}.json`]);
		// Simplify off: the document as InvoiceXpress sent it (dd/mm/yyyy dates).
		expect(result.items()[0].json).toMatchObject({ id: Number(id), type, status });
		expect(result.items()[0].json.date).toMatch(/^\d{2}\/\d{2}\/2024$/);
	});

	test('legacy flavour: the legacy API documents no estimate request, so the current JSON API with the same key', async () => {
		const result = await runWorkflow(estimate('get', { documentType: 'quotes', estimateId: '50003' }), { credentials: credentials(api.url, 'legacy') });
		const [request] = api.server.received();
		expect([request.path, request.headers.accept]).toEqual(['/quotes/50003.json', 'application/json']);
		expect(request.query).toEqual({ api_key: KEY });
		expect(result.items()[0].json).toMatchObject({ id: 50003, type: 'Quote', status: 'accepted' });
	});

	test('the estimate picker’s value (From List) is read like an ID', async () => {
		const result = await runWorkflow(
			estimate('get', { documentType: 'quotes', estimateId: { __rl: true, mode: 'list', value: '50003', cachedResultName: 'Quote 1/QT' } }),
			{ credentials: credentials(api.url) },
		);
		expect(api.server.received()[0].path).toBe('/quotes/50003.json');
		expect(result.items()[0].json).toMatchObject({ id: 50003, status: 'accepted' });
	});

	test('the Document Type is part of the path: a proforma asked for as a quote is unknown (404)', async () => {
		const result = await runWorkflow(estimate('get', { documentType: 'quotes', estimateId: '50002' }), { credentials: credentials(api.url) });
		expect(api.server.received().map((r) => [r.path, r.status])).toEqual([['/quotes/50002.json', 404]]);
		expect(result.error()?.message).toBe('InvoiceXpress error 404: Quote 50002 is unknown');
	});
});
