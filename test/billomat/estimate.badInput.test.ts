// Estimate, confirmation and delivery note input the node refuses before any request, with the
// item and what to change.
import { byId } from './estimate.fixtures';
import { billomatSandbox, run } from './setup';

const api = billomatSandbox();

describe('Billomat › Estimate, Confirmation, Delivery Note › bad input', () => {
	test.each([
		// A value from an expression (the By ID regex only checks what is typed in the editor).
		['an estimate number instead of its ID', { resource: 'estimate', operation: 'get', estimateId: 'AN1' }, 'Item 0: "Estimate" ("AN1") is not a Billomat ID'],
		['a confirmation number to clear', { resource: 'confirmation', operation: 'clear', confirmationId: 'AB1' }, 'Item 0: "Confirmation" ("AB1") is not a Billomat ID'],
		['a delivery note number to complete', { resource: 'deliveryNote', operation: 'complete', deliveryNoteId: 'LS1' }, 'Item 0: "Delivery Note" ("LS1") is not a Billomat ID'],
		['a client name instead of its ID', { resource: 'estimate', operation: 'create', clientId: 'Musterfirma GmbH' }, 'Item 0: "Client ID" ("Musterfirma GmbH") is not a Billomat ID'],
		[
			'an estimate number as the estimate a confirmation confirms',
			{ resource: 'confirmation', operation: 'create', clientId: byId('476'), additionalFields: { offer_id: 'AN1' } },
			'Item 0: "Estimate ID" ("AN1") is not a Billomat ID',
		],
		[
			'an invoice number as the invoice a delivery note belongs to',
			{ resource: 'deliveryNote', operation: 'create', clientId: byId('476'), additionalFields: { invoice_id: 'RE123' } },
			'Item 0: "Invoice ID" ("RE123") is not a Billomat ID',
		],
		[
			'a line item without title or article',
			{ resource: 'deliveryNote', operation: 'create', clientId: byId('476'), lineItems: { item: [{ quantity: 1 }] } },
			'Item 0: line item 1 has neither a title nor an article ID',
		],
		['an update without fields', { resource: 'estimate', operation: 'update', estimateId: byId('22'), updateFields: {} }, 'Item 0: no field to update'],
		[
			'a date range that ends before it starts',
			{ resource: 'confirmation', operation: 'getAll', returnAll: true, filters: { from: '2024-12-31', to: '2024-01-01' } },
			'Item 0: "From" (2024-12-31) is after "To" (2024-01-01)',
		],
		['an email without recipient', { resource: 'deliveryNote', operation: 'sendEmail', deliveryNoteId: byId('51'), to: '' }, 'Item 0: the email has no recipient'],
		['a template name', { resource: 'estimate', operation: 'complete', estimateId: byId('22'), options: { templateId: 'Standard' } }, 'Item 0: "Template ID" ("Standard") is not a Billomat ID'],
	])('%s', async (_what, parameters, message) => {
		const result = await run(api.url, parameters as Record<string, unknown>);
		expect(result.error()?.message).toBe(message);
		expect(api.server.received()).toHaveLength(0);
	});
});
