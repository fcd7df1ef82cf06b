// The Tag picker (searchInvoiceTags), as n8n's editor calls it: the tags of the invoice chosen in
// the node, one page per call, through more than 1,000 of them.
import { addTags } from '../../sandbox/billomat/tags';
import { listSearch } from '../harness/listSearch';
import { billomatSandbox, credentials } from './setup';

const api = billomatSandbox();
const on = (invoiceId: string) => ({ resource: 'invoiceTag', operation: 'delete', invoiceId: { __rl: true, mode: 'list', value: invoiceId } });

describe('Billomat › Invoice Tag picker (searchInvoiceTags)', () => {
	test('lists the tags of the chosen invoice by name; the search box narrows them', async () => {
		const page = await listSearch('billomat', 'searchInvoiceTags', credentials(api.url), { parameters: on('2') });
		expect(page.results).toEqual([
			{ name: 'web (2)', value: '2' },
			{ name: 'design (3)', value: '3' },
		]);
		const narrowed = await listSearch('billomat', 'searchInvoiceTags', credentials(api.url), { filter: 'DES', parameters: on('2') });
		expect(narrowed.results.map((r) => r.value)).toEqual(['3']);
		expect(api.server.received().map((r) => [r.path, r.query])).toEqual([
			['/api/invoice-tags', { invoice_id: '2', page: '1', per_page: '100' }],
			['/api/invoice-tags', { invoice_id: '2', page: '1', per_page: '100' }],
		]);
	});

	test('pages through more than 1,000 tags, 100 a page, to the last one', async () => {
		const bulk = addTags(api.server, 1020, 5);
		const seen: string[] = [];
		let token: string | undefined;
		do {
			const page = await listSearch('billomat', 'searchInvoiceTags', credentials(api.url), { paginationToken: token, parameters: on('5') });
			seen.push(...page.results.map((r) => String(r.value)));
			token = page.paginationToken as string | undefined;
		} while (token);
		expect(seen).toEqual(bulk.map(String));
		expect(api.server.received().map((r) => r.query.page)).toEqual(Array.from({ length: 11 }, (_, n) => String(n + 1)));
	});

	test('without an invoice it asks for one, before any request', async () => {
		await expect(listSearch('billomat', 'searchInvoiceTags', credentials(api.url), { parameters: { resource: 'invoiceTag', operation: 'get' } })).rejects.toThrow(
			'Choose the invoice first',
		);
		expect(api.server.received()).toHaveLength(0);
	});
});
