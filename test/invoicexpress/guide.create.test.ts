import type { INodeProperties } from 'n8n-workflow';

import { InvoiceXpressSandbox } from '../../sandbox/invoicexpress';
import { runWorkflow } from '../harness/engine';
import { PACKAGE_NAME, registry } from '../harness/registry';
import { expectRefusedBeforeAnyRequest, useSandbox } from '../harness/sandbox';
import { bodyText, credentials, KEY } from './common';
import { guide } from './estimate.common';

const api = useSandbox(() => new InvoiceXpressSandbox());

const NEW_GUIDE = {
	documentType: 'shippings',
	date: '2024-05-02',
	dueDate: '2024-05-02',
	loadedAt: '2024-05-02T19:00:00',
	loadAddress: 'Rua 5',
	loadCity: 'Lisboa',
	loadPostalCode: '1000-555',
	loadCountry: 'Portugal',
	deliveryAddress: 'Calle Mayor 1',
	deliveryCity: 'Madrid',
	deliveryPostalCode: '28013',
	deliveryCountry: 'Spain',
	clientName: 'Café Lisboa, Lda',
	lineItems: { item: [{ name: 'Espresso beans', unitPrice: 12.5, quantity: 40, unit: 'unit', taxName: 'IVA23' }] },
	additionalFields: { licensePlate: ' 11-AA-22 ', loadSite: 'Lisbon, Portugal', deliverySite: 'Madrid, Spain' },
};

const ADDRESSES = {
	address_from: { detail: 'Rua 5', city: 'Lisboa', postal_code: '1000-555', country: 'Portugal' },
	address_to: { detail: 'Calle Mayor 1', city: 'Madrid', postal_code: '28013', country: 'Spain' },
};

describe('InvoiceXpress › Guide › Create', () => {
	test('POST /shippings.json with {"shipping":{…}}: loaded_at as dd/mm/yyyy HH:mm:ss, both addresses, plate and sites', async () => {
		const result = await runWorkflow(guide('create', NEW_GUIDE), { credentials: credentials(api.url) });
		const [request, ...more] = api.server.received();
		expect(more).toHaveLength(0);
		expect([request.method, request.path, request.status]).toEqual(['POST', '/shippings.json', 201]);
		expect(request.query).toEqual({ api_key: KEY });
		expect(JSON.parse(bodyText(request))).toEqual({
			shipping: {
				date: '02/05/2024',
				due_date: '02/05/2024',
				client: { name: 'Café Lisboa, Lda' },
				items: [{ name: 'Espresso beans', unit_price: 12.5, quantity: 40, unit: 'unit', tax: { name: 'IVA23' }, discount: 0 }],
				loaded_at: '02/05/2024 19:00:00',
				license_plate: '11-AA-22',
				...ADDRESSES,
				load_site: 'Lisbon, Portugal',
				delivery_site: 'Madrid, Spain',
			},
		});
		expect(result.items()).toEqual([
			{
				json: {
					id: 1009,
					status: 'draft',
					archived: false,
					type: 'Shipping',
					sequence_number: 'draft',
					date: '2024-05-02',
					due_date: '2024-05-02',
					reference: null,
					observations: null,
					retention: null,
					sum: 500,
					discount: 0,
					before_taxes: 500,
					taxes: 115,
					total: 615,
					currency: 'Euro',
					// Simplify: loaded_at as ISO, like the document's dates.
					loaded_at: '2024-05-02T19:00:00',
					...ADDRESSES,
					license_plate: '11-AA-22',
					load_site: 'Lisbon, Portugal',
					delivery_site: 'Madrid, Spain',
					client: { id: 502, name: 'Café Lisboa, Lda', code: 'CL02', email: 'geral@cafelisboa.pt', country: 'Portugal', fiscal_id: '501234567' },
					items: [{ name: 'Espresso beans', description: null, unit_price: 12.5, quantity: 40, unit: 'unit', discount: 0, tax: { name: 'IVA23', value: 23 } }],
				},
				pairedItem: { item: 0 },
			},
		]);
	});

	test.each([
		['02/05/2024 19:00:00', '02/05/2024 19:00:00'],
		['02/05/2024 07:05', '02/05/2024 07:05:00'],
		['2024-05-02 19:00', '02/05/2024 19:00:00'],
		['2024-05-02T19:00:00.000+01:00', '02/05/2024 19:00:00'],
		['02/05/2024', '02/05/2024 00:00:00'],
	])('Loaded At %j is sent as %j (the wall-clock time as written)', async (loadedAt, sent) => {
		await runWorkflow(guide('create', { ...NEW_GUIDE, documentType: 'transports', loadedAt }), { credentials: credentials(api.url) });
		const [request] = api.server.received();
		expect(request.path).toBe('/transports.json');
		expect(JSON.parse(bodyText(request)).transport.loaded_at).toBe(sent);
	});

	test('a devolution guide goes to /devolutions.json under "devolution"; without the optional fields none is sent', async () => {
		const result = await runWorkflow(guide('create', { ...NEW_GUIDE, documentType: 'devolutions', additionalFields: {}, simplify: false }), {
			credentials: credentials(api.url),
		});
		const body = JSON.parse(bodyText(api.server.received()[0]));
		expect(Object.keys(body)).toEqual(['devolution']);
		expect(body.devolution).not.toHaveProperty('license_plate');
		expect(body.devolution).not.toHaveProperty('load_site');
		// Simplify off: loaded_at as InvoiceXpress wrote it.
		expect(result.items()[0].json).toMatchObject({ type: 'Devolution', loaded_at: '02/05/2024 19:00:00', date: '02/05/2024' });
	});

	test('Loaded At and the eight address fields are required fields of Create', () => {
		const properties = registry().getByNameAndVersion(`${PACKAGE_NAME}.invoiceXpress`).description.properties as INodeProperties[];
		const required = properties
			.filter((p) => p.displayOptions?.show?.resource?.includes('guide') && p.displayOptions?.show?.operation?.includes('create') && p.required)
			.map((p) => p.name);
		expect(required).toEqual(expect.arrayContaining(['loadedAt', 'loadAddress', 'loadCity', 'loadPostalCode', 'loadCountry', 'deliveryAddress', 'deliveryCity', 'deliveryPostalCode', 'deliveryCountry']));
	});

	test('a missing address part is named before any request', async () => {
		const result = await runWorkflow(guide('create', { ...NEW_GUIDE, deliveryCity: ' ' }), { credentials: credentials(api.url) });
		expectRefusedBeforeAnyRequest(
			result,
			api.server,
			'Item 0: "Delivery Address › City" is empty',
			'Fill in every part of "Delivery Address": InvoiceXpress requires the address, city, postal code and country of both places.',
		);
	});

	test('a Loaded At that is no date and time is named before any request', async () => {
		const result = await runWorkflow(guide('create', { ...NEW_GUIDE, loadedAt: 'tonight' }), { credentials: credentials(api.url) });
		expectRefusedBeforeAnyRequest(
			result,
			api.server,
			'Item 0: "Loaded At" ("tonight") is not a date and time',
			'Pick a date and time, or give an ISO date-time (2024-01-31T19:00:00) or dd/mm/yyyy HH:mm:ss (31/01/2024 19:00:00).',
		);
	});

	test('a Loaded At whose expression gives nothing is refused before any request: InvoiceXpress requires it', async () => {
		const result = await runWorkflow(guide('create', { ...NEW_GUIDE, loadedAt: '={{ $json.loadedAt }}' }, [{ json: { loadedAt: '' } }]), {
			credentials: credentials(api.url),
		});
		expectRefusedBeforeAnyRequest(result, api.server, 'Item 0: "Loaded At" is empty', 'Give the date and time the goods are loaded: InvoiceXpress requires it on every guide.');
	});

	test('InvoiceXpress’s 422 for an unknown country of an address is kept', async () => {
		const result = await runWorkflow(guide('create', { ...NEW_GUIDE, deliveryCountry: 'Narnia' }), { credentials: credentials(api.url) });
		expect(api.server.received().map((r) => r.status)).toEqual([422]);
		expect(result.error()?.message).toBe('InvoiceXpress error 422: Country Narnia was not found');
	});
});
