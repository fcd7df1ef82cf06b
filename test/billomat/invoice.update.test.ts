import { billomatSandbox, jsonBody, run } from './setup';

const api = billomatSandbox();

describe('Billomat › Invoice › Update', () => {
	test('PUTs the changed fields wrapped as invoice and outputs the updated draft', async () => {
		const result = await run(api.url, {
			operation: 'update',
			invoiceId: '2',
			updateFields: { label: 'Website relaunch, phase 2', due_date: '2024-04-01', client_id: '476', payment_types: ['CASH'] },
		});
		const [request] = api.server.received();
		expect(request.method).toBe('PUT');
		expect(request.path).toBe('/api/invoices/2');
		expect(jsonBody(request)).toEqual({
			invoice: { label: 'Website relaunch, phase 2', due_date: '2024-04-01', client_id: 476, payment_types: 'CASH' },
		});
		expect(result.items()[0].json).toMatchObject({
			id: 2,
			client_id: 476,
			label: 'Website relaunch, phase 2',
			due_date: '2024-04-01',
			payment_types: 'CASH',
			status: 'DRAFT',
		});
	});

	test('an invoice that is not a draft cannot be edited: Billomat’s text plus what to do', async () => {
		const result = await run(api.url, { operation: 'update', invoiceId: '1', updateFields: { label: 'x' } });
		const error = result.error()!;
		expect(error.message).toBe('Billomat error 400: Invoice 1 is not a draft (status OPEN) and cannot be edited');
		expect(error.description).toContain('Billomat only edits invoices in DRAFT status');
		expect(api.server.invoices.get(1)?.label).toBe('project 123');
	});

	test('nothing to update is refused before any request', async () => {
		const result = await run(api.url, { operation: 'update', invoiceId: '2', updateFields: {} });
		expect(result.error()?.message).toBe('Item 0: no field to update');
		expect(api.server.received()).toHaveLength(0);
	});
});
