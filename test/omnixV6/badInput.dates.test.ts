// Dates that used to reach Omnix V6 wrong (issue 13): From 20121212 (yyyyMMdd) was read as
// ddMMyyyy, 20/12/1212, and year 0001 was sent. The one date-input helper (nodes/shared/dates.ts)
// reads eight digits as yyyyMMdd when that is a plausible date, and refuses a year outside
// 1900–2100 before any request, with the item and the fix.
import type { INode } from 'n8n-workflow';

import { readDate } from '../../nodes/shared/dates';
import { OMNIX_DEMO_API_KEY, OmnixSandbox } from '../../sandbox/omnixV6';
import { runWorkflow, subjectWorkflow } from '../harness/engine';
import { useSandbox } from '../harness/sandbox';

const api = useSandbox(() => new OmnixSandbox());
const credentials = () => ({ omnixV6Api: { domain: api.url, apiKey: OMNIX_DEMO_API_KEY } });

async function getMany(fromDate: unknown, toDate: unknown) {
	return await runWorkflow(
		subjectWorkflow({
			type: 'omnix',
			parameters: { resource: 'invoice', operation: 'getAll', returnAll: true, fromDate, toDate } as never,
			credentials: ['omnixV6Api'],
		}),
		{ credentials: credentials() },
	);
}

const YEAR_HINT = 'Check the year: dates from 1900 to 2100 are accepted. Pick a date, or give an ISO date (2024-01-31) or ddMMyyyy (31012024).';

describe('Omnix V6 › Invoice › Get Many › the range as users type it', () => {
	test.each([
		['20121212', '20121231', '12122012', '31122012'],
		['20180124', '25012018', '24012018', '25012018'],
		['24012018', '2018-01-25', '24012018', '25012018'],
		['={{ DateTime.fromISO("2018-01-24T23:30:00+10:00") }}', '={{ $now.set({ year: 2018, month: 1, day: 31 }) }}', '24012018', '31012018'],
	])('From %j and To %j are sent as %s–%s', async (from, to, fromDate, toDate) => {
		const result = await getMany(from, to);
		expect(result.error()).toBeUndefined();
		expect(api.server.received().map((r) => r.query)).toEqual([{ fromDate, toDate }]);
	});

	test.each([
		['0001-01-01', 'Item 0: "From" ("0001-01-01") is in the year 1, outside 1900–2100'],
		['01010001', 'Item 0: "From" ("01010001") is in the year 1, outside 1900–2100'],
		['20/12/1212', 'Item 0: "From" ("20/12/1212") is in the year 1212, outside 1900–2100'],
		['={{ DateTime.fromISO("0001-01-01") }}', 'Item 0: "From" ("0001-01-01T00:00:00.000Z") is in the year 1, outside 1900–2100'],
	])('From %j is refused before any request', async (from, message) => {
		const result = await getMany(from, '2018-01-31');
		expect(result.error()?.message).toBe(message);
		expect(result.error()?.description).toBe(YEAR_HINT);
		expect(result.error()?.context?.itemIndex).toBe(0);
		expect(api.server.received()).toEqual([]);
	});

	test('a To in 2101 is refused too', async () => {
		const result = await getMany('2018-01-01', '01012101');
		expect(result.error()?.message).toBe('Item 0: "To" ("01012101") is in the year 2101, outside 1900–2100');
		expect(api.server.received()).toEqual([]);
	});

	test('eight digits that are no date in any reading are "not a date"', async () => {
		const result = await getMany('20181399', '2018-01-31');
		expect(result.error()?.message).toBe('Item 0: "From" ("20181399") is not a date');
		expect(result.error()?.description).toBe('Pick a date, or give an ISO date (2024-01-31) or ddMMyyyy (31012024).');
		expect(api.server.received()).toEqual([]);
	});
});

describe('the shared date-input helper › eight digits with two plausible readings', () => {
	// Omnix V6's ddMMyyyy and yyyyMMdd never both give a year in 1900–2100 (the month would be 19–21);
	// a provider that also took MMddyyyy could meet 01022018, which is refused with the fix.
	const node: INode = { id: 'n', name: 'Node', type: 'test', typeVersion: 1, position: [0, 0], parameters: {} };
	const spec = { format: 'ddMMyyyy', accepts: ['MMddyyyy'], examples: 'an ISO date (2024-01-31)' };

	test('is refused as ambiguous, naming both readings', () => {
		expect(() => readDate(node, 3, 'From', '01022018', spec)).toThrow('Item 3: "From" ("01022018") can be read as 2018-02-01 or 2018-01-02');
		try {
			readDate(node, 3, 'From', '01022018', spec);
		} catch (error) {
			expect((error as { description?: string }).description).toBe('Write the date with separators so it has one reading: an ISO date (2024-01-31).');
		}
	});

	test('one plausible reading is taken', () => {
		expect(readDate(node, 0, 'From', '13022018', spec)?.toISODate()).toBe('2018-02-13');
		expect(readDate(node, 0, 'From', '01012018', spec)?.toISODate()).toBe('2018-01-01');
	});
});
