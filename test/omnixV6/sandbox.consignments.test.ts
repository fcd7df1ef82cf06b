// The Omnix V6 sandbox's consignment and master data routes, spoken to directly: what it refuses
// (so that the node tests above, which pass through it, cannot pass with a body V6 would refuse).
import { OMNIX_DEMO_API_KEY, OmnixSandbox } from '../../sandbox/omnixV6';
import { consignmentsOf } from '../../sandbox/omnixV6/consignments';
import { useSandbox } from '../harness/sandbox';

const api = useSandbox(() => new OmnixSandbox());
const post = async (body: unknown, apiKey = OMNIX_DEMO_API_KEY) => {
	const response = await fetch(`${api.url}/v6-api/rest/consignments`, {
		method: 'POST',
		headers: { Authorization: `ApiKey ${apiKey}`, 'Content-Type': 'application/json' },
		body: typeof body === 'string' ? body : JSON.stringify(body),
	});
	const text = await response.text();
	return { status: response.status, body: text ? (JSON.parse(text) as Record<string, unknown>) : undefined };
};

describe('Omnix V6 sandbox › POST /consignments', () => {
	test('a consignment with its connote and customer is stored and sent back', async () => {
		const reply = await post({ connoteNo: 'S1', customer: '001', totalWeight: 5, freightLines: [{ itemCode: 'TEST1', quantity: '2' }] });
		expect(reply).toEqual({ status: 200, body: { connoteNo: 'S1', customer: '001', totalWeight: 5, freightLines: [{ itemCode: 'TEST1', quantity: '2' }] } });
		expect(consignmentsOf(api.server).consignments.map((c) => c.connoteNo)).toEqual(['TOLL123456', 'S1']);
	});

	test.each([
		['an empty or null field', { connoteNo: 'S2', customer: '001', note: '', senderName: null }, ['note - empty value - remove fields with empty or null value from the request', 'senderName - empty value - remove fields with empty or null value from the request']],
		['a missing connote and customer', { note: 'x' }, ['connoteNo - required field - must exist and must not be empty', 'customer - required field - must exist and must not be empty']],
		['dates not in the example’s formats', { connoteNo: 'S3', customer: '001', connoteDate: '11/03/2006', pickupDate: '2017-03-03T14:30' }, ['connoteDate - invalid format - must be yyyy-MM-dd', 'pickupDate - invalid format - must be yyyy-MM-dd HH:mm']],
		['a pickup after the delivery', { connoteNo: 'S4', customer: '001', pickupDate: '2017-03-12 08:00', deliveryDate: '2017-03-12 07:00' }, ['pickupDate, deliveryDate - invalid date range - pick up date must be before delivery date']],
		['numbers that are not', { connoteNo: 'S5', customer: '001', totalWeight: '12kg', freightLines: [{ quantity: 'two', scanCodes: 'A1' }] }, ['totalWeight - invalid number - must be a number', 'freightLines[0].quantity - invalid number - must be a number', 'freightLines[0].scanCodes - invalid value - must be a list of scan codes']],
		['an existing connote number', { connoteNo: 'TOLL123456', customer: 'CAPH12' }, ['connoteNo - duplicate value - connote TOLL123456 already exists']],
	])('%s: 400 with V6’s violations', async (_what, body, violations) => {
		expect(await post(body)).toEqual({ status: 400, body: { violations, httpStatusCode: 400, msg: 'Bad Request' } });
		expect(consignmentsOf(api.server).consignments).toHaveLength(1);
	});

	test('a body that is no JSON object', async () => {
		expect((await post('[1]')).body?.violations).toEqual(['request body - invalid value - send the consignment as a JSON object']);
		expect((await post('{oops')).body?.violations).toEqual(['request body - invalid JSON - send the consignment as a JSON object']);
	});

	test('a wrong key: the documented 401', async () => {
		expect(await post({ connoteNo: 'S6', customer: '001' }, 'nope')).toEqual({ status: 401, body: { httpStatusCode: 401, msg: 'Invalid API Key' } });
	});

	test('reset brings back the demo consignment and the default readings', async () => {
		const state = consignmentsOf(api.server);
		state.createReply = 'empty';
		await post({ connoteNo: 'S7', customer: '001' });
		api.server.reset();
		expect(consignmentsOf(api.server)).toMatchObject({ createReply: 'consignment', strictFields: false });
		expect(consignmentsOf(api.server).consignments.map((c) => c.connoteNo)).toEqual(['TOLL123456']);
	});
});
