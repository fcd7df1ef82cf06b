// Incoming invoice input the node refuses before any request, with the item and what to change.
import { billomatSandbox, run } from './setup';

const api = billomatSandbox();

describe('Billomat › Incoming Invoice › bad input', () => {
	test.each([
		['create with a supplier name instead of its ID', { operation: 'create', supplierId: 'Rheinhost' }, /^Item 0: "Supplier ID" \("Rheinhost"\) is not a Billomat ID$/],
		['create with a date that is no date', { operation: 'create', supplierId: '1', additionalFields: { date: 'yesterday' } }, /^Item 0: "Date" /],
		['create with a due date before the date', { operation: 'create', supplierId: '1', additionalFields: { date: '2025-12-10', due_date: '2025-12-01' } }, /^Item 0: "Due Date" \(2025-12-01\) is before "Date" \(2025-12-10\)$/],
		['create with a total that is not a number', { operation: 'create', supplierId: '1', additionalFields: { total_gross: 'a lot' } }, /^Item 0: "Total Gross" \("a lot"\) is not a number$/],
		['create with due days with decimals', { operation: 'create', supplierId: '1', additionalFields: { due_days: 1.5 } }, /^Item 0: "Due Days" \(1.5\) is not a whole number$/],
		['update without a field', { operation: 'update', incomingId: '1', updateFields: {} }, /^Item 0: no field to update$/],
		['get with an invoice number instead of its ID', { operation: 'get', incomingId: 'RH-25-00342' }, /^Item 0: "Incoming ID" \("RH-25-00342"\) is not a Billomat ID$/],
		['get many with From after To', { operation: 'getAll', returnAll: true, filters: { from: '2025-12-31', to: '2025-01-01' } }, /^Item 0: "From" \(2025-12-31\) is after "To" \(2025-01-01\)$/],
		['get many with an unknown status', { operation: 'getAll', returnAll: true, filters: { status: 'DRAFT' } }, /^Item 0: "Status" has unknown values: DRAFT$/],
		['grouped totals with an unknown criterion', { operation: 'getGroupedTotals', groupBy: ['client'] }, /^Item 0: "Group By" has unknown criteria: client$/],
	])('%s', async (_what, parameters, message) => {
		const result = await run(api.url, { resource: 'incoming', ...parameters });
		expect(result.error()?.message).toMatch(message);
		expect(api.server.received()).toHaveLength(0);
	});
});
