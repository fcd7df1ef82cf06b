import { InvoiceXpressSandbox } from '../../sandbox/invoicexpress';
import { runWorkflow } from '../harness/engine';
import { useSandbox } from '../harness/sandbox';
import { bodyText, credentials, FLAVOURS, ix, KEY } from './common';

const api = useSandbox(() => new InvoiceXpressSandbox());

describe('InvoiceXpress › Invoice › Change State', () => {
	test('current flavour: PUT /{type}/{id}/change-state.json with {"invoice":{"state"}}, outputs the document', async () => {
		const result = await runWorkflow(ix('changeState', { documentType: 'invoices', invoiceId: '1001', state: 'finalized' }), {
			credentials: credentials(api.url),
		});
		const [request, ...more] = api.server.received();
		expect(more).toHaveLength(0);
		expect(request.method).toBe('PUT');
		expect(request.path).toBe('/invoices/1001/change-state.json');
		expect(request.query).toEqual({ api_key: KEY });
		expect(JSON.parse(bodyText(request))).toEqual({ invoice: { state: 'finalized' } });
		const items = result.items();
		expect(items).toHaveLength(1);
		expect(items[0].json).toMatchObject({ id: 1001, status: 'final', sequence_number: '4/A' });
		expect(items[0].pairedItem).toEqual({ item: 0 });
	});

	test('legacy flavour: the legacy API documents no change-state, so the current API’s JSON request, message included', async () => {
		const result = await runWorkflow(
			ix('changeState', { documentType: 'invoices', invoiceId: '1002', state: 'canceled', message: 'Wrong client <& co>' }),
			{ credentials: credentials(api.url, 'legacy') },
		);
		const [request] = api.server.received();
		expect(request.path).toBe('/invoices/1002/change-state.json');
		expect(JSON.parse(bodyText(request))).toEqual({ invoice: { state: 'canceled', message: 'Wrong client <& co>' } });
		expect(result.items()[0].json).toMatchObject({ id: 1002, status: 'canceled' });
		expect(api.server.documents.get(1002)?.message).toBe('Wrong client <& co>');
	});

	test('the state machine: settle, unsettle, then settle again', async () => {
		// The page documents unsettling for credit and debit notes only; the sandbox's any-type rules
		// let an invoice be unsettled too (see the documented refusal in invoice.states.test.ts).
		api.server.stateRules = 'any-type';
		const run = (state: string) =>
			runWorkflow(ix('changeState', { documentType: 'invoices', invoiceId: '1002', state }), { credentials: credentials(api.url) });
		expect((await run('settled')).items()[0].json.status).toBe('settled');
		expect((await run('unsettled')).items()[0].json.status).toBe('final');
		expect((await run('settled')).items()[0].json.status).toBe('settled');
		expect(api.server.received()).toHaveLength(3);
	});

	test.each(FLAVOURS)('%s flavour: a move the state machine refuses is a 422 with the provider text', async (flavour) => {
		const result = await runWorkflow(ix('changeState', { documentType: 'invoices', invoiceId: '1003', state: 'finalized' }), {
			credentials: credentials(api.url, flavour),
		});
		expect(result.error()?.message).toBe('InvoiceXpress error 422: Invoice with status settled cannot be finalized');
		expect(result.error()?.httpCode).toBe('422');
	});

	test('canceling without a message is refused before any request', async () => {
		const result = await runWorkflow(
			ix('changeState', { documentType: 'invoices', invoiceId: '1002', state: 'canceled', message: '  ' }),
			{ credentials: credentials(api.url) },
		);
		expect(result.error()?.message).toBe('Item 0: canceling a document needs a message');
		expect(result.error()?.description).toBe('Fill in "Message" with the reason for the cancellation.');
		expect(api.server.received()).toHaveLength(0);
	});

	test('deleting a draft, then getting it, says it is unknown', async () => {
		const deleted = await runWorkflow(ix('changeState', { documentType: 'debit_notes', invoiceId: '1007', state: 'deleted' }), {
			credentials: credentials(api.url),
		});
		expect(deleted.items()[0].json).toMatchObject({ id: 1007, status: 'deleted' });
		const get = await runWorkflow(ix('get', { documentType: 'debit_notes', invoiceId: '1007' }), { credentials: credentials(api.url) });
		expect(get.error()?.message).toBe('InvoiceXpress error 404: Debit Note 1007 is unknown');
	});

	test('the document type is part of the path: the wrong type is a 404', async () => {
		const result = await runWorkflow(ix('changeState', { documentType: 'simplified_invoices', invoiceId: '1001', state: 'finalized' }), {
			credentials: credentials(api.url),
		});
		expect(api.server.received()[0].path).toBe('/simplified_invoices/1001/change-state.json');
		expect(result.error()?.message).toBe('InvoiceXpress error 404: Simplified Invoice 1001 is unknown');
	});
});
