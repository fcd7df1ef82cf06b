import { InvoiceXpressSandbox } from '../../sandbox/invoicexpress';
import { runWorkflow } from '../harness/engine';
import { expectRefusedBeforeAnyRequest, useSandbox } from '../harness/sandbox';
import { bodyText, credentials, KEY } from './common';
import { guide } from './estimate.common';

const api = useSandbox(() => new InvoiceXpressSandbox());

const BASE = {
	documentType: 'shippings',
	guideId: '60001',
	clientName: 'Café Lisboa, Lda',
	lineItems: { item: [{ name: 'Espresso beans', unitPrice: 12.5, quantity: 60, unit: 'unit', taxName: 'IVA23' }] },
};

describe('InvoiceXpress › Guide › Update', () => {
	test('PUT /shippings/{id}.json with {"shipping":{…}}: the guide fields given in Update Fields, an empty reply summarised', async () => {
		const result = await runWorkflow(
			guide('update', {
				...BASE,
				updateFields: {
					loadedAt: '2024-05-03T07:30:00',
					licensePlate: '33-CC-44',
					deliveryAddress: 'Rua Nova 2',
					deliveryCity: 'Braga',
					deliveryPostalCode: '4700-000',
					deliveryCountry: 'Portugal',
				},
			}),
			{ credentials: credentials(api.url) },
		);
		const [request, ...more] = api.server.received();
		expect(more).toHaveLength(0);
		expect([request.method, request.path, request.status]).toEqual(['PUT', '/shippings/60001.json', 200]);
		expect(request.query).toEqual({ api_key: KEY });
		expect(JSON.parse(bodyText(request))).toEqual({
			shipping: {
				client: { name: 'Café Lisboa, Lda' },
				items: [{ name: 'Espresso beans', unit_price: 12.5, quantity: 60, unit: 'unit', tax: { name: 'IVA23' }, discount: 0 }],
				loaded_at: '03/05/2024 07:30:00',
				license_plate: '33-CC-44',
				address_to: { detail: 'Rua Nova 2', city: 'Braga', postal_code: '4700-000', country: 'Portugal' },
			},
		});
		expect(result.items()).toEqual([{ json: { id: 60001, documentType: 'shippings', updated: true }, pairedItem: { item: 0 } }]);
		// The load address was not sent, so the guide keeps it.
		expect(api.server.documents.get(60001)!.extra).toMatchObject({
			loaded_at: '03/05/2024 07:30:00',
			license_plate: '33-CC-44',
			address_from: { city: 'Lisboa' },
			address_to: { city: 'Braga' },
		});
	});

	test('without guide fields, none is sent: the guide keeps its loading time and addresses', async () => {
		await runWorkflow(guide('update', BASE), { credentials: credentials(api.url) });
		expect(Object.keys(JSON.parse(bodyText(api.server.received()[0])).shipping)).toEqual(['client', 'items']);
		expect(api.server.documents.get(60001)!.extra).toMatchObject({ loaded_at: '02/05/2024 19:00:00' });
	});

	describe('both readings of the update page: partial (the fields sent) and complete (updateguide.md marks the guide fields required)', () => {
		const COMPLETE = {
			loadedAt: '2024-05-03T07:30:00',
			loadAddress: 'Rua 5',
			loadCity: 'Lisboa',
			loadPostalCode: '1000-555',
			loadCountry: 'Portugal',
			deliveryAddress: 'Avenida 10',
			deliveryCity: 'Porto',
			deliveryPostalCode: '2000-555',
			deliveryCountry: 'Portugal',
		};

		test('complete: an update without the guide fields is refused by InvoiceXpress (422, its lines kept)', async () => {
			api.server.updateRules = 'complete';
			const result = await runWorkflow(guide('update', BASE), { credentials: credentials(api.url) });
			expect(api.server.received().map((r) => r.status)).toEqual([422]);
			expect(result.error()?.message).toBe("InvoiceXpress error 422: Loaded at can't be blank (and 10 more)");
		});

		test.each(['partial', 'complete'] as const)('%s: an update with every guide field in Update Fields is accepted', async (rules) => {
			api.server.updateRules = rules;
			const result = await runWorkflow(guide('update', { ...BASE, updateFields: COMPLETE }), { credentials: credentials(api.url) });
			expect(api.server.received().map((r) => r.status)).toEqual([200]);
			expect(JSON.parse(bodyText(api.server.received()[0])).shipping).toMatchObject({
				loaded_at: '03/05/2024 07:30:00',
				address_from: { detail: 'Rua 5', city: 'Lisboa', postal_code: '1000-555', country: 'Portugal' },
				address_to: { detail: 'Avenida 10', city: 'Porto', postal_code: '2000-555', country: 'Portugal' },
			});
			expect(result.items()[0].json).toEqual({ id: 60001, documentType: 'shippings', updated: true });
		});
	});

	test('part of an address is refused before any request: the address is sent whole or not at all', async () => {
		const result = await runWorkflow(guide('update', { ...BASE, updateFields: { loadCity: 'Setúbal' } }), { credentials: credentials(api.url) });
		expectRefusedBeforeAnyRequest(
			result,
			api.server,
			'Item 0: "Load Address › Address" is empty',
			'Fill in every part of "Load Address": InvoiceXpress requires the address, city, postal code and country of both places.',
		);
	});

	test('a canceled guide cannot change: InvoiceXpress’s 422 is kept', async () => {
		const result = await runWorkflow(guide('update', { ...BASE, documentType: 'devolutions', guideId: '60003' }), { credentials: credentials(api.url) });
		expect(api.server.received().map((r) => [r.path, r.status])).toEqual([['/devolutions/60003.json', 422]]);
		expect(result.error()?.message).toBe('InvoiceXpress error 422: Invoice has been canceled so cant be changed anymore.');
	});
});
