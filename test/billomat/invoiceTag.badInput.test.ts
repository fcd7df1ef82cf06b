import { billomatSandbox, run } from './setup';

const api = billomatSandbox();

describe('Billomat › Invoice Tag › bad input is refused before any request', () => {
	test.each([
		['create: an invoice number instead of its ID', { operation: 'create', invoiceId: 'RE123', name: 'x' }, 'Item 0: "Invoice" ("RE123") is not a Billomat ID'],
		['create: a blank name', { operation: 'create', invoiceId: '1', name: '  ' }, 'Item 0: "Name" is blank'],
		['get: a tag ID that is not a number', { operation: 'get', tagId: 'web' }, 'Item 0: "Tag" ("web") is not a Billomat ID'],
		['delete: a tag ID that is not a number', { operation: 'delete', tagId: 'web' }, 'Item 0: "Tag" ("web") is not a Billomat ID'],
		['getAll: an invoice number instead of its ID', { operation: 'getAll', invoiceId: 'RE123', returnAll: true }, 'Item 0: "Invoice" ("RE123") is not a Billomat ID'],
		['getCloud: a minimum count that is not a whole number', { operation: 'getCloud', minCount: 1.5 }, 'Item 0: "Minimum Count" (1.5) is not a whole number of at least 1'],
	])('%s', async (_name, parameters, message) => {
		const result = await run(api.url, { resource: 'invoiceTag', ...parameters });
		expect(result.error()?.message).toBe(message);
		expect(api.server.received()).toHaveLength(0);
	});
});
