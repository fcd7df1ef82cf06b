// Create's fields beyond issue 16's (https://invoicexpress.com/api-v2/invoices/create): tax exemption
// reason (required with 0% VAT lines on a Portuguese account), sequence, manual sequence number,
// currency and rate; a client by its code; items from the catalogue (GET /items/{id}.json); the
// ATCUD a document of a registered sequence gets when finalized.
import type { SandboxReply, SandboxRequest } from '../../sandbox/framework';
import { InvoiceXpressSandbox, VALIDATION_CODE } from '../../sandbox/invoicexpress';
import { runWorkflow } from '../harness/engine';
import { expectRefusedBeforeAnyRequest, useSandbox } from '../harness/sandbox';
import { bodyText, credentials, ix, KEY } from './common';

/**
 * The sandbox with the catalogue's GET /items/{id}.json (the catalogue engineer's route, stubbed
 * here with two items): registered before the document routes, as the sandbox's register calls are.
 */
class WithItems extends InvoiceXpressSandbox {
	route(method: string, pattern: string, handler: (req: SandboxRequest) => SandboxReply | Promise<SandboxReply>): this {
		const self = this as unknown as { itemsRouted?: boolean };
		if (!self.itemsRouted) {
			self.itemsRouted = true;
			super.route('GET', '/items/:file', (req) => {
				const items: Record<string, unknown> = {
					'7.json': { id: 7, name: 'Espresso beans', description: '1 kg bag', unit_price: 12.5, unit: 'unit', tax: { id: 1, name: 'IVA13', value: 13 } },
					'8.json': { id: 8, name: 'Export crate', description: null, unit_price: '30.0', unit: 'unit', tax: { id: 4, name: 'IVA0', value: 0 } },
				};
				const item = items[req.params.file];
				return item ? { status: 200, body: { item } } : { status: 404, body: { errors: [{ error: 'Not Found' }] } };
			});
		}
		return super.route(method, pattern, handler);
	}
}

const api = useSandbox(() => new WithItems());

const BASE = {
	documentType: 'invoices',
	date: '2024-04-17',
	dueDate: '17/05/2024',
	clientName: 'Bruce Norris',
	lineItems: { item: [{ name: 'Export', unitPrice: 100, quantity: 1, unit: 'service', taxName: 'IVA0' }] },
};

const run = async (operation: string, parameters: Record<string, unknown>) =>
	await runWorkflow(ix(operation, parameters), { credentials: credentials(api.url) });

const sent = () => JSON.parse(bodyText(api.server.received('POST')[0])).invoice;

describe('InvoiceXpress › Invoice › Create: fields of the create page', () => {
	test('tax exemption reason, sequence (picker), manual sequence number, currency and rate go into the body', async () => {
		const result = await run('create', {
			...BASE,
			additionalFields: {
				taxExemption: 'M05',
				sequence: { __rl: true, mode: 'list', value: '12345', cachedResultName: 'A' },
				manualSequenceNumber: '17',
				currencyCode: 'usd',
				rate: 1.08,
			},
		});
		// 12345 is no sequence (404): taken as the per-type sequence ID it then is, and sent as given.
		expect(api.server.received().map((r) => [r.method, r.path])).toEqual([
			['GET', '/sequences/12345.json'],
			['POST', '/invoices.json'],
		]);
		const request = api.server.received('POST')[0];
		expect(request.path).toBe('/invoices.json');
		expect(request.query).toEqual({ api_key: KEY });
		expect(JSON.parse(bodyText(request))).toEqual({
			invoice: {
				date: '17/04/2024',
				due_date: '17/05/2024',
				client: { name: 'Bruce Norris' },
				items: [{ name: 'Export', unit_price: 100, quantity: 1, unit: 'service', tax: { name: 'IVA0' }, discount: 0 }],
				tax_exemption: 'M05',
				sequence_id: '12345',
				manual_sequence_number: '17',
				currency_code: 'USD',
				rate: 1.08,
			},
		});
		expect(result.items()[0].json).toMatchObject({
			id: 1009,
			status: 'draft',
			tax_exemption: 'M05',
			sequence_id: '12345',
			manual_sequence_number: '17',
			currency_code: 'USD',
			rate: 1.08,
		});
	});

	test('a picked sequence: the sequence is read and its ID for the document type is sent (current_<type>_sequence_id)', async () => {
		const result = await run('create', {
			...BASE,
			documentType: 'invoice_receipts',
			lineItems: { item: [{ name: 'Export', unitPrice: 100, quantity: 1, unit: 'service', taxName: 'IVA23' }] },
			additionalFields: { sequence: { __rl: true, mode: 'list', value: '702', cachedResultName: 'B' } },
		});
		expect(api.server.received().map((r) => [r.method, r.path])).toEqual([
			['GET', '/sequences/702.json'],
			['POST', '/invoice_receipts.json'],
		]);
		expect(sent().sequence_id).toBe('70202');
		expect(result.items()[0].json).toMatchObject({ type: 'InvoiceReceipt', sequence_id: '70202' });
	});

	test('a sequence the account refuses to read (not a 404) fails the item before anything is created', async () => {
		api.server.injectFault({ kind: 'reply', reply: { status: 403, body: { errors: [{ error: 'Forbidden' }] } }, path: '/sequences/701.json' });
		const result = await run('create', { ...BASE, additionalFields: { taxExemption: 'M05', sequence: '701' } });
		expect(result.error()?.message).toBe('InvoiceXpress error 403: Forbidden');
		expect(api.server.received('POST')).toHaveLength(0);
	});

	test('a 0% VAT line without an exemption reason: the 422 of a Portuguese account', async () => {
		const result = await run('create', BASE);
		expect(result.error()?.message).toBe('InvoiceXpress error 422: Tax exemption must be given for items with 0% VAT (IVA 0%)');
	});

	test('finalized, a document of a sequence shows its ATCUD and inverted number; its manual number is its number', async () => {
		await run('create', { ...BASE, additionalFields: { taxExemption: 'M05', sequence: '12345', manualSequenceNumber: '17' } });
		const result = await run('changeState', { documentType: 'invoices', invoiceId: '1009', state: 'finalized' });
		expect(result.items()[0].json).toMatchObject({
			status: 'final',
			sequence_number: '17/A',
			inverted_sequence_number: 'A/17',
			atcud: `${VALIDATION_CODE}-17`,
		});
	});

	test.each([
		[{ currencyCode: 'EURO' }, 'Item 0: "Currency Code" (EURO) is not a three-letter ISO 4217 code', 'Give a currency code such as EUR, USD or GBP.'],
		[{ rate: 1.1 }, 'Item 0: "Exchange Rate" needs a "Currency Code"', 'Add "Currency Code" (the document’s currency) with the rate, or remove the rate.'],
		[{ manualSequenceNumber: '12a' }, 'Item 0: "Manual Sequence Number" (12a) must be a whole number above 0', 'Give the number the document takes in its manual sequence, e.g. 12.'],
	])('bad extra field %j is refused before any request', async (fields, message, description) => {
		const result = await run('create', { ...BASE, additionalFields: { taxExemption: 'M05', ...fields } });
		expectRefusedBeforeAnyRequest(result, api.server, message, description);
	});

	test('a sequence ID that is not a number is refused before any request', async () => {
		const result = await run('create', { ...BASE, additionalFields: { sequence: { __rl: true, mode: 'id', value: 'A' } } });
		expect(result.error()?.message).toBe('Item 0: "Sequence" ("A") is not an InvoiceXpress sequence ID');
		expect(api.server.received()).toHaveLength(0);
	});
});

describe('InvoiceXpress › Invoice › Create: the client by code', () => {
	test('{"client":{"code"}} names an existing client', async () => {
		const result = await run('create', {
			...BASE,
			clientSource: 'code',
			clientCode: 'CL02',
			lineItems: { item: [{ name: 'Coffee', unitPrice: 2, quantity: 3, unit: 'unit', taxName: 'IVA23' }] },
		});
		expect(sent().client).toEqual({ code: 'CL02' });
		expect(result.items()[0].json).toMatchObject({ client: { id: 502, name: 'Café Lisboa, Lda', code: 'CL02' }, total: 7.38 });
	});

	test('an unknown code: InvoiceXpress’s 422', async () => {
		const result = await run('create', { ...BASE, clientSource: 'code', clientCode: 'NOPE', additionalFields: { taxExemption: 'M05' } });
		expect(result.error()?.message).toBe('InvoiceXpress error 422: Client with code NOPE was not found');
	});

	test('an empty code is refused before any request', async () => {
		const result = await run('create', { ...BASE, clientSource: 'code', clientCode: ' ' });
		expect(result.error()?.message).toMatch(/^Item 0: "Client Code"/);
		expect(api.server.received()).toHaveLength(0);
	});
});

describe('InvoiceXpress › Invoice › Create: items from the catalogue', () => {
	test('GET /items/{id}.json for each, then the document with their name, price, unit and tax', async () => {
		const result = await run('create', {
			...BASE,
			itemsInput: 'catalogue',
			catalogueItems: {
				item: [
					{ itemId: { __rl: true, mode: 'list', value: '7' }, quantity: 4, discount: 10 },
					{ itemId: { __rl: true, mode: 'id', value: '8' }, quantity: 1 },
				],
			},
			additionalFields: { taxExemption: 'M05' },
		});
		expect(api.server.received().map((r) => `${r.method} ${r.path}`)).toEqual(['GET /items/7.json', 'GET /items/8.json', 'POST /invoices.json']);
		expect(sent().items).toEqual([
			{ name: 'Espresso beans', description: '1 kg bag', unit_price: 12.5, quantity: 4, unit: 'unit', tax: { name: 'IVA13' }, discount: 10 },
			{ name: 'Export crate', unit_price: 30, quantity: 1, unit: 'unit', tax: { name: 'IVA0' }, discount: 0 },
		]);
		expect(result.items()[0].json).toMatchObject({ before_taxes: 75, taxes: 5.85, total: 80.85 });
	});

	test('an item ID that is not a number (from an expression: the editor checks typed ones) is refused before any request', async () => {
		const workflow = ix(
			'create',
			{ ...BASE, itemsInput: 'catalogue', catalogueItems: { item: [{ itemId: { __rl: true, mode: 'id', value: '={{ $json.item }}' }, quantity: 1 }] } },
			[{ json: { item: 'beans' } }],
		);
		const result = await runWorkflow(workflow, { credentials: credentials(api.url) });
		expect(result.error()?.message).toBe('Item 0: "Catalogue Items 1 › Item" ("beans") is not an InvoiceXpress document ID');
		expect(api.server.received()).toHaveLength(0);
	});

	test('an unknown item: the 404 names it, and no document is created', async () => {
		const result = await run('create', { ...BASE, itemsInput: 'catalogue', catalogueItems: { item: [{ itemId: { __rl: true, mode: 'id', value: '99' }, quantity: 1 }] } });
		expect(result.error()?.message).toBe('InvoiceXpress error 404: Item 99 is unknown');
		expect(api.server.received('POST')).toHaveLength(0);
	});
});
