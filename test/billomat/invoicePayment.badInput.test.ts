// Bad input for the payment operations: refused before any request, with the item and the fix.
import type { RunResult } from '../harness/engine';
import { expectRefusedBeforeAnyRequest } from '../harness/sandbox';
import { billomatSandbox, run } from './setup';

const api = billomatSandbox();

const expectRefused = (result: RunResult, message: string, description: string) =>
	expectRefusedBeforeAnyRequest(result, api.server, message, description);

const ID_HINT = 'Give the numeric ID Billomat shows for the record, e.g. 12345.';

describe('Billomat › Invoice Payment › bad input', () => {
	test('an invoice number typed By ID is refused by n8n itself, by the picker’s pattern', async () => {
		await expect(
			run(api.url, { resource: 'invoicePayment', operation: 'create', invoiceId: { __rl: true, mode: 'id', value: 'RE123' }, amount: 10 }),
		).rejects.toThrow('A Billomat invoice ID is a whole number, e.g. 12345 (not the invoice number RE123)');
		expect(api.server.received()).toEqual([]);
	});

	test('an invoice number from an expression is refused before any request', async () => {
		const result = await run(
			api.url,
			{ resource: 'invoicePayment', operation: 'create', invoiceId: { __rl: true, mode: 'id', value: '={{ $json.invoice }}' }, amount: 10 },
			{ input: [{ json: { invoice: 'RE123' } }] },
		);
		expectRefused(result, 'Item 0: "Invoice" ("RE123") is not a Billomat ID', ID_HINT);
	});

	test('an amount of 0 is refused', async () => {
		const result = await run(api.url, { resource: 'invoicePayment', operation: 'create', invoiceId: '1', amount: 0 });
		expectRefused(result, 'Item 0: "Amount" is empty or 0', 'Give the amount received, e.g. 119.00.');
	});

	test('an amount that is not a number is refused', async () => {
		const result = await run(api.url, { resource: 'invoicePayment', operation: 'create', invoiceId: '1', amount: '={{ "12 EUR" }}' });
		expect(result.error()?.message).toBe('Item 0: "Amount" ("12 EUR") is not a number');
		expect(api.server.received()).toHaveLength(0);
	});

	test('a date that is not one is refused', async () => {
		const result = await run(api.url, { resource: 'invoicePayment', operation: 'create', invoiceId: '1', amount: 10, additionalFields: { date: 'yesterday' } });
		expect(result.error()?.message).toMatch(/^Item 0: "Date" \("yesterday"\) is not a date/);
		expect(api.server.received()).toHaveLength(0);
	});

	test('a comment that is an object is refused, not sent raw', async () => {
		const result = await run(
			api.url,
			{ resource: 'invoicePayment', operation: 'create', invoiceId: '1', amount: 10, additionalFields: { comment: '={{ $json.note }}' } },
			{ input: [{ json: { note: { text: 'Thanks' } } }] },
		);
		expect(result.error()?.message).toBe('Item 0: "Comment" is an object ({"text":"Thanks"}), not text');
		expect(api.server.received()).toHaveLength(0);
	});

	test('a payment ID that is not a number is refused on Get and Delete', async () => {
		for (const operation of ['get', 'delete']) {
			const result = await run(
				api.url,
				{ resource: 'invoicePayment', operation, paymentId: { __rl: true, mode: 'id', value: '={{ $json.payment }}' } },
				{ input: [{ json: { payment: -1 } }] },
			);
			expectRefused(result, 'Item 0: "Payment" (-1) is not a Billomat ID', ID_HINT);
		}
	});

	test('Get Many: a From after To is refused, and so is a user that is not an ID', async () => {
		const swapped = await run(api.url, { resource: 'invoicePayment', operation: 'getAll', returnAll: true, filters: { from: '2024-03-01', to: '2024-02-01' } });
		expectRefused(
			swapped,
			'Item 0: "From" (2024-03-01) is after "To" (2024-02-01)',
			'Swap the two dates: Billomat finds nothing in a range that ends before it starts.',
		);
		const user = await run(api.url, { resource: 'invoicePayment', operation: 'getAll', returnAll: true, filters: { user_id: 'me' } });
		expectRefused(user, 'Item 0: "User ID" ("me") is not a Billomat ID', ID_HINT);
	});
});
