// Omnix V6 › Manifest › Create: POST {domain}/v6-api/rest/manifests, "Create new Manifest" on
// "V6RESTful APIs - Manifests" (https://www.omnix.com.au/v6-restful-apis-manifests). Both stored
// revisions' examples are sent field for field; both replies are read: the newest's
// {"manifestId", "manifestNo"} and the older ones' 201 {"httpStatusCode", "msg"}. Never sent twice.
import { OMNIX_DEMO_API_KEY, OmnixSandbox } from '../../sandbox/omnixV6';
import { consignmentsOf } from '../../sandbox/omnixV6/consignments';
import { manifestsOf } from '../../sandbox/omnixV6/manifests';
import { runWorkflow, subjectWorkflow } from '../harness/engine';
import { expectRefusedBeforeAnyRequest, useSandbox } from '../harness/sandbox';
import type { FixtureItem } from '../harness/testNodes';

const api = useSandbox(() => new OmnixSandbox());
const credentials = () => ({ omnixV6Api: { domain: api.url, apiKey: OMNIX_DEMO_API_KEY } });

function book(...connotes: string[]): void {
	for (const connoteNo of connotes) consignmentsOf(api.server).consignments.push({ connoteNo, customer: 'CAPH12' });
}

function create(parameters: Record<string, unknown>, input?: FixtureItem[], continueOnFail = false) {
	return subjectWorkflow(
		{
			type: 'omnix',
			parameters: { resource: 'manifest', operation: 'create', ...parameters } as never,
			credentials: ['omnixV6Api'],
			continueOnFail,
		},
		input,
	);
}
const run = async (workflow: ReturnType<typeof create>) => await runWorkflow(workflow, { credentials: credentials() });
const posted = () => api.server.received('POST', '/manifests');
const bodyText = (n = 0) => posted()[n].body.toString('utf8');

/** The newest revision's example, as node parameters. */
const NEWEST = {
	manifestDate: '2025-10-20T00:00:00',
	connoteNos: 'C28256, C28257, C28258',
	additionalFields: {
		departureDate: '2025-10-20T00:00:00',
		departureTime: '12:00',
		estimatedArrivalDate: '2025-10-20',
		estimatedArrivalTime: '12:00',
		fullLoadCategory: 'MC',
		halfLoadCategory: 'LC',
		fromLocationCode: 'TOOWONG',
		fromLocationSuburb: 'TOOWONG',
		fromLocationPostcode: '4066',
		fromLocationState: 'QLD',
		toLocationCode: 'CASTLEH',
		toLocationSuburb: 'CASTLE HILL',
		toLocationPostcode: '2154',
		toLocationState: 'NSW',
		agent: 'APT',
		carrier: '22',
		vehicle: '22',
		driver: '22',
		fromDepot: 'QLDD',
		toDepot: 'NSWD',
		tripNo: 'J8943',
		description: 'overnight run',
	},
};

describe('Omnix V6 › Manifest › Create', () => {
	beforeEach(() => book('C28256', 'C28257', 'C28258'));

	test('the newest revision’s example: POST /v6-api/rest/manifests, its body field for field, the manifest V6 sent back', async () => {
		const result = await run(create(NEWEST));
		const [request, ...more] = api.server.received();
		expect(more).toHaveLength(0);
		expect([request.method, request.path, request.query]).toEqual(['POST', '/v6-api/rest/manifests', {}]);
		expect(request.headers.authorization).toBe(`ApiKey ${OMNIX_DEMO_API_KEY}`);
		expect(request.headers['content-type']).toMatch(/^application\/json/);
		expect(request.body.toString('utf8')).toBe(
			'{"manifestDate":"2025-10-20","departureDate":"2025-10-20","departureTime":"12:00","estimatedArrivalDate":"2025-10-20","estimatedArrivalTime":"12:00",' +
				'"fullLoadCategory":"MC","halfLoadCategory":"LC","fromLocationCode":"TOOWONG","fromLocationSuburb":"TOOWONG","fromLocationPostcode":"4066","fromLocationState":"QLD",' +
				'"toLocationCode":"CASTLEH","toLocationSuburb":"CASTLE HILL","toLocationPostcode":"2154","toLocationState":"NSW","agent":"APT","carrier":"22","vehicle":"22","driver":"22",' +
				'"fromDepot":"QLDD","toDepot":"NSWD","tripNo":"J8943","description":"overnight run","manifestedConsignments":["C28256","C28257","C28258"]}',
		);
		expect(result.items()).toEqual([
			{ json: { created: true, manifestId: 12345, manifestNo: 'M12345', manifestedConsignments: ['C28256', 'C28257', 'C28258'] }, pairedItem: { item: 0 } },
		]);
		expect(manifestsOf(api.server).manifests.find((m) => m.manifestNo === 'M12345')?.connoteNos).toEqual(['C28256', 'C28257', 'C28258']);
	});

	test('the older revisions’ example (flags, doc status, stage, hours) and their reply: 201 {"httpStatusCode", "msg"}, output with the msg', async () => {
		manifestsOf(api.server).createManifestReply = 'message';
		const result = await run(
			create({
				manifestDate: '2018-03-26',
				connoteNos: 'C28256',
				additionalFields: {
					departureDate: '2018-03-27',
					departureTime: '12:00',
					estimatedArrivalDate: '2018-03-30',
					estimatedArrivalTime: '12:00',
					complete: false,
					docStatus: 'ACTIVE',
					stage: 'NEW',
					fullLoadCategory: 'MC',
					fromLocationCode: 'TOOWONG',
					fromLocationSuburb: 'TOOWONG',
					fromLocationPostcode: '4066',
					fromLocationState: 'QLD',
					toLocationCode: 'TOOWONG',
					agent: 'APT',
					fromDepot: 'ACR',
					toDepot: 'ACR',
					hours: '1:00',
					manualCharge: true,
					usePercentage: true,
					hourlyCharge: true,
					dangerousGood: true,
				},
			}),
		);
		expect(bodyText()).toBe(
			'{"manifestDate":"2018-03-26","departureDate":"2018-03-27","departureTime":"12:00","estimatedArrivalDate":"2018-03-30","estimatedArrivalTime":"12:00",' +
				'"complete":false,"docStatus":"ACTIVE","stage":"NEW","fullLoadCategory":"MC","fromLocationCode":"TOOWONG","fromLocationSuburb":"TOOWONG","fromLocationPostcode":"4066",' +
				'"fromLocationState":"QLD","toLocationCode":"TOOWONG","agent":"APT","fromDepot":"ACR","toDepot":"ACR","hours":"01:00","manualCharge":true,"usePercentage":true,' +
				'"hourlyCharge":true,"dangerousGood":true,"manifestedConsignments":["C28256"]}',
		);
		expect(result.items()).toEqual([
			{ json: { created: true, msg: 'Created: Manifest successfully created', manifestedConsignments: ['C28256'] }, pairedItem: { item: 0 } },
		]);
	});

	test('only the manifest date: no other field is sent (empty fields are left out), no consignments', async () => {
		const result = await run(create({ manifestDate: '2025-10-20', connoteNos: ' ', additionalFields: { tripNo: ' ', description: '' } }));
		expect(bodyText()).toBe('{"manifestDate":"2025-10-20"}');
		expect(result.items().map((i) => i.json)).toEqual([{ created: true, manifestId: 12345, manifestNo: 'M12345', manifestedConsignments: [] }]);
	});

	test('Other Fields (JSON) go after the named ones, their empty values left out; one request per item', async () => {
		const result = await run(
			create({ manifestDate: '={{ $json.date }}', additionalFields: { otherFields: '{"runSheet": "R1", "note": ""}' } }, [
				{ json: { date: '2025-10-20' } },
				{ json: { date: '2025-10-21' } },
			]),
		);
		expect([bodyText(0), bodyText(1)]).toEqual(['{"manifestDate":"2025-10-20","runSheet":"R1"}', '{"manifestDate":"2025-10-21","runSheet":"R1"}']);
		expect(result.items().map((i) => [i.json.manifestNo, i.pairedItem])).toEqual([
			['M12345', { item: 0 }],
			['M12346', { item: 1 }],
		]);
	});

	test('a manifest created here takes more consignments through Consignment › Manifest, by its number', async () => {
		const created = await run(create({ manifestDate: '2025-10-20', connoteNos: 'C28256' }));
		const manifestNo = created.items()[0].json.manifestNo as string;
		const added = await runWorkflow(
			subjectWorkflow({ type: 'omnix', parameters: { resource: 'consignment', operation: 'manifest', connoteNos: 'C28257', manifestNo } as never, credentials: ['omnixV6Api'] }),
			{ credentials: credentials() },
		);
		expect(added.items()[0].json).toEqual({ manifestId: 12345, manifestNo, connoteNos: ['C28257'] });
		expect(manifestsOf(api.server).manifests.find((m) => m.manifestNo === manifestNo)?.connoteNos).toEqual(['C28256', 'C28257']);
	});

	describe('the reply', () => {
		test('a reply that is neither a manifest nor a message is an error naming both', async () => {
			api.server.injectFault({ kind: 'reply', reply: { status: 200, headers: { 'Content-Type': 'application/json' }, body: '{"ok":true}' } });
			const result = await run(create({ manifestDate: '2025-10-20' }));
			expect(result.error()?.message).toBe(
				'Omnix V6 error 200: Expected the manifest ({"manifestId": …, "manifestNo": …}) or a message ({"httpStatusCode": …, "msg": …}) but got an object with the key "ok"',
			);
		});

		test('the newest reply with a 201 status is read the same', async () => {
			api.server.injectFault({ kind: 'reply', reply: { status: 201, headers: { 'Content-Type': 'application/json' }, body: '{"manifestId":7,"manifestNo":"M7"}' } });
			const result = await run(create({ manifestDate: '2025-10-20' }));
			expect(result.items().map((i) => i.json)).toEqual([{ created: true, manifestId: 7, manifestNo: 'M7', manifestedConsignments: [] }]);
		});
	});

	describe('Omnix V6’s refusals keep its code and violations', () => {
		test('a consignment V6 does not hold, and one already on a manifest', async () => {
			await run(create({ manifestDate: '2025-10-20', connoteNos: 'C28256' }));
			const result = await run(create({ manifestDate: '2025-10-20', connoteNos: 'NOPE1, C28256' }));
			expect(result.error()?.message).toBe('Omnix V6 error 400: Bad Request');
			expect(result.error()?.description).toContain('manifestedConsignments[0] - not found - connote NOPE1 does not exist');
			expect(result.error()?.description).toContain('manifestedConsignments[1] - already manifested - connote C28256 is on manifest M12345');
		});

		test('a field V6 does not know, with the unrecognized-field reading on', async () => {
			manifestsOf(api.server).strictManifestFields = true;
			const result = await run(create({ manifestDate: '2025-10-20', additionalFields: { otherFields: '{"runSheet": "R1"}' } }));
			expect(result.error()?.description).toContain('runSheet - unrecognized field - remove it');
		});

		test('a refused API key is the documented 401, the key nowhere in the error', async () => {
			const result = await runWorkflow(create({ manifestDate: '2025-10-20' }), { credentials: { omnixV6Api: { domain: api.url, apiKey: 'wrong-key-123' } } });
			expect(result.error()?.message).toBe('Omnix V6 error 401: Invalid API Key');
			expect(JSON.stringify(result.error())).not.toContain('wrong-key-123');
		});
	});

	test('never sent twice: a 503 after V6 created it (its reply lost) is one request and an error, the manifest kept', async () => {
		api.server.injectFault({ kind: 'server-error', method: 'POST', path: '/manifests', afterHandler: true });
		const result = await run(create({ manifestDate: '2025-10-20' }));
		expect(result.error()?.message).toMatch(/^Omnix V6 error 503/);
		expect(posted()).toHaveLength(1);
		expect(manifestsOf(api.server).created).toHaveLength(1);
	});

	describe('bad input is refused before any request, naming the item and the field', () => {
		test.each([
			['no manifest date (an expression giving nothing)', { manifestDate: '={{ "" }}' }, 'Item 0: "Manifest Date" is empty', 'Pick the date of the manifest, or give an ISO date (2025-10-20).'],
			[
				'a time that is not HH:mm',
				{ manifestDate: '2025-10-20', additionalFields: { departureTime: 'noon' } },
				'Item 0: "Departure Time" ("noon") is not a time',
				'Give the time as HH:mm, e.g. 12:00 (as the Omnix V6 page writes it).',
			],
			[
				'an hour past 23',
				{ manifestDate: '2025-10-20', additionalFields: { estimatedArrivalTime: '24:00' } },
				'Item 0: "Estimated Arrival Time" ("24:00") is not a time',
				'Give the time as HH:mm, e.g. 12:00 (as the Omnix V6 page writes it).',
			],
			[
				'Other Fields repeating a named field',
				{ manifestDate: '2025-10-20', connoteNos: 'C28256', additionalFields: { otherFields: '{"manifestedConsignments": ["C28257"]}' } },
				'Item 0: "Other Fields (JSON)" repeats the field "manifestedConsignments", already given as "Connote Nos"',
				'Give manifestedConsignments once: remove it from Other Fields (JSON), or clear its own field.',
			],
		])('%s', async (_what, parameters, message, description) => {
			const result = await run(create(parameters));
			expectRefusedBeforeAnyRequest(result, api.server, message, description);
		});

		test('a manifest date that is not a date', async () => {
			const result = await run(create({ manifestDate: 'soon' }));
			expect(result.error()?.message).toBe('Item 0: "Manifest Date" ("soon") is not a date');
			expect(api.server.received()).toEqual([]);
		});
	});
});
