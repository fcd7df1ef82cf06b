// The Omnix V6 sandbox's "Create new Manifest" and product CSV import routes, spoken to directly:
// what they refuse and which readings they take, so that the node tests passing through them
// (manifest.create.test.ts, product.importCsv.test.ts) cannot pass with a request V6 would refuse.
import { OMNIX_DEMO_API_KEY, OmnixSandbox } from '../../sandbox/omnixV6';
import { consignmentsOf } from '../../sandbox/omnixV6/consignments';
import { manifestsOf } from '../../sandbox/omnixV6/manifests';
import { productsOf } from '../../sandbox/omnixV6/products';
import { useSandbox } from '../harness/sandbox';

const api = useSandbox(() => new OmnixSandbox());
const send = async (path: string, body: string, contentType: string, apiKey = OMNIX_DEMO_API_KEY) => {
	const response = await fetch(`${api.url}/v6-api/rest${path}`, {
		method: 'POST',
		headers: { Authorization: `ApiKey ${apiKey}`, 'Content-Type': contentType },
		body,
	});
	const text = await response.text();
	return { status: response.status, type: response.headers.get('content-type'), text };
};
const json = async (path: string, body: unknown) => {
	const reply = await send(path, JSON.stringify(body), 'application/json');
	return { status: reply.status, body: reply.text ? (JSON.parse(reply.text) as unknown) : undefined };
};
const refused = (violations: string[]) => ({ status: 400, body: { violations, httpStatusCode: 400, msg: 'Bad Request' } });

describe('Omnix V6 sandbox › POST /manifests (Create new Manifest)', () => {
	beforeEach(() => {
		for (const connoteNo of ['C28256', 'C28257', 'C28258']) consignmentsOf(api.server).consignments.push({ connoteNo, customer: 'CAPH12' });
	});

	test('the newest example’s one entry of joined connotes and the older one-per-entry are both read', async () => {
		expect(await json('/manifests', { manifestDate: '2025-10-20', manifestedConsignments: ['C28256,C28257'] })).toEqual({
			status: 200,
			body: { manifestId: 12345, manifestNo: 'M12345' },
		});
		expect(await json('/manifests', { manifestDate: '2025-10-20', manifestedConsignments: ['C28258'] })).toEqual({
			status: 200,
			body: { manifestId: 12346, manifestNo: 'M12346' },
		});
		expect(manifestsOf(api.server).manifests.slice(-2).map((m) => m.connoteNos)).toEqual([['C28256', 'C28257'], ['C28258']]);
	});

	test('the older revisions’ reply: 201 {"httpStatusCode": 201, "msg"}', async () => {
		manifestsOf(api.server).createManifestReply = 'message';
		expect(await json('/manifests', { manifestDate: '2018-03-26' })).toEqual({
			status: 201,
			body: { httpStatusCode: 201, msg: 'Created: Manifest successfully created' },
		});
	});

	test.each([
		['no manifestDate', {}, ['manifestDate - required field - must exist and must not be empty']],
		['an empty field', { manifestDate: '2025-10-20', tripNo: '' }, ['tripNo - empty value - remove fields with empty or null value from the request']],
		['a date not yyyy-MM-dd', { manifestDate: '20/10/2025' }, ['manifestDate - invalid date - must be in the format yyyy-MM-dd']],
		['a time not HH:mm', { manifestDate: '2025-10-20', hours: '1:00' }, ['hours - invalid time - must be in the format HH:mm']],
		['a flag that is text', { manifestDate: '2025-10-20', complete: 'no' }, ['complete - invalid value - must be true or false']],
		['consignments as text', { manifestDate: '2025-10-20', manifestedConsignments: 'C28256' }, ['manifestedConsignments - invalid value - must be a list of connote numbers']],
		['an unknown connote', { manifestDate: '2025-10-20', manifestedConsignments: ['NOPE'] }, ['manifestedConsignments[0] - not found - connote NOPE does not exist']],
	])('refuses %s (400, V6’s violations), creating nothing', async (_what, body, violations) => {
		expect(await json('/manifests', body)).toEqual(refused(violations));
		expect(manifestsOf(api.server).created).toEqual([]);
	});

	test('a field the examples do not name: accepted, refused with strictManifestFields', async () => {
		expect((await json('/manifests', { manifestDate: '2025-10-20', runSheet: 'R1' })).status).toBe(200);
		manifestsOf(api.server).strictManifestFields = true;
		expect(await json('/manifests', { manifestDate: '2025-10-20', runSheet: 'R1' })).toEqual(refused(['runSheet - unrecognized field - remove it']));
	});
});

describe('Omnix V6 sandbox › POST /products/importcsv (Import Product Setup)', () => {
	const CSV = 'code,description,freightCode\nMAP001,"Map of vinland, framed",CARTON\r\nMAP002,Globe,PALLET\n';

	test('a text/csv body: stored byte for byte with its rows; the reply per switch (json, text, empty)', async () => {
		expect(await send('/products/importcsv', CSV, 'text/csv')).toMatchObject({ status: 200, text: '{"httpStatusCode":200,"msg":"OK: 2 products imported"}' });
		const [stored] = productsOf(api.server).imports;
		expect(stored.bytes.toString('utf8')).toBe(CSV);
		expect(stored.columns).toEqual(['code', 'description', 'freightCode']);
		expect(stored.rows).toEqual([
			{ code: 'MAP001', description: 'Map of vinland, framed', freightCode: 'CARTON' },
			{ code: 'MAP002', description: 'Globe', freightCode: 'PALLET' },
		]);
		productsOf(api.server).importReply = 'text';
		expect(await send('/products/importcsv', CSV, 'text/csv; charset=utf-8')).toMatchObject({ status: 200, type: 'text/plain; charset=utf-8', text: 'OK: 2 products imported' });
		productsOf(api.server).importReply = 'empty';
		expect(await send('/products/importcsv', CSV, 'text/csv')).toMatchObject({ status: 200, text: '' });
	});

	test.each([
		['another content type', CSV, 'application/json', 'Content-Type - unsupported media type - send the CSV file with Content-Type: text/csv (got application/json)'],
		['an empty body', '  \n', 'text/csv', 'request body - empty - send the CSV file as the request body'],
		['a header row only', 'code,description\n', 'text/csv', 'request body - no products - the CSV file has a header row only'],
	])('refuses %s (400, V6’s violation format), storing nothing', async (_what, body, type, violation) => {
		const reply = await send('/products/importcsv', body, type);
		expect([reply.status, JSON.parse(reply.text)]).toEqual([400, { violations: [violation], httpStatusCode: 400, msg: 'Bad Request' }]);
		expect(productsOf(api.server).imports).toEqual([]);
	});

	test('a wrong API key is V6’s 401', async () => {
		expect((await send('/products/importcsv', CSV, 'text/csv', 'nope')).status).toBe(401);
	});
});
