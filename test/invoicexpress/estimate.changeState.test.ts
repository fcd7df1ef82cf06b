import type { INodeProperties } from 'n8n-workflow';

import { InvoiceXpressSandbox } from '../../sandbox/invoicexpress';
import { runWorkflow } from '../harness/engine';
import { PACKAGE_NAME, registry } from '../harness/registry';
import { useSandbox } from '../harness/sandbox';
import { bodyText, credentials, KEY } from './common';
import { estimate } from './estimate.common';

const api = useSandbox(() => new InvoiceXpressSandbox());

const run = async (documentType: string, id: string, state: string, message = '') =>
	await runWorkflow(estimate('changeState', { documentType, estimateId: id, state, message }), { credentials: credentials(api.url) });

describe('InvoiceXpress › Estimate › Change State', () => {
	test('the New State options are the estimate page’s: finalized, deleted, accepted, refused, canceled', () => {
		const properties = registry().getByNameAndVersion(`${PACKAGE_NAME}.invoiceXpress`).description.properties as INodeProperties[];
		const state = properties.find((p) => p.name === 'state' && p.displayOptions?.show?.resource?.includes('estimate'))!;
		expect((state.options as Array<{ value: string }>).map((o) => o.value)).toEqual(['accepted', 'canceled', 'deleted', 'finalized', 'refused']);
	});

	test('PUT /quotes/{id}/change-state.json with {"quote":{"state":"finalized"}}: the final quote with its number', async () => {
		const result = await run('quotes', '50001', 'finalized');
		const [request, ...more] = api.server.received();
		expect(more).toHaveLength(0);
		expect([request.method, request.path, request.status]).toEqual(['PUT', '/quotes/50001/change-state.json', 200]);
		expect(request.query).toEqual({ api_key: KEY });
		expect(JSON.parse(bodyText(request))).toEqual({ quote: { state: 'finalized' } });
		expect(result.items()).toHaveLength(1);
		expect(result.items()[0]).toMatchObject({ json: { id: 50001, type: 'Quote', status: 'final', sequence_number: '2/QT' }, pairedItem: { item: 0 } });
	});

	test('the client’s answer: a final proforma accepted, then refused, then accepted again', async () => {
		expect((await run('proformas', '50002', 'accepted')).items()[0].json.status).toBe('accepted');
		expect((await run('proformas', '50002', 'refused')).items()[0].json.status).toBe('refused');
		expect((await run('proformas', '50002', 'accepted')).items()[0].json.status).toBe('accepted');
		expect(api.server.received().map((r) => JSON.parse(bodyText(r)))).toEqual([
			{ proforma: { state: 'accepted' } },
			{ proforma: { state: 'refused' } },
			{ proforma: { state: 'accepted' } },
		]);
	});

	test('an accepted quote is canceled with the message InvoiceXpress requires', async () => {
		const result = await run('quotes', '50003', 'canceled', 'Client went elsewhere');
		expect(JSON.parse(bodyText(api.server.received()[0]))).toEqual({ quote: { state: 'canceled', message: 'Client went elsewhere' } });
		expect(result.items()[0].json).toMatchObject({ id: 50003, status: 'canceled' });
		expect(api.server.documents.get(50003)?.message).toBe('Client went elsewhere');
	});

	test('a draft cannot be accepted: "Any other transitions will fail" (422, InvoiceXpress’s words)', async () => {
		const result = await run('quotes', '50001', 'accepted');
		expect(api.server.received().map((r) => r.status)).toEqual([422]);
		expect(result.error()?.message).toBe('InvoiceXpress error 422: Quote with status draft cannot be accepted');
	});

	test('a draft fees note is deleted, then unknown', async () => {
		const created = await runWorkflow(
			estimate('create', {
				documentType: 'fees_notes',
				date: '2024-04-17',
				dueDate: '2024-05-17',
				clientName: 'Bruce Norris',
				lineItems: { item: [{ name: 'Legal advice', unitPrice: 120, quantity: 1, unit: 'service' }] },
			}),
			{ credentials: credentials(api.url) },
		);
		const id = String(created.items()[0].json.id);
		expect((await run('fees_notes', id, 'deleted')).items()[0].json).toMatchObject({ id: Number(id), status: 'deleted' });
		const get = await runWorkflow(estimate('get', { documentType: 'fees_notes', estimateId: id }), { credentials: credentials(api.url) });
		expect(get.error()?.message).toBe(`InvoiceXpress error 404: Fees Note ${id} is unknown`);
	});

	test('canceling without a message is refused before any request', async () => {
		const result = await run('proformas', '50002', 'canceled', ' ');
		expect(result.error()?.message).toBe('Item 0: canceling a document needs a message');
		expect(api.server.received()).toHaveLength(0);
	});
});
