// Billomat recurring invoices (https://www.billomat.com/en/api/recurrings/) through the shared
// document builders: Create (with items), Get, Get Many, Update, Delete against the sandbox,
// asserting the request Billomat receives and the items n8n outputs.
import { billomatSandbox, jsonBody, run } from './setup';

const api = billomatSandbox();

const byId = (value: string) => ({ mode: 'id', value });
const recurring = (parameters: Record<string, unknown>, continueOnFail = false) =>
	run(api.url, { resource: 'recurring', ...parameters }, { typeVersion: 1.1, continueOnFail });
const requests = () => api.server.received().map((r) => ({ method: r.method, path: r.path, query: r.query, body: r.body.length ? jsonBody(r) : undefined }));

const RECURRING_71 = {
	id: 71,
	created: '2024-01-01T09:00:00+01:00',
	client_id: 476,
	contact_id: null,
	template_id: null,
	currency_code: 'EUR',
	name: 'Hosting monthly',
	title: null,
	label: 'Hosting',
	intro: null,
	note: null,
	address: 'Musterfirma GmbH\nHauptstraße 1\n57562 Herdorf\nDeutschland',
	supply_date: null,
	supply_date_type: null,
	due_days: 14,
	discount_rate: 0,
	discount_days: 0,
	net_gross: 'NET',
	reduction: null,
	quote: 1,
	payment_types: 'BANK_TRANSFER',
	action: 'EMAIL',
	cycle: 'MONTHLY',
	cycle_number: 1,
	hour: 8,
	start_date: '2024-01-01',
	end_date: null,
	last_creation_date: '2024-03-01',
	next_creation_date: '2024-04-01',
	iterations: 0,
	counter: 3,
	email_sender: 'billing@example.com',
	email_subject: 'Your invoice [Invoice.invoice_number]',
	email_message: 'Please find attached your monthly hosting invoice.',
	email_filename: null,
	offer_id: null,
	confirmation_id: null,
	total_gross: 23.8,
	total_net: 20,
	total_gross_unreduced: 23.8,
	total_net_unreduced: 20,
	taxes: [{ name: 'MwSt', rate: 19, amount: 3.8 }],
};
const simple = (r: Record<string, unknown>) => {
	const { id, client_id, name, cycle, cycle_number, action, next_creation_date, total_gross, currency_code, counter } = r;
	return { id, client_id, name, cycle, cycle_number, action, next_creation_date, total_gross, currency_code, counter };
};

describe('Billomat › Recurring › Get', () => {
	test('GETs /api/recurrings/{id}; Simplify keeps the cycle, action, next date and total', async () => {
		const result = await recurring({ operation: 'get', recurringId: byId('71') });
		expect(requests()).toEqual([{ method: 'GET', path: '/api/recurrings/71', query: {}, body: undefined }]);
		expect(result.items().map((i) => i.json)).toEqual([simple(RECURRING_71)]);
	});

	test('Simplify off: the whole recurring invoice, normalised', async () => {
		const result = await recurring({ operation: 'get', recurringId: byId('71'), simplify: false });
		expect(result.items().map((i) => i.json)).toEqual([RECURRING_71]);
	});
});

describe('Billomat › Recurring › Get Many', () => {
	test('sends name, cycles, payment types and the other filters, ordered by the next creation date', async () => {
		const result = await recurring({
			operation: 'getAll',
			returnAll: true,
			filters: { name: 'hosting', cycle: ['MONTHLY', 'YEARLY'], payment_type: ['BANK_TRANSFER'], client_id: '476', label: 'host' },
			options: { orderBy: 'next_creation_date', orderDirection: 'ASC' },
		});
		expect(requests()).toEqual([
			{
				method: 'GET',
				path: '/api/recurrings',
				query: {
					client_id: '476',
					label: 'host',
					payment_type: 'BANK_TRANSFER',
					name: 'hosting',
					cycle: 'MONTHLY,YEARLY',
					order_by: 'next_creation_date ASC',
					page: '1',
					per_page: '1000',
				},
				body: undefined,
			},
		]);
		expect(result.items().map((i) => i.json)).toEqual([simple(RECURRING_71)]);
	});

	test('a cycle filter leaves out the other cycles', async () => {
		api.server.documentBooks.recurrings.records.get(72)!.extra!.cycle = 'YEARLY';
		const result = await recurring({ operation: 'getAll', returnAll: false, limit: 10, filters: { cycle: ['YEARLY'] } });
		expect(requests()[0].query).toEqual({ cycle: 'YEARLY', page: '1', per_page: '10' });
		expect(result.items().map((i) => i.json.id)).toEqual([72]);
	});
});

describe('Billomat › Recurring › Create', () => {
	test('POSTs the client, the cycle, the next creation date, the action and the items', async () => {
		const result = await recurring({
			operation: 'create',
			clientId: byId('476'),
			itemsInput: 'fields',
			lineItems: { item: [{ title: 'Maintenance', quantity: 1, unit_price: 50, tax_name: 'MwSt', tax_rate: 19 }] },
			additionalFields: { name: 'Maintenance yearly', cycle: 'YEARLY', cycle_number: 1, hour: 6, action: 'COMPLETE', next_creation_date: '2030-01-01', iterations: 5, due_days: 30 },
		});
		expect(requests()).toEqual([
			{
				method: 'POST',
				path: '/api/recurrings',
				query: {},
				body: {
					recurring: {
						client_id: 476,
						action: 'COMPLETE',
						cycle: 'YEARLY',
						name: 'Maintenance yearly',
						cycle_number: 1,
						due_days: 30,
						hour: 6,
						iterations: 5,
						next_creation_date: '2030-01-01',
						'recurring-items': { 'recurring-item': [{ title: 'Maintenance', quantity: 1, unit_price: 50, tax_name: 'MwSt', tax_rate: 19 }] },
					},
				},
			},
		]);
		expect(result.items().map((i) => i.json)).toEqual([
			{
				...RECURRING_71,
				id: 7000,
				created: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
				name: 'Maintenance yearly',
				label: null,
				due_days: 30,
				action: 'COMPLETE',
				cycle: 'YEARLY',
				hour: 6,
				start_date: null,
				last_creation_date: null,
				next_creation_date: '2030-01-01',
				iterations: 5,
				counter: 0,
				email_sender: null,
				email_subject: null,
				email_message: null,
				total_gross: 59.5,
				total_net: 50,
				total_gross_unreduced: 59.5,
				total_net_unreduced: 50,
				taxes: [{ name: 'MwSt', rate: 19, amount: 9.5 }],
			},
		]);
	});

	test('an unknown cycle is Billomat’s 400', async () => {
		const result = await recurring({ operation: 'create', clientId: byId('476'), additionalFields: { cycle: '={{ "HOURLY" }}' } }, true);
		expect(result.items()[0].json.error).toMatch(/Invalid cycle: HOURLY/);
	});
});

describe('Billomat › Recurring › Update', () => {
	test('PUTs the new cycle and next creation date', async () => {
		const result = await recurring({ operation: 'update', recurringId: byId('71'), updateFields: { cycle_number: 3, next_creation_date: '2030-04-01' } });
		expect(requests()).toEqual([
			{ method: 'PUT', path: '/api/recurrings/71', query: {}, body: { recurring: { cycle_number: 3, next_creation_date: '2030-04-01' } } },
		]);
		expect(result.items().map((i) => i.json)).toEqual([{ ...RECURRING_71, cycle_number: 3, next_creation_date: '2030-04-01' }]);
	});
});

describe('Billomat › Recurring › Delete', () => {
	test('DELETEs the recurring invoice and outputs a summary', async () => {
		const result = await recurring({ operation: 'delete', recurringId: byId('72') });
		expect(requests()).toEqual([{ method: 'DELETE', path: '/api/recurrings/72', query: {}, body: undefined }]);
		expect(result.items().map((i) => i.json)).toEqual([{ id: 72, deleted: true }]);
		expect(api.server.documentBooks.recurrings.records.has(72)).toBe(false);
	});
});

describe('Billomat › Recurring › bad input', () => {
	test.each([
		['an hour that is not a whole number', { operation: 'update', recurringId: byId('71'), updateFields: { hour: 7.5 } }, /Hour/],
		['a next creation date that is no date', { operation: 'update', recurringId: byId('71'), updateFields: { next_creation_date: 'next monday' } }, /Next Creation Date/],
		['a line item without title or article', { operation: 'create', clientId: byId('476'), lineItems: { item: [{ quantity: 1, unit_price: 5 }] } }, /line item 1/],
	])('%s is refused before any request', async (_title, parameters, message) => {
		const result = await recurring(parameters, true);
		expect(String(result.items()[0].json.error)).toMatch(message);
		expect(api.server.received()).toEqual([]);
	});
});
