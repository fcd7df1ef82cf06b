// The Comment picker (searchInvoiceComments), as n8n's editor calls it: the comments of the
// invoice chosen in the node, one page per call, through more than 1,000 of them.
import { addComments } from '../../sandbox/billomat/comments';
import { listSearch } from '../harness/listSearch';
import { billomatSandbox, credentials } from './setup';

const api = billomatSandbox();

describe('Billomat › Invoice Comment picker (searchInvoiceComments)', () => {
	test('lists the comments of the chosen invoice by day, action key and text', async () => {
		const page = await listSearch('billomat', 'searchInvoiceComments', credentials(api.url), {
			parameters: { resource: 'invoiceComment', operation: 'get', invoiceId: { __rl: true, mode: 'list', value: '1' } },
		});
		expect(page.results).toEqual([
			{ name: '2009-10-14 · CREATE · Invoice created. (1)', value: '1' },
			{ name: '2009-10-14 · MAIL · Invoice sent by e-mail. (2)', value: '2' },
			{ name: '2009-10-20 · COMMENT · Client will pay next week. (3)', value: '3' },
		]);
		expect(page.paginationToken).toBeUndefined();
		expect(api.server.received().map((r) => [r.path, r.query])).toEqual([['/api/invoice-comments', { invoice_id: '1', page: '1', per_page: '100' }]]);
	});

	test('the search box narrows the names listed', async () => {
		const page = await listSearch('billomat', 'searchInvoiceComments', credentials(api.url), {
			filter: 'next week',
			parameters: { resource: 'invoiceComment', operation: 'delete', invoiceId: { __rl: true, mode: 'id', value: '1' } },
		});
		expect(page.results.map((r) => r.value)).toEqual(['3']);
	});

	test('pages through more than 1,000 comments, 100 a page, to the last one', async () => {
		const bulk = addComments(api.server, 1150, 2);
		const seen: string[] = [];
		let token: string | undefined;
		let calls = 0;
		do {
			const page = await listSearch('billomat', 'searchInvoiceComments', credentials(api.url), {
				paginationToken: token,
				parameters: { resource: 'invoiceComment', operation: 'get', invoiceId: { __rl: true, mode: 'id', value: '2' } },
			});
			seen.push(...page.results.map((r) => String(r.value)));
			token = page.paginationToken as string | undefined;
			calls++;
		} while (token);
		expect(seen).toHaveLength(1151);
		expect(new Set(seen).size).toBe(1151);
		expect(seen[0]).toBe('4');
		expect(seen.at(-1)).toBe(String(bulk.at(-1)));
		expect(calls).toBe(12);
		expect(api.server.received().map((r) => r.query)).toEqual(
			Array.from({ length: 12 }, (_, n) => ({ invoice_id: '2', page: String(n + 1), per_page: '100' })),
		);
	});

	test('without an invoice it asks for one, before any request', async () => {
		await expect(
			listSearch('billomat', 'searchInvoiceComments', credentials(api.url), { parameters: { resource: 'invoiceComment', operation: 'get' } }),
		).rejects.toThrow('Choose the invoice first');
		expect(api.server.received()).toHaveLength(0);
	});
});
