import { InvoiceXpressSandbox } from '../../sandbox/invoicexpress';
import { runWorkflow } from '../harness/engine';
import { useSandbox } from '../harness/sandbox';
import { bodyText, credentials, KEY } from './common';
import { estimate } from './estimate.common';

const api = useSandbox(() => new InvoiceXpressSandbox());

describe('InvoiceXpress › Estimate › Update', () => {
	test('PUT /quotes/{id}.json with {"quote":{…}}: InvoiceXpress answers 200 without a body, the item says what was updated', async () => {
		const result = await runWorkflow(
			estimate('update', {
				documentType: 'quotes',
				estimateId: '50001',
				clientName: 'Café Lisboa, Lda',
				lineItems: { item: [{ name: 'Espresso machine setup', unitPrice: 180, quantity: 1, unit: 'service', taxName: 'IVA23' }] },
				updateFields: { dueDate: '2024-06-30', observations: 'Price valid 60 days' },
			}),
			{ credentials: credentials(api.url) },
		);
		const [request, ...more] = api.server.received();
		expect(more).toHaveLength(0);
		expect([request.method, request.path, request.status]).toEqual(['PUT', '/quotes/50001.json', 200]);
		expect(request.query).toEqual({ api_key: KEY });
		expect(JSON.parse(bodyText(request))).toEqual({
			quote: {
				due_date: '30/06/2024',
				observations: 'Price valid 60 days',
				client: { name: 'Café Lisboa, Lda' },
				items: [{ name: 'Espresso machine setup', unit_price: 180, quantity: 1, unit: 'service', tax: { name: 'IVA23' }, discount: 0 }],
			},
		});
		expect(result.items()).toEqual([{ json: { id: 50001, documentType: 'quotes', updated: true }, pairedItem: { item: 0 } }]);
		expect(api.server.documents.get(50001)).toMatchObject({ due_date: '30/06/2024', observations: 'Price valid 60 days', items: [{ unit_price: 180 }] });
	});

	test('a fees note is updated under its own root and path', async () => {
		await runWorkflow(
			estimate('update', {
				documentType: 'fees_notes',
				estimateId: '50004',
				clientName: 'Bruce Norris',
				lineItems: { item: [{ name: 'Legal advice', unitPrice: 120, quantity: 3, unit: 'service' }] },
			}),
			{ credentials: credentials(api.url) },
		);
		const [request] = api.server.received();
		expect(request.path).toBe('/fees_notes/50004.json');
		expect(Object.keys(JSON.parse(bodyText(request)))).toEqual(['fees_note']);
		expect(api.server.documents.get(50004)!.items[0].quantity).toBe(3);
	});
});
