// Omnix V6 › Product › Import CSV: POST {domain}/v6-api/rest/products/importcsv, "Import Product
// Setup" on "V6RESTful APIs - Master Data" (https://www.omnix.com.au/v6-restful-apis-master-data):
// `Content-Type: text/csv`, the user's file as the body byte for byte. The page gives no reply:
// a JSON object's fields, or the text under `reply`, or nothing, each with `imported: true`.
import { OMNIX_DEMO_API_KEY, OmnixSandbox } from '../../sandbox/omnixV6';
import { productsOf } from '../../sandbox/omnixV6/products';
import { runWorkflow, subjectWorkflow } from '../harness/engine';
import { expectRefusedBeforeAnyRequest, useSandbox } from '../harness/sandbox';
import type { FixtureItem } from '../harness/testNodes';

const api = useSandbox(() => new OmnixSandbox());
const credentials = () => ({ omnixV6Api: { domain: api.url, apiKey: OMNIX_DEMO_API_KEY } });

// A BOM, a quoted comma, CRLF and LF line ends and a non-ASCII character: all must arrive untouched.
const CSV = Buffer.from('\uFEFFcode,description,freightCode\r\nMAP001,"Map of Vínland, framed",CARTON\nMAP002,Globe,PALLET\n', 'utf8');
const csvItem = (bytes: Buffer = CSV, property = 'data', fileName = 'products.csv'): FixtureItem => ({
	json: {},
	binary: { [property]: { base64: bytes.toString('base64'), fileName, mimeType: 'text/csv' } },
});

function importCsv(parameters: Record<string, unknown> = {}, input: FixtureItem[] = [csvItem()], continueOnFail = false) {
	return subjectWorkflow(
		{
			type: 'omnix',
			parameters: { resource: 'product', operation: 'importCsv', ...parameters } as never,
			credentials: ['omnixV6Api'],
			continueOnFail,
		},
		input,
	);
}
const run = async (workflow: ReturnType<typeof importCsv>) => await runWorkflow(workflow, { credentials: credentials() });
const posted = () => api.server.received('POST', '/products/importcsv');

describe('Omnix V6 › Product › Import CSV', () => {
	test('POST /v6-api/rest/products/importcsv: the file’s exact bytes as the body, Content-Type text/csv; V6’s JSON reply output with imported: true', async () => {
		const result = await run(importCsv());
		const [request, ...more] = api.server.received();
		expect(more).toHaveLength(0);
		expect([request.method, request.path, request.query]).toEqual(['POST', '/v6-api/rest/products/importcsv', {}]);
		expect(request.headers.authorization).toBe(`ApiKey ${OMNIX_DEMO_API_KEY}`);
		expect(request.headers['content-type']).toBe('text/csv');
		expect(Buffer.compare(request.body, CSV)).toBe(0);
		expect(productsOf(api.server).imports[0].rows).toEqual([
			{ code: 'MAP001', description: 'Map of Vínland, framed', freightCode: 'CARTON' },
			{ code: 'MAP002', description: 'Globe', freightCode: 'PALLET' },
		]);
		expect(result.items()).toEqual([
			{
				json: { imported: true, statusCode: 200, fileName: 'products.csv', bytes: CSV.length, httpStatusCode: 200, msg: 'OK: 2 products imported' },
				pairedItem: { item: 0 },
			},
		]);
	});

	test('a text reply is output under `reply`; an empty one as imported: true alone', async () => {
		productsOf(api.server).importReply = 'text';
		const text = await run(importCsv());
		expect(text.items().map((i) => i.json)).toEqual([{ imported: true, statusCode: 200, fileName: 'products.csv', bytes: CSV.length, reply: 'OK: 2 products imported' }]);
		productsOf(api.server).importReply = 'empty';
		const empty = await run(importCsv());
		expect(empty.items().map((i) => i.json)).toEqual([{ imported: true, statusCode: 200, fileName: 'products.csv', bytes: CSV.length }]);
	});

	test('any 2xx is read: a 201 with a JSON list puts the list under `reply`', async () => {
		api.server.injectFault({ kind: 'reply', reply: { status: 201, headers: { 'Content-Type': 'application/json' }, body: '["MAP001","MAP002"]' } });
		const result = await run(importCsv());
		expect(result.items().map((i) => i.json)).toEqual([{ imported: true, statusCode: 201, fileName: 'products.csv', bytes: CSV.length, reply: ['MAP001', 'MAP002'] }]);
	});

	test('the file from another binary field; one request per item, each with its own file', async () => {
		const second = Buffer.from('code,description\nGLB1,Globe\n', 'utf8');
		const result = await run(importCsv({ binaryPropertyName: 'sheet' }, [csvItem(CSV, 'sheet'), csvItem(second, 'sheet', 'more.csv')]));
		expect(posted().map((r) => r.body.toString('utf8'))).toEqual([CSV.toString('utf8'), second.toString('utf8')]);
		expect(result.items().map((i) => [i.json.fileName, i.json.msg, i.pairedItem])).toEqual([
			['products.csv', 'OK: 2 products imported', { item: 0 }],
			['more.csv', 'OK: 1 products imported', { item: 1 }],
		]);
	});

	describe('replies that are not an import', () => {
		test('a JSON reply that cannot be read is an error', async () => {
			api.server.injectFault({ kind: 'reply', reply: { status: 200, headers: { 'Content-Type': 'application/json' }, body: '{"msg": "cut' } });
			const result = await run(importCsv());
			expect(result.error()?.message).toBe('Omnix V6 error 200: Expected JSON but got a reply that could not be read (application/json, 12 bytes, possibly cut off)');
		});

		test('an XML reply is neither JSON nor text: an error', async () => {
			api.server.injectFault({ kind: 'reply', reply: { status: 200, headers: { 'Content-Type': 'application/xml' }, body: '<ok/>' } });
			const result = await run(importCsv());
			expect(result.error()?.message).toMatch(/^Omnix V6 error 200: Expected JSON or text but got /);
		});
	});

	describe('Omnix V6’s refusals keep its code and violations', () => {
		test('a 400 with violations', async () => {
			const result = await run(importCsv({}, [csvItem(Buffer.from('code,description\n'))]));
			expect(result.error()?.message).toBe('Omnix V6 error 400: Bad Request');
			expect(result.error()?.description).toContain('request body - no products - the CSV file has a header row only');
		});

		test('a refused API key is the documented 401, the key nowhere in the error', async () => {
			const result = await runWorkflow(importCsv(), { credentials: { omnixV6Api: { domain: api.url, apiKey: 'wrong-key-123' } } });
			expect(result.error()?.message).toBe('Omnix V6 error 401: Invalid API Key');
			expect(JSON.stringify(result.error())).not.toContain('wrong-key-123');
		});

		test('under Continue On Fail: the failed item gets its error, the next is imported', async () => {
			const result = await run(importCsv({}, [csvItem(Buffer.from('code\n')), csvItem()], true));
			expect(result.items().map((i) => [i.json.error ?? i.json.msg, i.pairedItem])).toEqual([
				['Omnix V6 error 400: Bad Request', { item: 0 }],
				['OK: 2 products imported', { item: 1 }],
			]);
		});
	});

	test('never sent twice: a 503 after V6 imported the file (its reply lost) is one request and an error', async () => {
		api.server.injectFault({ kind: 'server-error', method: 'POST', path: '/products/importcsv', afterHandler: true });
		const result = await run(importCsv());
		expect(result.error()?.message).toMatch(/^Omnix V6 error 503/);
		expect(posted()).toHaveLength(1);
		expect(productsOf(api.server).imports).toHaveLength(1);
	});

	describe('bad input is refused before any request, naming the item and the field', () => {
		test('no binary field of that name', async () => {
			const result = await run(importCsv({ binaryPropertyName: 'file' }));
			expectRefusedBeforeAnyRequest(result, api.server, 'Item 0: there is no binary property "file" on the input item', 'The item has binary properties: data. Set the property name to one of them.');
		});

		test('an item without binary data', async () => {
			const result = await run(importCsv({}, [{ json: { code: 'MAP001' } }]));
			expectRefusedBeforeAnyRequest(
				result,
				api.server,
				'Item 0: there is no binary property "data" on the input item',
				'The item carries no binary data. Add a node before this one that reads or downloads the file.',
			);
		});

		test.each([
			['an empty file', Buffer.alloc(0)],
			['a file of blanks only', Buffer.from(' \r\n\n')],
		])('%s', async (_what, bytes) => {
			const result = await run(importCsv({}, [csvItem(bytes)]));
			expectRefusedBeforeAnyRequest(
				result,
				api.server,
				'Item 0: the file "products.csv" in binary property "data" is empty',
				'Give the CSV file with the products to import (the same columns as the import in the V6 web application).',
			);
		});
	});
});
