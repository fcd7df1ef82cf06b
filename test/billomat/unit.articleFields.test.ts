// The Article Unit ID and Tax ID fields are record locators (picked with searchUnits/searchTaxes,
// or typed By ID); a plain ID (older workflows, expressions) still works.
import { billomatSandbox, jsonBody, run } from './setup';

const api = billomatSandbox();

describe('Billomat › Article › Unit ID and Tax ID', () => {
	test('Create: a unit picked from the list and a tax typed By ID are sent as numbers', async () => {
		const result = await run(api.url, {
			resource: 'article',
			operation: 'create',
			title: 'Pallet',
			additionalFields: { unit_id: { __rl: true, mode: 'list', value: '4', cachedResultName: 'day (4)' }, tax_id: { __rl: true, mode: 'id', value: '2' } },
		});
		expect(jsonBody(api.server.received()[0])).toEqual({ article: { title: 'Pallet', unit_id: 4, tax_id: 2 } });
		expect(result.items()[0].json).toMatchObject({ title: 'Pallet', unit_id: 4, tax_id: 2 });
	});

	test('Update: a mapped plain ID and an expression in a locator both work', async () => {
		await run(
			api.url,
			{ resource: 'article', operation: 'update', articleId: '9', updateFields: { unit_id: '={{ $json.unit }}', tax_id: { __rl: true, mode: 'id', value: '={{ $json.tax }}' } } },
			{ input: [{ json: { unit: 3, tax: '2' } }] },
		);
		const [request] = api.server.received();
		expect([request.method, request.path]).toEqual(['PUT', '/api/articles/9']);
		expect(jsonBody(request)).toEqual({ article: { unit_id: 3, tax_id: 2 } });
	});

	test('an empty locator (nothing picked) sends no field', async () => {
		await run(api.url, { resource: 'article', operation: 'create', title: 'Plain', additionalFields: { unit_id: { __rl: true, mode: 'list', value: '' } } });
		expect(jsonBody(api.server.received()[0])).toEqual({ article: { title: 'Plain' } });
	});

	test('a unit name in the locator is refused before any request', async () => {
		const result = await run(
			api.url,
			{ resource: 'article', operation: 'update', articleId: '9', updateFields: { unit_id: { __rl: true, mode: 'id', value: '={{ $json.unit }}' } } },
			{ input: [{ json: { unit: 'hour' } }] },
		);
		expect(result.error()?.message).toBe('Item 0: "Unit ID" ("hour") is not a Billomat ID');
		expect(api.server.received()).toHaveLength(0);
	});
});
