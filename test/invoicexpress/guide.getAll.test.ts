import type { INodeProperties } from 'n8n-workflow';

import { InvoiceXpressSandbox } from '../../sandbox/invoicexpress';
import { addGuides, guideFields } from '../../sandbox/invoicexpress/guides';
import { runWorkflow } from '../harness/engine';
import { PACKAGE_NAME, registry } from '../harness/registry';
import { useSandbox } from '../harness/sandbox';
import { credentials, KEY } from './common';
import { guide } from './estimate.common';

const api = useSandbox(() => new InvoiceXpressSandbox());

describe('InvoiceXpress › Guide › Get Many', () => {
	test('the Filters are the guide list page’s: text, type, status, loading day, archived (no date, due date or total ranges)', () => {
		const properties = registry().getByNameAndVersion(`${PACKAGE_NAME}.invoiceXpress`).description.properties as INodeProperties[];
		const filters = properties.find((p) => p.name === 'filters' && p.displayOptions?.show?.resource?.includes('guide'))!;
		expect((filters.options as INodeProperties[]).map((o) => o.name)).toEqual(['archived', 'loadedFrom', 'loadedTo', 'nonArchived', 'status', 'text', 'type']);
		const type = (filters.options as INodeProperties[]).find((o) => o.name === 'type')!;
		expect(type.options).toEqual([
			{ name: 'Devolution Guide', value: 'Devolution' },
			{ name: 'Shipping Guide', value: 'Shipping' },
			{ name: 'Transport Guide', value: 'Transport' },
		]);
	});

	test('GET /guides.json with loaded_at[from|to] (days, dd/mm/yyyy), type[], status[] and text', async () => {
		const result = await runWorkflow(
			guide('getAll', {
				returnAll: true,
				filters: { text: 'café', type: ['Transport', 'Shipping'], status: ['final', 'draft'], loadedFrom: '2024-05-03', loadedTo: '06/05/2024', archived: false },
			}),
			{ credentials: credentials(api.url) },
		);
		const [request, ...more] = api.server.received();
		expect(more).toHaveLength(0);
		expect([request.method, request.path]).toEqual(['GET', '/guides.json']);
		expect(request.query).toEqual({
			api_key: KEY,
			text: 'café',
			'type[]': ['Transport', 'Shipping'],
			'status[]': ['final', 'draft'],
			archived: 'false',
			'loaded_at[from]': '03/05/2024',
			'loaded_at[to]': '06/05/2024',
			per_page: '30',
			page: '1',
		});
		// The shipping guide was loaded on 02/05, outside the days asked for.
		expect(result.items().map((i) => [i.json.id, i.json.type, i.json.loaded_at])).toEqual([[60002, 'Transport', '2024-05-06T08:30:00']]);
	});

	test('guides only (no invoices, no estimates); archived ones when asked for', async () => {
		const result = await runWorkflow(guide('getAll', { returnAll: true, filters: { archived: true } }), { credentials: credentials(api.url) });
		expect(result.items().map((i) => i.json.id)).toEqual([60001, 60002, 60003]);
	});

	test('Return All follows pagination to the last page: 65 guides, three pages of 30', async () => {
		addGuides(api.server, 63, 'Devolution', guideFields({ loaded_at: '10/06/2024 09:00:00' }));
		const result = await runWorkflow(guide('getAll', { returnAll: true }), { credentials: credentials(api.url) });
		expect(api.server.received().map((r) => r.query.page)).toEqual(['1', '2', '3']);
		const ids = result.items().map((i) => i.json.id);
		expect(ids).toHaveLength(65);
		expect(new Set(ids).size).toBe(65);
		expect(result.items()[64].json.loaded_at).toBe('2024-06-10T09:00:00');
	});
});
