import { billomatSandbox, jsonBody, run } from './setup';

const api = billomatSandbox();

describe('Billomat › Invoice Item › Create', () => {
	test('POSTs the item with its invoice to /api/invoice-items; it is appended and the draft’s totals change', async () => {
		expect(api.server.invoices.get(2)).toMatchObject({ total_net: 721.85, total_gross: 859 });
		const result = await run(api.url, {
			resource: 'invoiceItem',
			operation: 'create',
			invoiceId: { __rl: true, mode: 'list', value: '2' },
			title: 'Hosting setup',
			quantity: '2,5',
			unit_price: 40,
			additionalFields: { unit: 'hour', tax_name: 'MwSt', tax_rate: 19, type: 'SERVICE', description: 'Server and DNS', tax_changed_manually: false },
			simplify: false,
		});
		const [request, ...more] = api.server.received();
		expect(more).toHaveLength(0);
		expect(request.method).toBe('POST');
		expect(request.path).toBe('/api/invoice-items');
		expect(request.query).toEqual({});
		expect(jsonBody(request)).toEqual({
			'invoice-item': {
				invoice_id: 2,
				title: 'Hosting setup',
				quantity: 2.5,
				unit_price: 40,
				unit: 'hour',
				tax_name: 'MwSt',
				tax_rate: 19,
				type: 'SERVICE',
				description: 'Server and DNS',
				tax_changed_manually: 0,
			},
		});
		expect(result.items()).toEqual([
			{
				json: {
					id: 2003,
					created: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
					article_id: null,
					invoice_id: 2,
					position: 3,
					unit: 'hour',
					quantity: 2.5,
					unit_price: 40,
					tax_name: 'MwSt',
					tax_rate: 19,
					tax_changed_manually: '0',
					title: 'Hosting setup',
					description: 'Server and DNS',
					total_gross: 119,
					total_net: 100,
					reduction: null,
					total_gross_unreduced: 119,
					total_net_unreduced: 100,
					type: 'SERVICE',
				},
				pairedItem: { item: 0 },
			},
		]);
		expect(api.server.invoices.get(2)).toMatchObject({ total_net: 821.85, total_gross: 978 });
	});

	test('only the fields given are sent; simplified output (the article gives the title, unit and tax the item does not)', async () => {
		const result = await run(api.url, { resource: 'invoiceItem', operation: 'create', invoiceId: '2', additionalFields: { article_id: '12' } });
		expect(jsonBody(api.server.received()[0])).toEqual({ 'invoice-item': { invoice_id: 2, quantity: 1, unit_price: 0, article_id: 12 } });
		expect(result.items()[0].json).toEqual({
			id: 2003,
			invoice_id: 2,
			position: 3,
			title: api.server.articles.records.get(12)!.title,
			quantity: 1,
			// Article 12's unit (ID 2) by its name, and its tax rate (tax ID 1).
			unit: 'piece',
			unit_price: 0,
			tax_rate: 19,
			total_net: 0,
			total_gross: 0,
		});
	});

	test('a completed invoice’s items are not changed: Billomat’s 400, with what to do', async () => {
		const result = await run(api.url, { resource: 'invoiceItem', operation: 'create', invoiceId: '1', title: 'Extra', quantity: 1, unit_price: 5 });
		expect(result.error()?.message).toBe('Billomat error 400: Invoice 1 is not a draft (status OPEN): its items cannot be changed');
		expect(result.error()?.description).toBe(
			'Billomat changes the items of draft invoices only. A completed invoice’s items are fixed: cancel it and create a new invoice (or a correction) instead.',
		);
		expect(api.server.invoices.get(1)!.items).toHaveLength(1);
	});
});
