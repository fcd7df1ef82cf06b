// Omnix V6 › Consignment › Create: POST {domain}/v6-api/rest/consignments, from "V6RESTful APIs -
// Consignments" (https://www.omnix.com.au/v6-restful-apis-consignments): the consignment as JSON,
// without its empty fields; dates as the page's example writes them; never sent twice.
import { OMNIX_DEMO_API_KEY, OmnixSandbox } from '../../sandbox/omnixV6';
import { consignmentsOf } from '../../sandbox/omnixV6/consignments';
import { runWorkflow, subjectWorkflow } from '../harness/engine';
import { expectRefusedBeforeAnyRequest, useSandbox } from '../harness/sandbox';
import type { FixtureItem } from '../harness/testNodes';

const api = useSandbox(() => new OmnixSandbox());
const credentials = () => ({ omnixV6Api: { domain: api.url, apiKey: OMNIX_DEMO_API_KEY } });

function create(parameters: Record<string, unknown>, input?: FixtureItem[], continueOnFail = false) {
	return subjectWorkflow(
		{
			type: 'omnix',
			parameters: { resource: 'consignment', operation: 'create', connoteNo: 'VIN0001', customer: 'CAPH12', ...parameters } as never,
			credentials: ['omnixV6Api'],
			continueOnFail,
		},
		input,
	);
}
const run = async (workflow: ReturnType<typeof create>) => await runWorkflow(workflow, { credentials: credentials() });
const posted = () => api.server.received('POST', '/consignments');
const bodyOf = (n = 0) => JSON.parse(posted()[n].body.toString('utf8')) as Record<string, unknown>;

/** The page's example consignment, as the node's fields give it. */
const EXAMPLE_FIELDS = {
	connoteDate: '2006-03-11',
	senderName: "Eriksson's Explorers",
	senderAddress1: '970 Greenland Rd',
	senderSuburb: 'GREENLANDS',
	senderPostcode: '2330',
	senderState: 'NSW',
	senderContact: 'Leif Eriksson',
	senderPhone: '066 223355',
	senderEmail: 'sender@mail.com',
	pickupDate: '2017-03-03T14:30:00',
	receiverName: 'Herjolfsson Fishmongers',
	receiverAddress1: '812 Vinland Rd',
	receiverSuburb: 'AMERICAN RIVER',
	receiverPostcode: '5221',
	receiverState: 'SA',
	receiverContact: 'Bjarni Herjolfsson',
	receiverPhone: '08 9213 0034',
	receiverEmail: 'receiver@mail.com',
	deliveryDate: '2017-03-12T07:00:00',
	totalWeight: 128,
	totalVolume: 4.15,
	senderReference: 'ABA1345',
	description: 'Maps and paperwork',
	specialInstructions: "Sail past the coral reef at Bjorn's point",
	note: 'Please ensure all paperwork is kept sealed and waterproof',
	jobType: 'ROAD',
	serviceType: 'SITE1',
	vehicleType: 'TRUCK3T',
	docAmount: 0,
};
const EXAMPLE_LINE = {
	itemCode: 'MAP001',
	scanCodes: 'MPAG10293456',
	freightCode: 'ENVELOPE',
	itemReference: 'ABA1345-01/01',
	description: 'Map of vinland',
	quantity: 1,
	labels: 20,
	totalWeight: 10,
	totalVolume: 0.1,
	length: 0.1,
	width: 0.1,
	height: 0.5,
	weight: 0.5,
};

/** The body the page's example shows, for that consignment (with this test's connote number). */
const EXAMPLE_BODY = {
	connoteNo: 'VIN0001',
	connoteDate: '2006-03-11',
	customer: 'CAPH12',
	senderName: "Eriksson's Explorers",
	senderAddress1: '970 Greenland Rd',
	senderSuburb: 'GREENLANDS',
	senderPostcode: '2330',
	senderState: 'NSW',
	senderContact: 'Leif Eriksson',
	senderPhone: '066 223355',
	senderEmail: 'sender@mail.com',
	pickupDate: '2017-03-03 14:30',
	receiverName: 'Herjolfsson Fishmongers',
	receiverAddress1: '812 Vinland Rd',
	receiverSuburb: 'AMERICAN RIVER',
	receiverPostcode: '5221',
	receiverState: 'SA',
	receiverContact: 'Bjarni Herjolfsson',
	receiverPhone: '08 9213 0034',
	receiverEmail: 'receiver@mail.com',
	deliveryDate: '2017-03-12 07:00',
	totalWeight: '128',
	totalVolume: '4.15',
	senderReference: 'ABA1345',
	description: 'Maps and paperwork',
	specialInstructions: "Sail past the coral reef at Bjorn's point",
	note: 'Please ensure all paperwork is kept sealed and waterproof',
	jobType: 'ROAD',
	serviceType: 'SITE1',
	vehicleType: 'TRUCK3T',
	docAmount: '0',
	freightLines: [
		{
			itemCode: 'MAP001',
			scanCodes: ['MPAG10293456'],
			freightCode: 'ENVELOPE',
			itemReference: 'ABA1345-01/01',
			description: 'Map of vinland',
			quantity: 1,
			labels: 20,
			totalWeight: 10,
			totalVolume: 0.1,
			length: 0.1,
			width: 0.1,
			height: 0.5,
			weight: 0.5,
		},
	],
};

describe('Omnix V6 › Consignment › Create', () => {
	test('POST /v6-api/rest/consignments with the ApiKey header and the page’s example body; the consignment V6 sent back', async () => {
		const result = await run(create({ additionalFields: EXAMPLE_FIELDS, freightLines: { line: [EXAMPLE_LINE] } }));
		const [request, ...more] = api.server.received();
		expect(more).toHaveLength(0);
		expect([request.method, request.path, request.query]).toEqual(['POST', '/v6-api/rest/consignments', {}]);
		expect(request.headers.authorization).toBe(`ApiKey ${OMNIX_DEMO_API_KEY}`);
		expect(request.headers['content-type']).toMatch(/^application\/json/);
		expect(request.headers.accept).toBe('application/json');
		// The exact text, so the fields' order is the page's too.
		expect(request.body.toString('utf8')).toBe(JSON.stringify(EXAMPLE_BODY));
		expect(result.items()).toEqual([{ json: EXAMPLE_BODY, pairedItem: { item: 0 } }]);
		expect(consignmentsOf(api.server).consignments.at(-1)).toEqual(EXAMPLE_BODY);
	});

	test('empty fields are not sent ("all fields with empty or null value should be removed"): only the connote, the customer and what was filled in', async () => {
		await run(
			create({
				additionalFields: { senderName: 'Eriksson', senderPhone: '', note: '   ', totalWeight: '', connoteDate: '' },
				freightLines: { line: [{ itemCode: 'TEST1', scanCodes: ' , ', freightCode: '', description: '', quantity: 2, labels: 0, weight: 0 }] },
			}),
		);
		expect(bodyOf()).toEqual({ connoteNo: 'VIN0001', customer: 'CAPH12', senderName: 'Eriksson', freightLines: [{ itemCode: 'TEST1', quantity: 2 }] });
	});

	test('no freight lines: no "freightLines" field', async () => {
		await run(create({}));
		expect(bodyOf()).toEqual({ connoteNo: 'VIN0001', customer: 'CAPH12' });
	});

	test('scan codes are a list: commas separate them', async () => {
		await run(create({ freightLines: { line: [{ itemCode: 'TEST1', scanCodes: 'A1, B2,C3', quantity: 3 }] } }));
		expect((bodyOf().freightLines as unknown[])[0]).toEqual({ itemCode: 'TEST1', scanCodes: ['A1', 'B2', 'C3'], quantity: 3 });
	});

	test('freight lines as JSON: sent with the API’s field names, empty values left out', async () => {
		const lines = [
			{ itemCode: 'MAP001', scanCodes: ['MPAG10293456', ''], freightCode: null, quantity: 1, totalWeight: 10 },
			{ itemCode: 'DOC8390', scanCodes: ['C0000100010001'], description: '', quantity: 2 },
		];
		await run(create({ freightLinesInput: 'json', freightLinesJson: JSON.stringify(lines) }));
		expect(bodyOf().freightLines).toEqual([
			{ itemCode: 'MAP001', scanCodes: ['MPAG10293456'], quantity: 1, totalWeight: 10 },
			{ itemCode: 'DOC8390', scanCodes: ['C0000100010001'], quantity: 2 },
		]);
	});

	test('freight lines as JSON mapped from the input item (a list, not text)', async () => {
		await run(
			create({ freightLinesInput: 'json', freightLinesJson: '={{ $json.lines }}' }, [{ json: { lines: [{ itemCode: 'TEST1', quantity: 4 }] } }]),
		);
		expect(bodyOf().freightLines).toEqual([{ itemCode: 'TEST1', quantity: 4 }]);
	});

	test('Other Fields (JSON): further Appendix A fields by their API names, after the named ones, empty ones left out', async () => {
		await run(create({ additionalFields: { senderName: 'Eriksson', otherFields: '{"extraField": "X1", "emptyOne": "", "nothing": null}' } }));
		expect(posted()[0].body.toString('utf8')).toBe(JSON.stringify({ connoteNo: 'VIN0001', customer: 'CAPH12', senderName: 'Eriksson', extraField: 'X1' }));
	});

	test('connote and customer are trimmed; dates given as the API writes them are sent as they are', async () => {
		const result = await run(create({ connoteNo: ' VIN0002 ', customer: ' 001 ', additionalFields: { connoteDate: '11/03/2006', pickupDate: '2017-03-03 14:30', deliveryDate: '2017-03-12' } }));
		expect(result.error()?.message).toBeUndefined();
		expect(bodyOf()).toEqual({ connoteNo: 'VIN0002', connoteDate: '2006-03-11', customer: '001', pickupDate: '2017-03-03 14:30', deliveryDate: '2017-03-12 00:00' });
	});

	describe('the reply (the stored pages stop before it): both readings', () => {
		test('the consignment: output as V6 sent it', async () => {
			const result = await run(create({ additionalFields: { senderName: 'Eriksson' } }));
			expect(result.items().map((i) => i.json)).toEqual([{ connoteNo: 'VIN0001', customer: 'CAPH12', senderName: 'Eriksson' }]);
		});

		test('an empty reply: the consignment sent, with created: true', async () => {
			consignmentsOf(api.server).createReply = 'empty';
			const result = await run(create({ additionalFields: { senderName: 'Eriksson' } }));
			expect(posted()).toHaveLength(1);
			expect(result.items()).toEqual([{ json: { connoteNo: 'VIN0001', customer: 'CAPH12', senderName: 'Eriksson', created: true }, pairedItem: { item: 0 } }]);
		});

		test('a reply that is neither (a list) is an error naming both', async () => {
			api.server.injectFault({ kind: 'reply', reply: { status: 200, headers: { 'Content-Type': 'application/json' }, body: '[1]' } });
			const result = await run(create({}));
			expect(result.error()?.message).toBe('Omnix V6 error 200: Expected an empty reply or the consignment ({"connoteNo": …}) but got a list of 1 entry');
		});
	});

	describe('Omnix V6’s refusals keep its code and violations', () => {
		test('a connote number that exists already: 400 with the violation', async () => {
			const result = await run(create({ connoteNo: 'TOLL123456' }));
			const error = result.error();
			expect(error?.message).toBe('Omnix V6 error 400: Bad Request');
			expect(error?.description).toContain('connoteNo - duplicate value - connote TOLL123456 already exists');
		});

		test('with the sandbox’s strict field check, a field the page does not name is refused as "unrecognized"', async () => {
			consignmentsOf(api.server).strictFields = true;
			const result = await run(create({ additionalFields: { otherFields: '{"colour": "red"}' } }));
			expect(result.error()?.description).toContain('colour - unrecognized field - remove it');
		});

		test('every field the node sends from its own parameters is one the page names (strict check on, the full example)', async () => {
			consignmentsOf(api.server).strictFields = true;
			const result = await run(create({ additionalFields: EXAMPLE_FIELDS, freightLines: { line: [EXAMPLE_LINE] } }));
			expect(result.error()).toBeUndefined();
		});

		test('a refused API key is the documented 401', async () => {
			const result = await runWorkflow(create({}), { credentials: { omnixV6Api: { domain: api.url, apiKey: 'wrong-key-123' } } });
			expect(result.error()?.message).toBe('Omnix V6 error 401: Invalid API Key');
			expect(JSON.stringify(result.error())).not.toContain('wrong-key-123');
		});
	});

	describe('a create is never sent twice', () => {
		test('a 503 after V6 booked it (its reply lost): one request, one consignment, an error', async () => {
			const before = consignmentsOf(api.server).consignments.length;
			api.server.injectFault({ kind: 'server-error', method: 'POST', path: 'consignments', afterHandler: true });
			const result = await run(create({}));
			expect(result.error()?.message).toMatch(/^Omnix V6 error 503/);
			expect(posted()).toHaveLength(1);
			expect(consignmentsOf(api.server).consignments).toHaveLength(before + 1);
		});

		test('a connection dropped after V6 booked it: one request, an error', async () => {
			api.server.injectFault({ kind: 'reset', method: 'POST', path: 'consignments', afterHandler: true });
			const result = await run(create({}));
			expect(result.error()).toBeDefined();
			expect(posted()).toHaveLength(1);
		});
	});

	test('two items, two consignments, each output paired with its item', async () => {
		const result = await run(create({ connoteNo: '={{ $json.connote }}' }, [{ json: { connote: 'A1' } }, { json: { connote: 'A2' } }]));
		expect(posted().map((_r, n) => bodyOf(n).connoteNo)).toEqual(['A1', 'A2']);
		expect(result.items().map((i) => [i.json.connoteNo, i.pairedItem])).toEqual([
			['A1', { item: 0 }],
			['A2', { item: 1 }],
		]);
	});

	describe('bad input is refused before any request, naming the item and the field', () => {
		test.each([
			['an empty connote number', { connoteNo: '={{ "" }}' }, 'Item 0: "Connote No" is empty', 'Give the consignment note number of the new consignment, e.g. TOLL123456.'],
			['an empty customer', { customer: '={{ "  " }}' }, 'Item 0: "Customer" is empty', 'Give the V6 customer account code the consignment is booked for, e.g. CAPH12.'],
			[
				'a pickup after the delivery',
				{ additionalFields: { pickupDate: '2017-03-12T08:00:00', deliveryDate: '2017-03-12T07:00:00' } },
				'Item 0: "Pickup Date" (2017-03-12 08:00) is after "Delivery Date" (2017-03-12 07:00)',
				'Omnix V6 requires the pick up date to be before the delivery date: move the pickup earlier or the delivery later.',
			],
			['a sender email that is no address', { additionalFields: { senderEmail: 'sender at mail' } }, 'Item 0: "Sender Email" ("sender at mail") is not an email address', 'Give a valid email address, e.g. foo@bar.com.'],
			['a connote date that is no date', { additionalFields: { connoteDate: 'soon' } }, 'Item 0: "Connote Date" ("soon") is not a date', 'Pick a date, or give an ISO date (2024-01-31).'],
			[
				'a total weight that is no number',
				{ additionalFields: { totalWeight: '={{ "12 kg" }}' } },
				'Item 0: "Total Weight" ("12 kg") is not a number',
				'Give a number such as 2 or 1.5: digits with a dot (or a comma) before the decimals, without units or thousands separators.',
			],
			['a quantity with decimals', { freightLines: { line: [{ itemCode: 'TEST1', quantity: 1.5 }] } }, 'Item 0: freight line 1 "quantity" (1.5) is not a whole number', 'Give a whole number, without decimals.'],
			['freight lines JSON that is no JSON', { freightLinesInput: 'json', freightLinesJson: '[{itemCode: MAP001}]' }, 'Item 0: "Freight Lines (JSON)" is not valid JSON', 'Give a JSON list of objects, e.g. [{"itemCode": "MAP001", "scanCodes": ["MPAG10293456"], "quantity": 1}].'],
			['Other Fields that are a list', { additionalFields: { otherFields: '[1]' } }, 'Item 0: "Other Fields (JSON)" is [1], not a JSON object', 'Give a JSON object, e.g. {"fieldName": "value"}.'],
			[
				'Other Fields repeating a named field',
				{ additionalFields: { senderName: 'Eriksson', otherFields: '{"senderName": "Other"}' } },
				'Item 0: "Other Fields (JSON)" repeats the field "senderName", already given as its own field',
				'Give senderName once: remove it from Other Fields (JSON), or clear its own field.',
			],
		])('%s', async (_what, parameters, message, description) => {
			const result = await run(create(parameters));
			expectRefusedBeforeAnyRequest(result, api.server, message, description);
		});

		test('under Continue On Fail the next item is still booked', async () => {
			const result = await run(
				create({ connoteNo: '={{ $json.connote }}' }, [{ json: { connote: '' } }, { json: { connote: 'A3' } }], true),
			);
			const items = result.items();
			expect(items[0].json.error).toBe('Item 0: "Connote No" is empty');
			expect(items[1].json.connoteNo).toBe('A3');
			expect(posted()).toHaveLength(1);
		});
	});
});
