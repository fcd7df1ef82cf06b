// The lifecycle estimates, confirmations and delivery notes share with invoices, one table row per
// family: Get, Get Many, Create, Update, Delete, Complete, Download PDF and Send by Email
// (https://www.billomat.com/en/api/estimates/, …/confirmations/, …/delivery-notes/).
import { binaryBuffer } from '../harness/engine';
import { byId, draftRecord, FAMILIES, pick } from './estimate.fixtures';
import { billomatSandbox, BILLOMAT_DEMO_API_KEY, jsonBody, run } from './setup';

const api = billomatSandbox();
const book = (name: string) => api.server.documentBooks[name];

describe.each(FAMILIES)('Billomat › $resource', (family) => {
	const node = (operation: string, parameters: Record<string, unknown> = {}) => ({ resource: family.resource, operation, ...parameters });
	const { completed } = family;

	describe('Get', () => {
		test('GETs the record and outputs it whole with Simplify off', async () => {
			const result = await run(api.url, node('get', { [family.idParameter]: byId(completed.id), simplify: false }), { typeVersion: 1.1 });
			const [request, ...more] = api.server.received();
			expect(more).toHaveLength(0);
			expect([request.method, request.path, request.query]).toEqual(['GET', `/api/${family.path}/${completed.id}`, {}]);
			expect(request.headers['x-billomatapikey']).toBe(BILLOMAT_DEMO_API_KEY);
			expect(result.items()).toEqual([{ json: completed, pairedItem: { item: 0 } }]);
		});

		test('Simplify (on by default) keeps the main fields; a picked ID works the same', async () => {
			const result = await run(api.url, node('get', { [family.idParameter]: { __rl: true, mode: 'list', value: String(completed.id) } }), { typeVersion: 1.1 });
			expect(result.items().map((i) => i.json)).toEqual([pick(completed, family.simple)]);
		});

		test('an unknown ID is Billomat’s 404', async () => {
			const result = await run(api.url, node('get', { [family.idParameter]: byId(99) }));
			expect(result.error()?.message).toBe(`Billomat error 404: ${family.noun} not found`);
		});
	});

	describe('Get Many', () => {
		test('sends every documented filter and outputs the matching record simplified', async () => {
			const number = String(completed[family.numberField]);
			const result = await run(
				api.url,
				node('getAll', {
					returnAll: true,
					filters: {
						client_id: '476',
						contact_id: '',
						[family.numberField]: ` ${number.toLowerCase()} `,
						status: [family.completedStatus],
						from: '2009-01-01',
						to: '2009-12-31',
						label: 'project',
						intro: '',
						note: '',
						tags: 'web',
						article_id: '9',
					},
				}),
				{ typeVersion: 1.1 },
			);
			const [request, ...more] = api.server.received();
			expect(more).toHaveLength(0);
			expect([request.method, request.path]).toEqual(['GET', `/api/${family.path}`]);
			expect(request.query).toEqual({
				client_id: '476',
				article_id: '9',
				[family.numberField]: number.toLowerCase(),
				label: 'project',
				tags: 'web',
				status: family.completedStatus,
				from: '2009-01-01',
				to: '2009-12-31',
				page: '1',
				per_page: '1000',
			});
			expect(result.items()).toEqual([{ json: pick(completed, family.simple), pairedItem: { item: 0 } }]);
		});

		test('orders as asked and lists every demo document', async () => {
			const result = await run(api.url, node('getAll', { returnAll: true, options: { orderBy: 'id', orderDirection: 'DESC' } }), { typeVersion: 1.1 });
			expect(api.server.received().map((r) => r.query)).toEqual([{ order_by: 'id DESC', page: '1', per_page: '1000' }]);
			expect(result.items().map((i) => i.json.id)).toEqual([...family.ids].reverse());
		});
	});

	describe('Create', () => {
		test('POSTs the document with its line items and outputs the new draft', async () => {
			const result = await run(
				api.url,
				node('create', {
					clientId: byId('477'),
					lineItems: { item: [{ title: 'Support', quantity: 2, unit: 'hour', unit_price: 50, tax_name: 'MwSt', tax_rate: 19 }] },
					additionalFields: { contact_id: '12', date: '2024-05-02', label: 'Campaign' },
				}),
			);
			const [request, ...more] = api.server.received();
			expect(more).toHaveLength(0);
			expect([request.method, request.path]).toEqual(['POST', `/api/${family.path}`]);
			expect(jsonBody(request)).toEqual({
				[family.root]: {
					client_id: 477,
					contact_id: 12,
					date: '2024-05-02',
					label: 'Campaign',
					[`${family.root}-items`]: {
						[`${family.root}-item`]: [{ title: 'Support', quantity: 2, unit: 'hour', unit_price: 50, tax_name: 'MwSt', tax_rate: 19 }],
					},
				},
			});
			const saved = api.server.document(family.book, family.firstId)!;
			const client = { id: 477, address: api.server.clients.get(477)!.address };
			const totals = family.priced
				? { total_net: 100, total_gross: 119, total_net_unreduced: 100, total_gross_unreduced: 119, taxes: [{ name: 'MwSt', rate: 19, amount: 19 }] }
				: {};
			expect(result.items()).toEqual([
				{
					json: { ...draftRecord(family, family.firstId, client, saved.created, '2024-05-02'), contact_id: 12, label: 'Campaign', ...totals },
					pairedItem: { item: 0 },
				},
			]);
		});
	});

	describe('Update', () => {
		test('PUTs the changed fields of a draft and outputs the updated record', async () => {
			const before = (await run(api.url, node('get', { [family.idParameter]: byId(family.draft), simplify: false }), { typeVersion: 1.1 })).items()[0].json;
			const result = await run(api.url, node('update', { [family.idParameter]: byId(family.draft), updateFields: { label: 'Renamed', note: 'Updated' } }));
			const request = api.server.received().at(-1)!;
			expect([request.method, request.path]).toEqual(['PUT', `/api/${family.path}/${family.draft}`]);
			expect(jsonBody(request)).toEqual({ [family.root]: { label: 'Renamed', note: 'Updated' } });
			expect(result.items()).toEqual([{ json: { ...before, label: 'Renamed', note: 'Updated' }, pairedItem: { item: 0 } }]);
		});

		test('a completed document is refused with the hint', async () => {
			const result = await run(api.url, node('update', { [family.idParameter]: byId(completed.id), updateFields: { label: 'Renamed' } }));
			expect(result.error()?.message).toBe(
				`Billomat error 400: ${family.noun} ${completed.id} is not a draft (status ${String(completed.status)}) and cannot be edited`,
			);
			expect(result.error()?.description).toBe(`Billomat only edits ${family.noun.toLowerCase()}s in DRAFT status.`);
		});
	});

	describe('Delete', () => {
		test('DELETEs a draft and outputs which one', async () => {
			const result = await run(api.url, node('delete', { [family.idParameter]: byId(family.draft) }));
			const [request, ...more] = api.server.received();
			expect(more).toHaveLength(0);
			expect([request.method, request.path]).toEqual(['DELETE', `/api/${family.path}/${family.draft}`]);
			expect(result.items()).toEqual([{ json: { id: family.draft, deleted: true }, pairedItem: { item: 0 } }]);
			expect(api.server.document(family.book, family.draft)).toBeUndefined();
		});

		test('a completed document is refused with the hint', async () => {
			const result = await run(api.url, node('delete', { [family.idParameter]: byId(completed.id) }));
			expect(result.error()?.message).toBe(
				`Billomat error 400: ${family.noun} ${completed.id} is not a draft (status ${String(completed.status)}) and cannot be deleted`,
			);
			expect(result.error()?.description).toBe(`Billomat only deletes ${family.noun.toLowerCase()}s in DRAFT status.`);
		});
	});

	describe('Complete', () => {
		test('PUTs /complete with the template: the draft gets the next number, its status and a PDF', async () => {
			const result = await run(api.url, node('complete', { [family.idParameter]: byId(family.draft), options: { templateId: '7' } }));
			const [request, ...more] = api.server.received();
			expect(more).toHaveLength(0);
			expect([request.method, request.path]).toEqual(['PUT', `/api/${family.path}/${family.draft}/complete`]);
			expect(jsonBody(request)).toEqual({ complete: { template_id: 7 } });
			expect(result.items()).toEqual([{ json: { id: family.draft, action: 'complete', success: true }, pairedItem: { item: 0 } }]);
			expect(api.server.document(family.book, family.draft)).toMatchObject({ status: family.completeStatus, invoice_number: family.nextNumber, template_id: 7 });
			expect(book(family.book).pdfs.get(family.draft)?.filename).toBe(`${family.root}_${family.nextNumber}.pdf`);
		});
	});

	describe('Download PDF', () => {
		test('GETs format=pdf and outputs the PDF named by the document’s ID', async () => {
			const result = await run(api.url, node('downloadPdf', { [family.idParameter]: byId(completed.id), binaryPropertyName: 'data' }));
			const [request] = api.server.received();
			expect([request.method, request.path, request.query]).toEqual(['GET', `/api/${family.path}/${completed.id}/pdf`, { format: 'pdf' }]);
			const [item] = result.items();
			const expected = book(family.book).pdfs.get(completed.id)!.data;
			const filename = `${family.root}_${String(completed[family.numberField])}.pdf`;
			expect(item.json).toEqual({ [family.pdfIdField]: completed.id, filename, mimetype: 'application/pdf', filesize: expected.length });
			expect((await binaryBuffer(item.binary!.data)).equals(expected)).toBe(true);
		});
	});

	describe('Send by Email', () => {
		test('POSTs /email with the recipients and the subject', async () => {
			const result = await run(
				api.url,
				node('sendEmail', { [family.idParameter]: byId(completed.id), to: 'info@musterfirma.example', additionalFields: { subject: 'Your documents' } }),
			);
			const [request] = api.server.received();
			expect([request.method, request.path]).toEqual(['POST', `/api/${family.path}/${completed.id}/email`]);
			const email = { recipients: { to: 'info@musterfirma.example' }, subject: 'Your documents' };
			expect(jsonBody(request)).toEqual({ email });
			expect(book(family.book).emails).toEqual([{ id: completed.id, email }]);
			expect(result.items()).toEqual([
				{ json: { id: completed.id, action: 'sendEmail', success: true, recipients: { to: 'info@musterfirma.example' }, attachments: [] }, pairedItem: { item: 0 } },
			]);
		});
	});
});
