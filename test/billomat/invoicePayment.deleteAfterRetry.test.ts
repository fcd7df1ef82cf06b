// Deleting a payment or an item when Billomat carried the DELETE out but its reply was lost: the
// shared core sends the DELETE again (safe to repeat), the retry finds nothing (404), and a read
// that also finds nothing confirms it: the item succeeds with `confirmedAfterRetry: true`.
import { paymentsOf } from '../../sandbox/billomat/payments';
import { LOST_REPLIES, seen } from '../harness/lostReplies';
import { waits } from '../harness/recordedSleep';
import { billomatSandbox, run } from './setup';

jest.mock('n8n-workflow', () => jest.requireActual('../harness/recordedSleep').withRecordedSleep());

const api = billomatSandbox();

describe.each([
	{ resource: 'invoicePayment', parameters: { paymentId: '1' }, id: 1, path: '/api/invoice-payments/1', gone: () => !paymentsOf(api.server).has(1) },
	{ resource: 'invoiceItem', parameters: { itemId: '2002' }, id: 2002, path: '/api/invoice-items/2002', gone: () => api.server.invoices.get(2)!.items.length === 1 },
])('Billomat › $resource › Delete after a lost reply', ({ resource, parameters, id, path, gone }) => {
	test.each(LOST_REPLIES)('%s: the retry finds nothing, a read confirms it: the item succeeds, confirmedAfterRetry', async (_fault, fault, faultStatus) => {
		api.server.injectFault({ ...fault, method: 'DELETE', path });
		const result = await run(api.url, { resource, operation: 'delete', ...parameters });

		expect(result.items()).toEqual([{ json: { id, deleted: true, confirmedAfterRetry: true }, pairedItem: { item: 0 } }]);
		expect(seen(api.server.received())).toEqual([
			['DELETE', path, fault.kind, 200, faultStatus],
			['DELETE', path, undefined, undefined, 404],
			['GET', path, undefined, undefined, 404],
		]);
		expect(waits).toHaveLength(1);
		expect(gone()).toBe(true);
	});
});
