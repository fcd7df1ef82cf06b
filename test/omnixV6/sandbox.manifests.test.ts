// The Omnix V6 sandbox's manifest route, spoken to directly: what it refuses, so that the node
// tests (consignment.manifest.test.ts), which pass through it, cannot pass with a body V6 would refuse.
import { OMNIX_DEMO_API_KEY, OmnixSandbox } from '../../sandbox/omnixV6';
import { manifestsOf } from '../../sandbox/omnixV6/manifests';
import { useSandbox } from '../harness/sandbox';

const api = useSandbox(() => new OmnixSandbox());
const post = async (body: unknown, apiKey = OMNIX_DEMO_API_KEY) => {
	const response = await fetch(`${api.url}/v6-api/rest/manifests/manifestConsignments`, {
		method: 'POST',
		headers: { Authorization: `ApiKey ${apiKey}`, 'Content-Type': 'application/json' },
		body: typeof body === 'string' ? body : JSON.stringify(body),
	});
	const text = await response.text();
	return { status: response.status, body: text ? (JSON.parse(text) as Record<string, unknown>) : undefined };
};
const refused = (violations: string[]) => ({ status: 400, body: { violations, httpStatusCode: 400, msg: 'Bad Request' } });

describe('Omnix V6 sandbox › POST /manifests/manifestConsignments', () => {
	test('without manifestNo a new manifest (M12345, the page’s example); with it, that manifest', async () => {
		expect(await post({ connoteNos: ['TOLL123456'] })).toEqual({ status: 200, body: { manifestId: 12345, manifestNo: 'M12345' } });
		expect(manifestsOf(api.server).manifests.at(-1)).toEqual({ manifestId: 12345, manifestNo: 'M12345', connoteNos: ['TOLL123456'] });
		expect(await post({ connoteNos: ['TOLL123456'], manifestNo: 'M12345' })).toEqual({ status: 200, body: { manifestId: 12345, manifestNo: 'M12345' } });
	});

	test.each([
		['no connoteNos', { manifestNo: 'M123456' }, ['connoteNos - required field - must exist and must not be empty']],
		['an empty list', { connoteNos: [] }, ['connoteNos - invalid value - must be a non-empty list of connote numbers']],
		['text instead of a list', { connoteNos: 'TOLL123456' }, ['connoteNos - invalid value - must be a non-empty list of connote numbers']],
		['an empty or null field', { connoteNos: ['TOLL123456'], manifestNo: '' }, ['manifestNo - empty value - remove fields with empty or null value from the request']],
		['an unknown connote and manifest', { connoteNos: ['X1', 7], manifestNo: 'M9' }, ['connoteNos[0] - not found - connote X1 does not exist', 'connoteNos[1] - invalid value - must be a connote number', 'manifestNo - not found - manifest M9 does not exist']],
		['a field the page does not name', { connoteNos: ['TOLL123456'], manifestDate: '2025-10-20' }, ['manifestDate - unrecognized field - remove it']],
		['not JSON', '{connoteNos:', ['request body - invalid JSON - send {"connoteNos": [...], "manifestNo": "..."} as a JSON object']],
	])('refuses %s (400, V6’s violation format)', async (_what, body, violations) => {
		expect(await post(body)).toEqual(refused(violations));
		expect(manifestsOf(api.server).manifests).toHaveLength(1);
	});

	test('a connote already on another manifest is refused (the emulation’s choice)', async () => {
		await post({ connoteNos: ['TOLL123456'], manifestNo: 'M123456' });
		expect(await post({ connoteNos: ['TOLL123456'] })).toEqual(refused(['connoteNos[0] - already manifested - connote TOLL123456 is on manifest M123456']));
	});

	test('the 201 reading, and the documented 401', async () => {
		manifestsOf(api.server).manifestReplyStatus = 201;
		expect((await post({ connoteNos: ['TOLL123456'] })).status).toBe(201);
		expect(await post({ connoteNos: ['TOLL123456'] }, 'wrong')).toEqual({ status: 401, body: { httpStatusCode: 401, msg: 'Invalid API Key' } });
	});
});
