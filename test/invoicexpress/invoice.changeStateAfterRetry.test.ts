// InvoiceXpress Change State when InvoiceXpress carried the change out but its reply was lost (a
// reset, a 502/503, a cut-off reply). The shared core sends the PUT again, since it is safe to
// repeat, and the retry meets the first attempt's own effect: 422 "Invoice with status final
// cannot be finalized", or a 404 for a draft already deleted. The node then reads the document:
// in the state asked for, the item is the document with `confirmedAfterRetry: true`; otherwise
// the 422 stays and its description says that the first attempt may have been carried out.
//
// The shared core waits between retries with n8n-workflow's `sleep`; here the waits are recorded
// instead of waited.
import { InvoiceXpressSandbox } from '../../sandbox/invoicexpress';
import { runWorkflow } from '../harness/engine';
import { useSandbox } from '../harness/sandbox';
import { bodyText, credentials, ix } from './common';
import { waits } from '../harness/recordedSleep';
import { LOST_REPLIES, retryNote, seen } from '../harness/lostReplies';

jest.mock('n8n-workflow', () => jest.requireActual('../harness/recordedSleep').withRecordedSleep());

const api = useSandbox(() => new InvoiceXpressSandbox());

const note = (attempts: number, found: string) => retryNote('InvoiceXpress', attempts, found);

interface Move {
	state: string;
	type: string;
	id: number;
	message?: string;
	/** InvoiceXpress's status for the retry, which meets the first attempt's effect. */
	refusal: number;
	/** The document's status afterwards (undefined: deleted, no longer found). */
	after: string | undefined;
}

const MOVES: Move[] = [
	{ state: 'finalized', type: 'invoices', id: 1001, refusal: 422, after: 'final' },
	{ state: 'settled', type: 'invoices', id: 1002, refusal: 422, after: 'settled' },
	{ state: 'unsettled', type: 'invoices', id: 1003, refusal: 422, after: 'final' },
	{ state: 'canceled', type: 'invoices', id: 1002, message: 'Wrong client', refusal: 422, after: 'canceled' },
	{ state: 'deleted', type: 'debit_notes', id: 1007, refusal: 404, after: undefined },
];

describe.each(MOVES.map((m) => [m.state, m] as const))('InvoiceXpress › Invoice › Change State to %s after a lost reply', (_state, move) => {
	const path = `/${move.type}/${move.id}/change-state.json`;
	const parameters = { documentType: move.type, invoiceId: String(move.id), state: move.state, ...(move.message ? { message: move.message } : {}) };

	test.each(LOST_REPLIES)(
		'%s: the retry is refused, the read shows the state asked for: the item succeeds, confirmedAfterRetry',
		async (_fault, fault, faultStatus) => {
			// The page documents unsettling for credit and debit notes only; the sandbox's any-type
			// rules also let an invoice be unsettled, as accounts may.
			if (move.state === 'unsettled') api.server.stateRules = 'any-type';
			api.server.injectFault({ ...fault, method: 'PUT', path });
			const result = await runWorkflow(ix('changeState', parameters), { credentials: credentials(api.url) });

			const items = result.items();
			expect(items).toHaveLength(1);
			expect(items[0].pairedItem).toEqual({ item: 0 });
			if (move.after) {
				expect(items[0].json).toMatchObject({ id: move.id, status: move.after, confirmedAfterRetry: true });
			} else {
				expect(items[0].json).toEqual({ id: move.id, documentType: move.type, state: move.state, confirmedAfterRetry: true });
			}
			// Carried out once (the first attempt, whose reply was lost), refused once, then read.
			expect(seen(api.server.received())).toEqual([
				['PUT', path, fault.kind, 200, faultStatus],
				['PUT', path, undefined, undefined, move.refusal],
				['GET', `/${move.type}/${move.id}.json`, undefined, undefined, move.after ? 200 : 404],
			]);
			const [first, retry] = api.server.received('PUT');
			expect(bodyText(retry)).toBe(bodyText(first));
			expect(waits).toHaveLength(1);
			if (move.after) expect(api.server.documents.get(move.id)?.status).toBe(move.after);
			else expect(api.server.documents.get(move.id)?.status).toBe('deleted');
		},
	);
});

describe('InvoiceXpress › Invoice › Change State after a lost reply, legacy (XML) flavour', () => {
	test('the legacy API documents no change-state: the current API’s JSON requests, confirmed from the JSON document', async () => {
		api.server.injectFault({ kind: 'reset', afterHandler: true, method: 'PUT' });
		const result = await runWorkflow(ix('changeState', { documentType: 'invoices', invoiceId: '1001', state: 'finalized' }), {
			credentials: credentials(api.url, 'legacy'),
		});
		expect(result.items()[0].json).toMatchObject({ id: 1001, status: 'final', sequence_number: '4/A', confirmedAfterRetry: true });
		expect(seen(api.server.received())).toEqual([
			['PUT', '/invoices/1001/change-state.json', 'reset', 200, undefined],
			['PUT', '/invoices/1001/change-state.json', undefined, undefined, 422],
			['GET', '/invoices/1001.json', undefined, undefined, 200],
		]);
	});
});

describe('InvoiceXpress › Invoice › Change State: errors that are not confirmed', () => {
	test('the read shows another state (the first attempt never arrived): the 422 stays and says what the read found', async () => {
		// The reset comes before InvoiceXpress handles the request; the settled invoice is then refused.
		api.server.injectFault({ kind: 'reset', method: 'PUT' });
		const result = await runWorkflow(ix('changeState', { documentType: 'invoices', invoiceId: '1003', state: 'finalized' }), {
			credentials: credentials(api.url),
		});
		const error = result.error()!;
		expect(error.message).toBe('InvoiceXpress error 422: Invoice with status settled cannot be finalized');
		expect(error.httpCode).toBe('422');
		expect(error.description).toBe(
			`InvoiceXpress refused the document: correct the fields named above.\n${note(2, 'Reading Invoice 1003 afterwards showed status settled, not status final')}`,
		);
		expect(error.context?.itemIndex).toBe(0);
		expect(seen(api.server.received())).toEqual([
			['PUT', '/invoices/1003/change-state.json', 'reset', undefined, undefined],
			['PUT', '/invoices/1003/change-state.json', undefined, undefined, 422],
			['GET', '/invoices/1003.json', undefined, undefined, 200],
		]);
		expect(api.server.documents.get(1003)?.status).toBe('settled');
	});

	test('a 404 on the retry of a move other than delete is not checked: the error is as it was', async () => {
		api.server.injectFault({ kind: 'reset', method: 'PUT' });
		const result = await runWorkflow(ix('changeState', { documentType: 'invoices', invoiceId: '9999', state: 'finalized' }), {
			credentials: credentials(api.url),
		});
		expect(result.error()?.message).toBe('InvoiceXpress error 404: Invoice 9999 is unknown');
		expect(result.error()?.description).toBe(
			'The ID does not match any document of this type in the account: check the ID and the Document Type.',
		);
		expect(api.server.received().map((r) => r.method)).toEqual(['PUT', 'PUT']);
	});

	test.each([
		['finalized', '1003', 'InvoiceXpress error 422: Invoice with status settled cannot be finalized', 'InvoiceXpress refused the document: correct the fields named above.'],
		['deleted', '1002', 'InvoiceXpress error 422: Invoice with status final cannot be deleted', 'InvoiceXpress refused the document: correct the fields named above.'],
		['settled', '9999', 'InvoiceXpress error 404: Invoice 9999 is unknown', 'The ID does not match any document of this type in the account: check the ID and the Document Type.'],
	])('%s: a refusal of the first attempt (no retry) is reported exactly as before, without a read', async (state, id, message, description) => {
		const result = await runWorkflow(ix('changeState', { documentType: 'invoices', invoiceId: id, state }), {
			credentials: credentials(api.url),
		});
		expect(result.error()?.message).toBe(message);
		expect(result.error()?.description).toBe(description);
		expect(api.server.received()).toHaveLength(1);
	});
});
