import { billomatSandbox, run } from './setup';

const api = billomatSandbox();

describe('Billomat › Invoice Comment › bad input is refused before any request', () => {
	test.each([
		['create: an invoice number instead of its ID', { operation: 'create', invoiceId: 'RE123', comment: 'Hi' }, 'Item 0: "Invoice" ("RE123") is not a Billomat ID'],
		['create: a blank comment', { operation: 'create', invoiceId: '1', comment: '   ' }, 'Item 0: "Comment" is blank'],
		['get: a comment ID that is not a number', { operation: 'get', commentId: 'C-3' }, 'Item 0: "Comment" ("C-3") is not a Billomat ID'],
		['delete: a comment ID that is not a number', { operation: 'delete', commentId: 'C-3' }, 'Item 0: "Comment" ("C-3") is not a Billomat ID'],
		['getAll: an invoice number instead of its ID', { operation: 'getAll', invoiceId: 'RE123', returnAll: true }, 'Item 0: "Invoice" ("RE123") is not a Billomat ID'],
	])('%s', async (_name, parameters, message) => {
		const result = await run(api.url, { resource: 'invoiceComment', ...parameters });
		expect(result.error()?.message).toContain(message);
		expect(api.server.received()).toHaveLength(0);
	});
});
