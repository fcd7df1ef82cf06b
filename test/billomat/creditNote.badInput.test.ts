// Credit note input the node refuses before any request, with the item and what to change.
import { creditNote } from './creditNote.fixtures';
import { billomatSandbox, run } from './setup';

const api = billomatSandbox();
const byId = (value: string) => ({ __rl: true, mode: 'id', value });

describe('Billomat › Credit Note › bad input', () => {
	test.each([
		// A value from an expression (the By ID regex only checks what is typed in the editor).
		['a credit note number instead of its ID', creditNote('get', { creditNoteId: 'GS1' }), 'Item 0: "Credit Note" ("GS1") is not a Billomat ID'],
		['a client name instead of its ID', creditNote('create', { clientId: 'Musterfirma GmbH' }), 'Item 0: "Client ID" ("Musterfirma GmbH") is not a Billomat ID'],
		['an invoice number as the invoice it credits', creditNote('create', { clientId: byId('476'), additionalFields: { invoice_id: 'RE124' } }), 'Item 0: "Invoice ID" ("RE124") is not a Billomat ID'],
		['a line item without title or article', creditNote('create', { clientId: byId('476'), lineItems: { item: [{ quantity: 1 }] } }), 'Item 0: line item 1 has neither a title nor an article ID'],
		['an update without fields', creditNote('update', { creditNoteId: byId('32'), updateFields: {} }), 'Item 0: no field to update'],
		['a date range that ends before it starts', creditNote('getAll', { returnAll: true, filters: { from: '2024-12-31', to: '2024-01-01' } }), 'Item 0: "From" (2024-12-31) is after "To" (2024-01-01)'],
		['an unknown group', creditNote('getGroupedTotals', { groupBy: 'client,quarter' }), 'Item 0: "Group By" has unknown criteria: quarter'],
		['an email without recipient', creditNote('sendEmail', { creditNoteId: byId('31'), to: '' }), 'Item 0: the email has no recipient'],
		['a template name', creditNote('complete', { creditNoteId: byId('32'), options: { templateId: 'Standard' } }), 'Item 0: "Template ID" ("Standard") is not a Billomat ID'],
	])('%s', async (_what, parameters, message) => {
		const result = await run(api.url, parameters);
		expect(result.error()?.message).toBe(message);
		expect(api.server.received()).toHaveLength(0);
	});
});
