// Credit Note Get, Get Many and Get Grouped Totals (https://www.billomat.com/en/api/credit-notes/).
import { CREDIT_NOTE_31, creditNote, simplified } from './creditNote.fixtures';
import { billomatSandbox, BILLOMAT_DEMO_API_KEY, run } from './setup';

const api = billomatSandbox();
const byId = (value: string) => ({ __rl: true, mode: 'id', value });

describe('Billomat › Credit Note › Get', () => {
	test('GETs /api/credit-notes/{id} and outputs the whole record with Simplify off', async () => {
		const result = await run(api.url, creditNote('get', { creditNoteId: byId('31'), simplify: false }), { typeVersion: 1.1 });
		const [request, ...more] = api.server.received();
		expect(more).toHaveLength(0);
		expect([request.method, request.path, request.query]).toEqual(['GET', '/api/credit-notes/31', {}]);
		expect(request.headers['x-billomatapikey']).toBe(BILLOMAT_DEMO_API_KEY);
		expect(result.items()).toEqual([{ json: CREDIT_NOTE_31, pairedItem: { item: 0 } }]);
	});

	test('Simplify (on by default from 1.1) keeps the ten fields a workflow needs', async () => {
		const result = await run(api.url, creditNote('get', { creditNoteId: { __rl: true, mode: 'list', value: '31' } }), { typeVersion: 1.1 });
		expect(result.items().map((i) => i.json)).toEqual([simplified(CREDIT_NOTE_31)]);
	});

	test('an unknown credit note is Billomat’s 404', async () => {
		const result = await run(api.url, creditNote('get', { creditNoteId: byId('99') }));
		expect(result.error()?.message).toBe('Billomat error 404: Credit note not found');
	});
});

describe('Billomat › Credit Note › Get Many', () => {
	test('sends every filter as Billomat documents it and pages with per_page 1000', async () => {
		const result = await run(
			api.url,
			creditNote('getAll', {
				returnAll: true,
				filters: {
					client_id: '477',
					contact_id: '12',
					credit_note_number: ' GS ',
					status: ['DRAFT', 'OPEN'],
					from: '2024-01-01',
					to: '2024-12-31',
					label: 'goodwill',
					intro: '',
					note: '',
					tags: 'support, ',
					article_id: '',
				},
			}),
			{ typeVersion: 1.1 },
		);
		const [request, ...more] = api.server.received();
		expect(more).toHaveLength(0);
		expect([request.method, request.path]).toEqual(['GET', '/api/credit-notes']);
		expect(request.query).toEqual({
			client_id: '477',
			contact_id: '12',
			credit_note_number: 'GS',
			label: 'goodwill',
			tags: 'support',
			status: 'DRAFT,OPEN',
			from: '2024-01-01',
			to: '2024-12-31',
			page: '1',
			per_page: '1000',
		});
		// Draft 32 matches every filter but the number: a draft has no number yet, so no hit.
		expect(result.items()).toEqual([]);
	});

	test('lists the demo credit notes simplified, ordered as asked', async () => {
		const result = await run(api.url, creditNote('getAll', { returnAll: true, options: { orderBy: 'date', orderDirection: 'DESC' } }), { typeVersion: 1.1 });
		expect(api.server.received()[0].query).toEqual({ order_by: 'date DESC', page: '1', per_page: '1000' });
		expect(result.items().map((i) => i.json)).toEqual([
			simplified(CREDIT_NOTE_31),
			{ id: 32, client_id: 477, credit_note_number: null, status: 'DRAFT', date: '2024-02-05', label: 'Support January: goodwill', total_net: 75, total_gross: 90, currency_code: 'GBP', invoice_id: 4 },
			{ id: 33, client_id: 477, credit_note_number: 'GS2', status: 'PAID', date: '2023-12-20', label: 'Returned booklets', total_net: 2.46, total_gross: 2.93, currency_code: 'EUR', invoice_id: null },
		]);
	});

	test('Limit pages only as far as needed', async () => {
		api.server.addCreditNotes(5);
		const result = await run(api.url, creditNote('getAll', { returnAll: false, limit: 2, filters: { status: ['OPEN'] } }));
		expect(api.server.received().map((r) => r.query)).toEqual([{ status: 'OPEN', page: '1', per_page: '2' }]);
		expect(result.items().map((i) => i.json.id)).toEqual([31, 3000]);
	});
});

describe('Billomat › Credit Note › Get Grouped Totals', () => {
	test('GETs group_by with the filters and outputs one item per credit-note-group', async () => {
		const result = await run(api.url, creditNote('getGroupedTotals', { groupBy: ['client', 'year'], filters: { status: ['OPEN', 'DRAFT', 'PAID'] } }));
		const [request] = api.server.received();
		expect([request.method, request.path]).toEqual(['GET', '/api/credit-notes']);
		expect(request.query).toEqual({ status: 'OPEN,DRAFT,PAID', group_by: 'client,year' });
		expect(result.items().map((i) => i.json)).toEqual([
			{ total_gross: 71.4, total_net: 60, client_id: 476, year: '2024', 'credit-note-params': { client_id: 476, year: '2024' }, currency_code: 'EUR' },
			{ total_gross: 2.93, total_net: 2.46, client_id: 477, year: '2023', 'credit-note-params': { client_id: 477, year: '2023' }, currency_code: 'EUR' },
			{ total_gross: 90, total_net: 75, client_id: 477, year: '2024', 'credit-note-params': { client_id: 477, year: '2024' }, currency_code: 'EUR' },
		]);
	});

	test('the sandbox also takes the page example’s credit-note_number spelling', async () => {
		const reply = await fetch(`${api.url}/api/credit-notes?credit-note_number=gs2`, {
			headers: { 'X-BillomatApiKey': BILLOMAT_DEMO_API_KEY, Accept: 'application/json' },
		});
		const body = (await reply.json()) as { 'credit-notes': { 'credit-note': { id: string }; '@total': string } };
		expect(body['credit-notes']['@total']).toBe('1');
		expect(body['credit-notes']['credit-note'].id).toBe('33');
	});
});
