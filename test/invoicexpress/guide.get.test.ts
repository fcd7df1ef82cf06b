import { InvoiceXpressSandbox } from '../../sandbox/invoicexpress';
import { runWorkflow } from '../harness/engine';
import { useSandbox } from '../harness/sandbox';
import { credentials, KEY } from './common';
import { guide } from './estimate.common';

const api = useSandbox(() => new InvoiceXpressSandbox());

describe('InvoiceXpress › Guide › Get', () => {
	test('GET /transports/{id}.json: the guide with its loading time, addresses, plate and sites; Simplify gives loaded_at as ISO', async () => {
		const result = await runWorkflow(guide('get', { documentType: 'transports', guideId: '60002' }), { credentials: credentials(api.url) });
		const [request, ...more] = api.server.received();
		expect(more).toHaveLength(0);
		expect([request.method, request.path, request.status]).toEqual(['GET', '/transports/60002.json', 200]);
		expect(request.query).toEqual({ api_key: KEY });
		expect(result.items()).toEqual([
			{
				json: {
					id: 60002,
					status: 'final',
					archived: false,
					type: 'Transport',
					sequence_number: '1/GT',
					date: '2024-05-06',
					due_date: '2024-05-06',
					reference: null,
					observations: null,
					retention: null,
					sum: 400,
					discount: 0,
					before_taxes: 400,
					taxes: 92,
					total: 492,
					currency: 'Euro',
					loaded_at: '2024-05-06T08:30:00',
					license_plate: '22-BB-33',
					address_from: { detail: 'Rua 5', city: 'Lisboa', postal_code: '1000-555', country: 'Portugal' },
					address_to: { detail: 'Calle Mayor 1', city: 'Madrid', postal_code: '28013', country: 'Spain' },
					load_site: 'Lisbon, Portugal',
					delivery_site: 'Madrid, Spain',
					client: { id: 502, name: 'Café Lisboa, Lda', code: 'CL02', email: 'geral@cafelisboa.pt', country: 'Portugal', fiscal_id: '501234567' },
					items: [{ name: 'Grinder', description: 'Grinder description', unit_price: 400, quantity: 1, unit: 'unit', discount: 0, tax: { name: 'IVA23', value: 23 } }],
				},
				pairedItem: { item: 0 },
			},
		]);
	});

	test('Simplify off: the guide as InvoiceXpress sent it', async () => {
		const result = await runWorkflow(guide('get', { documentType: 'shippings', guideId: '60001', simplify: false }), { credentials: credentials(api.url) });
		expect(api.server.received()[0].path).toBe('/shippings/60001.json');
		expect(result.items()[0].json).toMatchObject({ id: 60001, type: 'Shipping', status: 'draft', date: '02/05/2024', loaded_at: '02/05/2024 19:00:00' });
	});

	test('a guide asked for under another type is unknown (404)', async () => {
		const result = await runWorkflow(guide('get', { documentType: 'devolutions', guideId: '60001' }), { credentials: credentials(api.url) });
		expect(api.server.received().map((r) => [r.path, r.status])).toEqual([['/devolutions/60001.json', 404]]);
		expect(result.error()?.message).toBe('InvoiceXpress error 404: Devolution Guide 60001 is unknown');
	});
});
