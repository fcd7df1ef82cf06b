import type { INodeProperties } from 'n8n-workflow';

import { InvoiceXpressSandbox } from '../../sandbox/invoicexpress';
import { runWorkflow } from '../harness/engine';
import { PACKAGE_NAME, registry } from '../harness/registry';
import { useSandbox } from '../harness/sandbox';
import { bodyText, credentials, KEY } from './common';
import { guide } from './estimate.common';

const api = useSandbox(() => new InvoiceXpressSandbox());

const run = async (documentType: string, id: string, state: string, message = '') =>
	await runWorkflow(guide('changeState', { documentType, guideId: id, state, message }), { credentials: credentials(api.url) });

describe('InvoiceXpress › Guide › Change State', () => {
	test('the New State options are the guide page’s three: finalized, deleted, canceled', () => {
		const properties = registry().getByNameAndVersion(`${PACKAGE_NAME}.invoiceXpress`).description.properties as INodeProperties[];
		const state = properties.find((p) => p.name === 'state' && p.displayOptions?.show?.resource?.includes('guide'))!;
		expect((state.options as Array<{ value: string }>).map((o) => o.value)).toEqual(['canceled', 'deleted', 'finalized']);
	});

	test('PUT /shippings/{id}/change-state.json with {"shipping":{"state":"finalized"}}: the final guide, loaded_at simplified', async () => {
		const result = await run('shippings', '60001', 'finalized');
		const [request, ...more] = api.server.received();
		expect(more).toHaveLength(0);
		expect([request.method, request.path, request.status]).toEqual(['PUT', '/shippings/60001/change-state.json', 200]);
		expect(request.query).toEqual({ api_key: KEY });
		expect(JSON.parse(bodyText(request))).toEqual({ shipping: { state: 'finalized' } });
		expect(result.items()[0]).toMatchObject({
			json: { id: 60001, type: 'Shipping', status: 'final', sequence_number: '1/GR', loaded_at: '2024-05-02T19:00:00' },
			pairedItem: { item: 0 },
		});
	});

	test('a final transport guide is canceled with its reason', async () => {
		const result = await run('transports', '60002', 'canceled', 'Truck broke down');
		expect(JSON.parse(bodyText(api.server.received()[0]))).toEqual({ transport: { state: 'canceled', message: 'Truck broke down' } });
		expect(result.items()[0].json).toMatchObject({ id: 60002, status: 'canceled' });
	});

	test('a draft cannot be canceled: "Any other transitions will fail" (422)', async () => {
		const result = await run('shippings', '60001', 'canceled', 'Not needed');
		expect(api.server.received().map((r) => r.status)).toEqual([422]);
		expect(result.error()?.message).toBe('InvoiceXpress error 422: Shipping with status draft cannot be canceled');
	});

	test('a draft guide is deleted', async () => {
		const result = await run('shippings', '60001', 'deleted');
		expect(result.items()[0].json).toMatchObject({ id: 60001, status: 'deleted' });
		expect(api.server.documents.get(60001)?.status).toBe('deleted');
	});
});
