// Credit Note Create, Update and Delete (https://www.billomat.com/en/api/credit-notes/).
import { creditNote } from './creditNote.fixtures';
import { billomatSandbox, jsonBody, run } from './setup';

const api = billomatSandbox();
const byId = (value: string) => ({ __rl: true, mode: 'id', value });

/** A credit note's record as a new draft of this client has it (the fields the tests then change). */
const blankOf = (id: number, clientId: number, created: string) => ({
	id,
	client_id: clientId,
	contact_id: null,
	created,
	credit_note_number: null,
	number: null,
	number_pre: 'GS',
	number_length: 0,
	status: 'DRAFT',
	date: '',
	address: api.server.clients.get(clientId)!.address,
	title: null,
	label: null,
	intro: null,
	note: null,
	total_gross: 0,
	total_net: 0,
	net_gross: 'NET',
	reduction: null,
	total_gross_unreduced: 0,
	total_net_unreduced: 0,
	currency_code: 'EUR',
	quote: 1,
	invoice_id: null,
	taxes: [],
	customerportal_url: `https://sandbox.billomat.net/customerportal/credit-notes/show/entityId/${id}?hash=${(id * 7919).toString(16)}`,
	template_id: null,
});

describe('Billomat › Credit Note › Create', () => {
	test('POSTs a credit-note with its credit-note-items and the invoice it credits', async () => {
		const result = await run(
			api.url,
			creditNote('create', {
				clientId: { __rl: true, mode: 'list', value: '476' },
				lineItems: { item: [{ title: 'Hosting (refund)', quantity: 2, unit: 'month', unit_price: 20, tax_name: 'MwSt', tax_rate: 19 }] },
				additionalFields: { invoice_id: '3', date: '2024-04-02', label: 'Refund', number_pre: 'GS' },
			}),
		);
		const [request, ...more] = api.server.received();
		expect(more).toHaveLength(0);
		expect([request.method, request.path]).toEqual(['POST', '/api/credit-notes']);
		expect(jsonBody(request)).toEqual({
			'credit-note': {
				client_id: 476,
				invoice_id: 3,
				date: '2024-04-02',
				label: 'Refund',
				number_pre: 'GS',
				'credit-note-items': {
					'credit-note-item': [{ title: 'Hosting (refund)', quantity: 2, unit: 'month', unit_price: 20, tax_name: 'MwSt', tax_rate: 19 }],
				},
			},
		});
		const saved = api.server.document('credit-notes', 3000)!;
		expect(result.items()).toEqual([
			{
				json: {
					...blankOf(3000, 476, saved.created),
					date: '2024-04-02',
					label: 'Refund',
					invoice_id: 3,
					total_net: 40,
					total_gross: 47.6,
					total_net_unreduced: 40,
					total_gross_unreduced: 47.6,
					taxes: [{ name: 'MwSt', rate: 19, amount: 7.6 }],
				},
				pairedItem: { item: 0 },
			},
		]);
		expect(api.server.document('credit-notes', 3000)?.items).toHaveLength(1);
	});

	test('line items as JSON, and Billomat’s 400 for an unknown client', async () => {
		const result = await run(
			api.url,
			creditNote('create', { clientId: byId('999'), itemsInput: 'json', lineItemsJson: '[{"title":"Goodwill","unit_price":10}]' }),
		);
		expect(jsonBody(api.server.received()[0])).toEqual({
			'credit-note': { client_id: 999, 'credit-note-items': { 'credit-note-item': [{ title: 'Goodwill', unit_price: 10 }] } },
		});
		expect(result.error()?.message).toBe('Billomat error 400: Client not found');
	});
});

describe('Billomat › Credit Note › Update', () => {
	test('PUTs the changed fields of a draft and outputs the record', async () => {
		const result = await run(api.url, creditNote('update', { creditNoteId: byId('32'), updateFields: { label: 'Goodwill', invoice_id: '4', reduction: '10%' } }));
		const [request] = api.server.received();
		expect([request.method, request.path]).toEqual(['PUT', '/api/credit-notes/32']);
		expect(jsonBody(request)).toEqual({ 'credit-note': { label: 'Goodwill', invoice_id: 4, reduction: '10%' } });
		expect(result.items()).toEqual([
			{
				json: {
					...blankOf(32, 477, '2024-02-05T09:00:00+01:00'),
					contact_id: 12,
					date: '2024-02-05',
					label: 'Goodwill',
					reduction: '10%',
					invoice_id: 4,
					currency_code: 'GBP',
					total_net: 67.5,
					total_gross: 81,
					total_net_unreduced: 75,
					total_gross_unreduced: 90,
					taxes: [{ name: 'VAT', rate: 20, amount: 13.5 }],
				},
				pairedItem: { item: 0 },
			},
		]);
	});

	test('a completed credit note is refused with the draft hint', async () => {
		const result = await run(api.url, creditNote('update', { creditNoteId: byId('31'), updateFields: { label: 'x' } }));
		expect(result.error()?.message).toBe('Billomat error 400: Credit note 31 is not a draft (status OPEN) and cannot be edited');
		expect(result.error()?.description).toBe('Billomat only edits credit notes in DRAFT status.');
	});
});

describe('Billomat › Credit Note › Delete', () => {
	test('DELETEs a draft and outputs which', async () => {
		const result = await run(api.url, creditNote('delete', { creditNoteId: byId('32') }));
		const [request] = api.server.received();
		expect([request.method, request.path]).toEqual(['DELETE', '/api/credit-notes/32']);
		expect(result.items()).toEqual([{ json: { id: 32, deleted: true }, pairedItem: { item: 0 } }]);
		expect(api.server.document('credit-notes', 32)).toBeUndefined();
	});

	test('a completed credit note is not deleted', async () => {
		const result = await run(api.url, creditNote('delete', { creditNoteId: byId('31') }));
		expect(result.error()?.description).toBe('Billomat only deletes credit notes in DRAFT status.');
		expect(api.server.document('credit-notes', 31)).toBeDefined();
	});
});
