import { addComments } from '../../sandbox/billomat/comments';
import { billomatSandbox, run } from './setup';

const api = billomatSandbox();

describe('Billomat › Invoice Comment › Get Many', () => {
	test('sends the invoice and the action keys comma-separated, outputs the matching comments', async () => {
		const result = await run(api.url, {
			resource: 'invoiceComment',
			operation: 'getAll',
			invoiceId: { __rl: true, mode: 'list', value: '1' },
			returnAll: true,
			filters: { actionkey: ['CREATE', 'MAIL'] },
		});
		const [request, ...more] = api.server.received();
		expect(more).toHaveLength(0);
		expect(request.method).toBe('GET');
		expect(request.path).toBe('/api/invoice-comments');
		expect(request.query).toEqual({ invoice_id: '1', actionkey: 'CREATE,MAIL', page: '1', per_page: '1000' });
		expect(result.items().map((i) => i.json)).toEqual([
			{ id: 1, created: '2009-10-14T12:12:00+02:00', invoice_id: 1, user_id: 1, comment: 'Invoice created.', actionkey: 'CREATE', public: false },
			{ id: 2, created: '2009-10-14T12:20:00+02:00', invoice_id: 1, user_id: 1, comment: 'Invoice sent by e-mail.', actionkey: 'MAIL', public: false },
		]);
	});

	test('without filters: every comment of that invoice only', async () => {
		const result = await run(api.url, { resource: 'invoiceComment', operation: 'getAll', invoiceId: '3', returnAll: true });
		expect(api.server.received()[0].query).toEqual({ invoice_id: '3', page: '1', per_page: '1000' });
		expect(result.items().map((i) => [i.json.id, i.json.actionkey])).toEqual([
			[5, 'CREATE'],
			[6, 'PAYMENT'],
		]);
	});

	test('Return All pages through more than 1,000 comments and stops at @total', async () => {
		addComments(api.server, 1204, 2);
		const result = await run(api.url, { resource: 'invoiceComment', operation: 'getAll', invoiceId: '2', returnAll: true });
		expect(api.server.received().map((r) => r.query)).toEqual([
			{ invoice_id: '2', page: '1', per_page: '1000' },
			{ invoice_id: '2', page: '2', per_page: '1000' },
		]);
		const ids = result.items().map((i) => i.json.id);
		expect(ids).toHaveLength(1205);
		expect(new Set(ids).size).toBe(1205);
	});

	test('Limit asks for that many and outputs that many', async () => {
		const result = await run(api.url, { resource: 'invoiceComment', operation: 'getAll', invoiceId: '1', returnAll: false, limit: 2 });
		expect(api.server.received().map((r) => r.query)).toEqual([{ invoice_id: '1', page: '1', per_page: '2' }]);
		expect(result.items().map((i) => i.json.id)).toEqual([1, 2]);
	});
});
