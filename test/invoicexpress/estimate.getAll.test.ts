import type { INodeProperties } from 'n8n-workflow';

import { InvoiceXpressSandbox } from '../../sandbox/invoicexpress';
import { addEstimates } from '../../sandbox/invoicexpress/estimates';
import { runWorkflow } from '../harness/engine';
import { PACKAGE_NAME, registry } from '../harness/registry';
import { useSandbox } from '../harness/sandbox';
import { credentials, KEY } from './common';
import { estimate } from './estimate.common';

const api = useSandbox(() => new InvoiceXpressSandbox());

describe('InvoiceXpress › Estimate › Get Many', () => {
	test('GET /estimates.json with every filter the list page documents, as it names them', async () => {
		const result = await runWorkflow(
			estimate('getAll', {
				returnAll: true,
				filters: {
					text: 'café',
					type: ['Proforma', 'Quote'],
					status: ['final', 'accepted'],
					dateFrom: '2024-04-01',
					dateTo: '30/04/2024',
					dueDateFrom: '2024-05-01',
					dueDateTo: '2024-05-31',
					totalFrom: 100,
					totalTo: 500,
					nonArchived: true,
					archived: false,
				},
			}),
			{ credentials: credentials(api.url) },
		);
		const [request, ...more] = api.server.received();
		expect(more).toHaveLength(0);
		expect([request.method, request.path]).toEqual(['GET', '/estimates.json']);
		expect(request.query).toEqual({
			api_key: KEY,
			text: 'café',
			'type[]': ['Proforma', 'Quote'],
			'status[]': ['final', 'accepted'],
			'date[from]': '01/04/2024',
			'date[to]': '30/04/2024',
			'due_date[from]': '01/05/2024',
			'due_date[to]': '31/05/2024',
			'total_before_taxes[from]': '100',
			'total_before_taxes[to]': '500',
			non_archived: 'true',
			archived: 'false',
			per_page: '30',
			page: '1',
		});
		// Café Lisboa's final proforma; its draft quote is not final.
		expect(result.items().map((i) => [i.json.id, i.json.type, i.json.status, i.json.date])).toEqual([[50002, 'Proforma', 'final', '2024-04-12']]);
	});

	test('the Type filter offers the three estimate types; the list holds estimates only (no invoices)', async () => {
		const properties = registry().getByNameAndVersion(`${PACKAGE_NAME}.invoiceXpress`).description.properties as INodeProperties[];
		const filters = properties.find((p) => p.name === 'filters' && p.displayOptions?.show?.resource?.includes('estimate'))!;
		const type = (filters.options as INodeProperties[]).find((o) => o.name === 'type')!;
		expect(type.options).toEqual([
			{ name: 'Fees Note', value: 'FeesNote' },
			{ name: 'Proforma', value: 'Proforma' },
			{ name: 'Quote', value: 'Quote' },
		]);
		const result = await runWorkflow(estimate('getAll', { returnAll: true }), { credentials: credentials(api.url) });
		expect(result.items().map((i) => i.json.id)).toEqual([50001, 50002, 50003, 50004]);
	});

	test('Return All follows pagination to the last page: 65 estimates in three pages of 30', async () => {
		addEstimates(api.server, 61, 'Proforma');
		const result = await runWorkflow(estimate('getAll', { returnAll: true }), { credentials: credentials(api.url) });
		expect(api.server.received().map((r) => [r.path, r.query.page, r.query.per_page])).toEqual([
			['/estimates.json', '1', '30'],
			['/estimates.json', '2', '30'],
			['/estimates.json', '3', '30'],
		]);
		const ids = result.items().map((i) => i.json.id);
		expect(ids).toHaveLength(65);
		expect(new Set(ids).size).toBe(65);
	});

	test('Limit stops at the limit', async () => {
		addEstimates(api.server, 10);
		const result = await runWorkflow(estimate('getAll', { returnAll: false, limit: 5 }), { credentials: credentials(api.url) });
		expect(api.server.received().map((r) => r.query.per_page)).toEqual(['5']);
		expect(result.items()).toHaveLength(5);
	});
});
