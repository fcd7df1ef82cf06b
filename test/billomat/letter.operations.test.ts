// Billomat letters (https://www.billomat.com/en/api/letters/) through the shared document builders:
// every operation against the sandbox, asserting the request Billomat receives and the items n8n
// outputs.
import { binaryBuffer } from '../harness/engine';
import { billomatSandbox, jsonBody, run } from './setup';

const api = billomatSandbox();

const byId = (value: string) => ({ mode: 'id', value });
const letter = (parameters: Record<string, unknown>, continueOnFail = false) =>
	run(api.url, { resource: 'letter', ...parameters }, { typeVersion: 1.1, continueOnFail });
const requests = () => api.server.received().map((r) => ({ method: r.method, path: r.path, query: r.query, body: r.body.length ? jsonBody(r) : undefined }));

const PORTAL = (id: number, hash: string) => `https://sandbox.billomat.net/customerportal/letters/show/entityId/${id}?hash=${hash}`;
const LETTER_51 = {
	id: 51,
	created: '2024-03-20T09:00:00+01:00',
	client_id: 476,
	contact_id: null,
	supplier_id: null,
	status: 'COMPLETED',
	date: '2024-03-20',
	address: 'Musterfirma GmbH\nHauptstraße 1\n57562 Herdorf\nDeutschland',
	label: 'Hosting 2024',
	subject: 'Your hosting contract',
	intro: 'Dear Sir or Madam, from July the hosting moves to a new data centre…',
	customerportal_url: PORTAL(51, '6299d'),
	template_id: null,
};
const simple = (record: Record<string, unknown>) => {
	const { id, client_id, contact_id, supplier_id, status, date, subject, label, customerportal_url } = record;
	return { id, client_id, contact_id, supplier_id, status, date, subject, label, customerportal_url };
};

describe('Billomat › Letter › Get', () => {
	test('GETs /api/letters/{id}; Simplify keeps the main fields', async () => {
		const result = await letter({ operation: 'get', letterId: byId('51') });
		expect(requests()).toEqual([{ method: 'GET', path: '/api/letters/51', query: {}, body: undefined }]);
		expect(result.items().map((i) => i.json)).toEqual([simple(LETTER_51)]);
	});

	test('Simplify off: the whole letter, normalised', async () => {
		const result = await letter({ operation: 'get', letterId: byId('51'), simplify: false });
		expect(result.items().map((i) => i.json)).toEqual([LETTER_51]);
	});
});

describe('Billomat › Letter › Get Many', () => {
	test('sends every documented filter, the order, and pages', async () => {
		const result = await letter({
			operation: 'getAll',
			returnAll: true,
			filters: {
				client_id: '476',
				contact_id: '',
				supplier_id: '',
				status: ['DRAFT', 'COMPLETED'],
				from: '2024-01-01',
				to: '2024-12-31',
				label: 'hosting',
				intro: 'data centre',
				subject: 'contract',
				tags: '',
			},
			options: { orderBy: 'date', orderDirection: 'DESC' },
		});
		expect(requests()).toEqual([
			{
				method: 'GET',
				path: '/api/letters',
				query: {
					client_id: '476',
					status: 'DRAFT,COMPLETED',
					from: '2024-01-01',
					to: '2024-12-31',
					label: 'hosting',
					intro: 'data centre',
					subject: 'contract',
					order_by: 'date DESC',
					page: '1',
					per_page: '1000',
				},
				body: undefined,
			},
		]);
		expect(result.items().map((i) => i.json)).toEqual([simple(LETTER_51)]);
	});

	test('a supplier filter finds the letters to that supplier only', async () => {
		api.server.documentBooks.letters.records.get(52)!.extra = { subject: 'Your order', supplier_id: 3 };
		const result = await letter({ operation: 'getAll', returnAll: false, limit: 5, filters: { supplier_id: '3' } });
		expect(requests()[0].query).toEqual({ supplier_id: '3', page: '1', per_page: '5' });
		expect(result.items().map((i) => i.json.id)).toEqual([52]);
	});
});

describe('Billomat › Letter › Create', () => {
	test('POSTs the client and the fields (no line items: letters have none)', async () => {
		const result = await letter({
			operation: 'create',
			clientId: byId('477'),
			additionalFields: { subject: 'Your order 123', label: 'Order 123', date: '2024-05-02', intro: 'Dear Sir or Madam,', contact_id: '12', supplier_id: '3' },
		});
		expect(requests()).toEqual([
			{
				method: 'POST',
				path: '/api/letters',
				query: {},
				body: { letter: { client_id: 477, contact_id: 12, date: '2024-05-02', intro: 'Dear Sir or Madam,', label: 'Order 123', subject: 'Your order 123', supplier_id: 3 } },
			},
		]);
		const [item] = result.items();
		expect(item.json).toEqual({
			id: 5000,
			created: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
			client_id: 477,
			contact_id: 12,
			supplier_id: 3,
			status: 'DRAFT',
			date: '2024-05-02',
			address: api.server.clients.get(477)!.address,
			label: 'Order 123',
			subject: 'Your order 123',
			intro: 'Dear Sir or Madam,',
			customerportal_url: PORTAL(5000, (5000 * 7919).toString(16)),
			template_id: null,
		});
	});
});

describe('Billomat › Letter › Update', () => {
	test('PUTs the changed fields of a draft and outputs the letter', async () => {
		const result = await letter({ operation: 'update', letterId: byId('52'), updateFields: { subject: 'Your order 124' } });
		expect(requests()).toEqual([{ method: 'PUT', path: '/api/letters/52', query: {}, body: { letter: { subject: 'Your order 124' } } }]);
		expect(result.items().map((i) => i.json)).toEqual([
			{
				id: 52,
				created: '2024-04-02T09:00:00+01:00',
				client_id: 477,
				contact_id: 12,
				supplier_id: null,
				status: 'DRAFT',
				date: '2024-04-02',
				address: api.server.clients.get(477)!.address,
				label: 'Support',
				subject: 'Your order 124',
				intro: 'Dear Ms Smith, thank you for your order…',
				customerportal_url: PORTAL(52, (52 * 7919).toString(16)),
				template_id: null,
			},
		]);
	});

	test('a completed letter is refused by Billomat, with the hint', async () => {
		const result = await letter({ operation: 'update', letterId: byId('51'), updateFields: { label: 'x' } }, true);
		expect(result.items()[0].json.error).toMatch(/not a draft/);
	});
});

describe('Billomat › Letter › Delete', () => {
	test('DELETEs a draft and outputs a summary', async () => {
		const result = await letter({ operation: 'delete', letterId: byId('52') });
		expect(requests()).toEqual([{ method: 'DELETE', path: '/api/letters/52', query: {}, body: undefined }]);
		expect(result.items().map((i) => i.json)).toEqual([{ id: 52, deleted: true }]);
		expect(api.server.documentBooks.letters.records.has(52)).toBe(false);
	});
});

describe('Billomat › Letter › Complete', () => {
	test('PUTs complete (with the template) and the letter becomes COMPLETED with a PDF', async () => {
		const result = await letter({ operation: 'complete', letterId: byId('52'), options: { templateId: '4' } });
		expect(requests()).toEqual([{ method: 'PUT', path: '/api/letters/52/complete', query: {}, body: { complete: { template_id: 4 } } }]);
		expect(result.items().map((i) => i.json)).toEqual([{ id: 52, action: 'complete', success: true }]);
		expect(api.server.documentBooks.letters.records.get(52)!.status).toBe('COMPLETED');
		expect(api.server.documentBooks.letters.pdfs.has(52)).toBe(true);
	});
});

describe('Billomat › Letter › Download PDF', () => {
	test('GETs the PDF and outputs it as a file named by the letter', async () => {
		const result = await letter({ operation: 'downloadPdf', letterId: byId('51'), binaryPropertyName: 'data' });
		expect(requests()).toEqual([{ method: 'GET', path: '/api/letters/51/pdf', query: { format: 'pdf' }, body: undefined }]);
		const [item] = result.items();
		const pdf = api.server.documentBooks.letters.pdfs.get(51)!.data;
		expect(item.json).toEqual({ letter_id: 51, filename: 'letter_51.pdf', mimetype: 'application/pdf', filesize: pdf.length });
		expect((await binaryBuffer(item.binary!.data)).equals(pdf)).toBe(true);
	});
});

describe('Billomat › Letter › Send by Email', () => {
	test('POSTs the email of a completed letter', async () => {
		const result = await letter({ operation: 'sendEmail', letterId: byId('51'), to: 'info@musterfirma.de', additionalFields: { subject: 'Our letter' } });
		expect(requests()).toEqual([
			{ method: 'POST', path: '/api/letters/51/email', query: {}, body: { email: { recipients: { to: 'info@musterfirma.de' }, subject: 'Our letter' } } },
		]);
		expect(result.items().map((i) => i.json)).toEqual([
			{ id: 51, action: 'sendEmail', success: true, recipients: { to: 'info@musterfirma.de' }, attachments: [] },
		]);
		expect(api.server.documentBooks.letters.emails).toEqual([{ id: 51, email: { recipients: { to: 'info@musterfirma.de' }, subject: 'Our letter' } }]);
	});
});

describe('Billomat › Letter › bad input', () => {
	test.each([
		['a letter ID that is not a number (from an expression)', { operation: 'get', letterId: byId('={{ "L51" }}') }, /Letter/],
		['a supplier ID that is not a number', { operation: 'create', clientId: byId('476'), additionalFields: { supplier_id: 'acme' } }, /Supplier ID/],
		['an unknown date', { operation: 'getAll', returnAll: true, filters: { from: '31.02.2024' } }, /From/],
		['an update without fields', { operation: 'update', letterId: byId('52'), updateFields: {} }, /no field to update/],
	])('%s is refused before any request', async (_title, parameters, message) => {
		const result = await letter(parameters, true);
		expect(String(result.items()[0].json.error)).toMatch(message);
		expect(api.server.received()).toEqual([]);
	});
});
