// Billomat's state changes (Complete, Cancel, Uncancel, Encash, Delete) when Billomat carried the
// change out but its reply was lost (a reset, a 502/503, a cut-off reply). The shared core sends
// the PUT/DELETE again, since it is safe to repeat, and the retry meets the first attempt's own
// effect ("not a draft", "already canceled", 404). The node then reads the invoice: in the state
// asked for, the item succeeds with `confirmedAfterRetry: true`; otherwise Billomat's error stays
// and its description says that the first attempt may have been carried out.
//
// The shared core waits between retries with n8n-workflow's `sleep`; here the waits are recorded
// instead of waited.
import { billomatSandbox, run } from './setup';
import { waits } from '../harness/recordedSleep';
import { LOST_REPLIES, retryNote, seen } from '../harness/lostReplies';

jest.mock('n8n-workflow', () => jest.requireActual('../harness/recordedSleep').withRecordedSleep());

const api = billomatSandbox();

const note = (attempts: number, found: string) => retryNote('Billomat', attempts, found);

interface Change {
	operation: 'complete' | 'cancel' | 'uncancel' | 'delete';
	id: number;
	method: 'PUT' | 'DELETE';
	path: string;
	/** Billomat's status for the retry, which meets the first attempt's effect. */
	refusal: number;
	/** The invoice's status afterwards (undefined: deleted). */
	after: string | undefined;
	output: Record<string, unknown>;
}

const CHANGES: Change[] = [
	{ operation: 'complete', id: 2, method: 'PUT', path: '/api/invoices/2/complete', refusal: 400, after: 'OPEN', output: { id: 2, action: 'complete', success: true } },
	{ operation: 'cancel', id: 1, method: 'PUT', path: '/api/invoices/1/cancel', refusal: 400, after: 'CANCELED', output: { id: 1, action: 'cancel', success: true } },
	{ operation: 'uncancel', id: 5, method: 'PUT', path: '/api/invoices/5/uncancel', refusal: 400, after: 'OPEN', output: { id: 5, action: 'uncancel', success: true } },
	{ operation: 'delete', id: 2, method: 'DELETE', path: '/api/invoices/2', refusal: 404, after: undefined, output: { id: 2, deleted: true } },
];

describe.each(CHANGES.map((c) => [c.operation, c] as const))('Billomat › Invoice › %s after a lost reply', (_name, change) => {
	test.each(LOST_REPLIES)(
		'%s: the retry is refused, the read shows the change made: the item succeeds, confirmedAfterRetry',
		async (_fault, fault, faultStatus) => {
			api.server.injectFault({ ...fault, method: change.method, path: change.path });
			const result = await run(api.url, { operation: change.operation, invoiceId: String(change.id) });

			expect(result.items()).toEqual([{ json: { ...change.output, confirmedAfterRetry: true }, pairedItem: { item: 0 } }]);
			// Carried out once (the first attempt, whose reply was lost), refused once, then read.
			expect(seen(api.server.received())).toEqual([
				[change.method, change.path, fault.kind, 200, faultStatus],
				[change.method, change.path, undefined, undefined, change.refusal],
				['GET', `/api/invoices/${change.id}`, undefined, undefined, change.after ? 200 : 404],
			]);
			expect(waits).toHaveLength(1);
			if (change.after) expect(api.server.invoices.get(change.id)?.status).toBe(change.after);
			else expect(api.server.invoices.has(change.id)).toBe(false);
		},
	);
});

describe('Billomat › Invoice › Complete after a lost reply: the request Billomat received', () => {
	test('the retry is the same PUT, with the same template', async () => {
		api.server.injectFault({ kind: 'reset', afterHandler: true, method: 'PUT' });
		const result = await run(api.url, { operation: 'complete', invoiceId: '2', options: { templateId: '55' } });
		expect(result.items()[0].json).toEqual({ id: 2, action: 'complete', success: true, confirmedAfterRetry: true });
		const [first, retry] = api.server.received('PUT');
		expect(first.body.toString('utf8')).toBe('{"complete":{"template_id":55}}');
		expect(retry.body.toString('utf8')).toBe(first.body.toString('utf8'));
		expect(api.server.invoices.get(2)).toMatchObject({ status: 'OPEN', template_id: 55, invoice_number: 'RE127' });
	});
});

describe('Billomat › Invoice › Encash after a lost reply', () => {
	test.each(LOST_REPLIES)(
		'%s: the retry is refused; a read cannot show an encash, so the error stays and says the first attempt may have been carried out',
		async (_fault, fault, faultStatus) => {
			api.server.injectFault({ ...fault, method: 'PUT', path: '/api/invoices/1/encash' });
			const result = await run(api.url, { operation: 'encash', invoiceId: '1' });

			const error = result.error()!;
			expect(error.message).toBe('Billomat error 400: The invoice has already been handed to debt collection');
			expect(error.httpCode).toBe('400');
			expect(error.description).toBe(
				`Only an OPEN or OVERDUE invoice can be handed to debt collection.\n${note(2, 'Reading invoice 1 afterwards showed status OPEN, not handed to debt collection (which a read of the invoice cannot show)')}`,
			);
			expect(seen(api.server.received())).toEqual([
				['PUT', '/api/invoices/1/encash', fault.kind, 200, faultStatus],
				['PUT', '/api/invoices/1/encash', undefined, undefined, 400],
				['GET', '/api/invoices/1', undefined, undefined, 200],
			]);
			// Billomat's sandbox keeps the hand-over to itself: the invoice stays OPEN, handed over once.
			expect(api.server.invoices.get(1)).toMatchObject({ status: 'OPEN', encashed: true });
		},
	);
});

describe('Billomat › Invoice › state changes: errors that are not confirmed', () => {
	test('the read shows another state (the first attempt never arrived): the error stays and says what the read found', async () => {
		// The reset comes before Billomat handles the request: a draft is not canceled, then the retry is refused.
		api.server.injectFault({ kind: 'reset', method: 'PUT' });
		const result = await run(api.url, { operation: 'cancel', invoiceId: '2' });
		const error = result.error()!;
		expect(error.message).toBe('Billomat error 400: A draft cannot be canceled; delete it instead');
		expect(error.description).toBe(
			`A draft cannot be canceled (delete it instead), nor an invoice that is already canceled.\n${note(2, 'Reading invoice 2 afterwards showed status DRAFT, not CANCELED')}`,
		);
		expect(error.context?.itemIndex).toBe(0);
		expect(seen(api.server.received())).toEqual([
			['PUT', '/api/invoices/2/cancel', 'reset', undefined, undefined],
			['PUT', '/api/invoices/2/cancel', undefined, undefined, 400],
			['GET', '/api/invoices/2', undefined, undefined, 200],
		]);
		expect(api.server.invoices.get(2)?.status).toBe('DRAFT');
	});

	test('under continueOnFail the error item carries that description, and the next item is processed', async () => {
		api.server.injectFault({ kind: 'reset', method: 'PUT', path: '/api/invoices/2/' });
		const result = await run(
			api.url,
			{ operation: 'cancel', invoiceId: '={{ $json.id }}' },
			{ input: [{ json: { id: 2 } }, { json: { id: 4 } }], continueOnFail: true },
		);
		const [first, second] = result.items();
		expect(first.json).toEqual({
			error: 'Billomat error 400: A draft cannot be canceled; delete it instead',
			description: `A draft cannot be canceled (delete it instead), nor an invoice that is already canceled.\n${note(2, 'Reading invoice 2 afterwards showed status DRAFT, not CANCELED')}`,
			httpCode: '400',
		});
		expect(first.pairedItem).toEqual({ item: 0 });
		expect(second).toEqual({ json: { id: 4, action: 'cancel', success: true }, pairedItem: { item: 1 } });
	});

	test('the read itself fails: the error stays and says the check failed', async () => {
		api.server.injectFault({ kind: 'reset', afterHandler: true, method: 'PUT' });
		api.server.injectFault({ kind: 'server-error', status: 503, method: 'GET', times: 0 });
		const result = await run(api.url, { operation: 'cancel', invoiceId: '1' });
		const error = result.error()!;
		expect(error.message).toBe('Billomat error 400: The invoice is already canceled');
		expect(error.description).toBe(
			`A draft cannot be canceled (delete it instead), nor an invoice that is already canceled.\n${note(2, 'Reading invoice 1 afterwards to check failed (Billomat error 503: HTTP 503)')}`,
		);
		expect(api.server.received('GET')).toHaveLength(4);
		expect(api.server.invoices.get(1)?.status).toBe('CANCELED');
	});

	test('a deleted invoice reads as gone only on a 404: a read that gets no reply is no confirmation', async () => {
		api.server.injectFault({ kind: 'reset', afterHandler: true, method: 'DELETE' });
		api.server.injectFault({ kind: 'reset', method: 'GET', times: 0 });
		const result = await run(api.url, { operation: 'delete', invoiceId: '2' });
		const error = result.error()!;
		expect(error.message).toBe('Billomat error 404: Invoice not found');
		expect(error.description).toMatch(
			/\nAn earlier attempt got no usable reply .*Reading invoice 2 afterwards to check failed \(Billomat error \(code ECONNRESET\): Could not get a reply: the connection was reset before a reply arrived\): check in Billomat before running it again\.$/,
		);
	});

	test('a retry refused with a status that cannot mean "already done" is not checked: the error is as it was', async () => {
		// A DELETE is only checked on a 404; an OPEN invoice refused with 400 stays that error.
		api.server.injectFault({ kind: 'reset', method: 'DELETE' });
		const result = await run(api.url, { operation: 'delete', invoiceId: '1' });
		expect(result.error()?.message).toBe('Billomat error 400: Invoice 1 is not a draft (status OPEN) and cannot be deleted');
		expect(result.error()?.description).toBe('Billomat only deletes invoices in DRAFT status. Cancel a completed invoice instead.');
		expect(api.server.received().map((r) => r.method)).toEqual(['DELETE', 'DELETE']);
	});

	test.each([
		['complete', '1', 'Billomat error 400: Invoice 1 is not a draft (status OPEN) and cannot be completed', 'Only an invoice in DRAFT status can be completed.'],
		['cancel', '2', 'Billomat error 400: A draft cannot be canceled; delete it instead', 'A draft cannot be canceled (delete it instead), nor an invoice that is already canceled.'],
		['uncancel', '3', 'Billomat error 400: Invoice 3 is not canceled (status PAID)', 'Only a CANCELED invoice can be restored.'],
		['encash', '3', 'Billomat error 400: Only open or overdue invoices can be handed to debt collection (status PAID)', 'Only an OPEN or OVERDUE invoice can be handed to debt collection.'],
		['delete', '99', 'Billomat error 404: Invoice not found', 'No such record in this Billomat account. Check the ID.'],
	])('%s: a refusal of the first attempt (no retry) is reported exactly as before, without a read', async (operation, id, message, description) => {
		const result = await run(api.url, { operation, invoiceId: id });
		expect(result.error()?.message).toBe(message);
		expect(result.error()?.description).toBe(description);
		expect(api.server.received()).toHaveLength(1);
		expect(api.server.received('GET')).toHaveLength(0);
	});
});
