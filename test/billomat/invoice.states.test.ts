import { billomatSandbox, jsonBody, run } from './setup';

const api = billomatSandbox();

describe('Billomat › Invoice › Complete', () => {
	test('PUTs /complete with the template: the draft gets its number, becomes OPEN and has a PDF', async () => {
		expect(api.server.pdfs.has(2)).toBe(false);
		const result = await run(api.url, { operation: 'complete', invoiceId: '2', options: { templateId: '55' } });
		const [request, ...more] = api.server.received();
		expect(more).toHaveLength(0);
		expect(request.method).toBe('PUT');
		expect(request.path).toBe('/api/invoices/2/complete');
		expect(jsonBody(request)).toEqual({ complete: { template_id: 55 } });
		expect(result.items()).toEqual([{ json: { id: 2, action: 'complete', success: true }, pairedItem: { item: 0 } }]);
		const invoice = api.server.invoices.get(2)!;
		expect(invoice.status).toBe('OPEN');
		expect(invoice.invoice_number).toBe('RE127');
		expect(invoice.template_id).toBe(55);
		expect(api.server.pdfs.get(2)?.data.subarray(0, 5).toString()).toBe('%PDF-');
	});

	test('without a template an empty complete element is sent', async () => {
		await run(api.url, { operation: 'complete', invoiceId: '2' });
		expect(jsonBody(api.server.received()[0])).toEqual({ complete: {} });
	});

	test('a completed invoice cannot be completed again', async () => {
		const result = await run(api.url, { operation: 'complete', invoiceId: '1' });
		expect(result.error()?.message).toBe('Billomat error 400: Invoice 1 is not a draft (status OPEN) and cannot be completed');
		expect(result.error()?.description).toBe('Only an invoice in DRAFT status can be completed.');
	});
});

describe('Billomat › Invoice › Cancel', () => {
	test('PUTs /cancel without a body; the invoice is CANCELED', async () => {
		const result = await run(api.url, { operation: 'cancel', invoiceId: '1' });
		const [request] = api.server.received();
		expect(request.method).toBe('PUT');
		expect(request.path).toBe('/api/invoices/1/cancel');
		expect(request.body.length).toBe(0);
		expect(result.items()[0].json).toEqual({ id: 1, action: 'cancel', success: true });
		expect(api.server.invoices.get(1)?.status).toBe('CANCELED');
	});

	test('a draft cannot be canceled', async () => {
		const result = await run(api.url, { operation: 'cancel', invoiceId: '2' });
		expect(result.error()?.message).toBe('Billomat error 400: A draft cannot be canceled; delete it instead');
	});
});

describe('Billomat › Invoice › Uncancel', () => {
	test('PUTs /uncancel; the invoice is back in its former status', async () => {
		const result = await run(api.url, { operation: 'uncancel', invoiceId: '5' });
		const [request] = api.server.received();
		expect(request.method).toBe('PUT');
		expect(request.path).toBe('/api/invoices/5/uncancel');
		expect(result.items()[0].json).toEqual({ id: 5, action: 'uncancel', success: true });
		expect(api.server.invoices.get(5)?.status).toBe('OPEN');
	});

	test('an invoice that is not canceled cannot be uncanceled', async () => {
		const result = await run(api.url, { operation: 'uncancel', invoiceId: '3' });
		expect(result.error()?.message).toBe('Billomat error 400: Invoice 3 is not canceled (status PAID)');
		expect(result.error()?.description).toBe('Only a CANCELED invoice can be restored.');
	});
});

describe('Billomat › Invoice › Encash', () => {
	test.each([
		['1', 'OPEN'],
		['4', 'OVERDUE'],
	])('PUTs /encash for invoice %s (%s)', async (id, _status) => {
		const result = await run(api.url, { operation: 'encash', invoiceId: id });
		const [request] = api.server.received();
		expect(request.method).toBe('PUT');
		expect(request.path).toBe(`/api/invoices/${id}/encash`);
		expect(result.items()[0].json).toEqual({ id: Number(id), action: 'encash', success: true });
		expect(api.server.invoices.get(Number(id))?.encashed).toBe(true);
	});

	test.each([
		['2', 'DRAFT'],
		['3', 'PAID'],
		['5', 'CANCELED'],
	])('invoice %s (%s) cannot be handed to debt collection', async (id, status) => {
		const result = await run(api.url, { operation: 'encash', invoiceId: id });
		expect(result.error()?.message).toBe(
			`Billomat error 400: Only open or overdue invoices can be handed to debt collection (status ${status})`,
		);
		expect(result.error()?.description).toBe('Only an OPEN or OVERDUE invoice can be handed to debt collection.');
	});

	test('the operation warns that it starts debt collection', async () => {
		const { registry } = await import('../harness/registry');
		const node = registry().getByNameAndVersion('n8n-nodes-invoicing.billomat');
		const notice = node.description.properties.find((p) => p.name === 'encashNotice');
		expect(notice?.type).toBe('notice');
		expect(notice?.displayName).toContain('debt collection');
		expect(notice?.displayOptions?.show?.operation).toEqual(['encash']);
	});
});
