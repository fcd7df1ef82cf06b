// Omnix V6 › Consignment › Manifest: POST {domain}/v6-api/rest/manifests/manifestConsignments, from
// "V6RESTful APIs - Manifests" (https://www.omnix.com.au/v6-restful-apis-manifests):
// {"connoteNos": [...], "manifestNo": "..."}, without manifestNo a new manifest; the reply
// {"manifestId": …, "manifestNo": "…"}. Once for all input items (the default) or once per item;
// never sent twice.
import { OMNIX_DEMO_API_KEY, OmnixSandbox } from '../../sandbox/omnixV6';
import { consignmentsOf } from '../../sandbox/omnixV6/consignments';
import { manifestsOf } from '../../sandbox/omnixV6/manifests';
import { runWorkflow, subjectWorkflow } from '../harness/engine';
import { expectRefusedBeforeAnyRequest, useSandbox } from '../harness/sandbox';
import type { FixtureItem } from '../harness/testNodes';

const api = useSandbox(() => new OmnixSandbox());
const credentials = () => ({ omnixV6Api: { domain: api.url, apiKey: OMNIX_DEMO_API_KEY } });

/** Consignments V6 holds (the demo data has TOLL123456 only). */
function book(...connotes: string[]): void {
	for (const connoteNo of connotes) consignmentsOf(api.server).consignments.push({ connoteNo, customer: 'CAPH12' });
}

function manifest(parameters: Record<string, unknown>, input?: FixtureItem[], continueOnFail = false) {
	return subjectWorkflow(
		{
			type: 'omnix',
			parameters: { resource: 'consignment', operation: 'manifest', ...parameters } as never,
			credentials: ['omnixV6Api'],
			continueOnFail,
		},
		input,
	);
}
const run = async (workflow: ReturnType<typeof manifest>) => await runWorkflow(workflow, { credentials: credentials() });
const posted = () => api.server.received('POST', '/manifests/manifestConsignments');
const bodyText = (n = 0) => posted()[n].body.toString('utf8');
const manifestNamed = (manifestNo: string) => manifestsOf(api.server).manifests.find((m) => m.manifestNo === manifestNo);

describe('Omnix V6 › Consignment › Manifest', () => {
	beforeEach(() => book('C28256', 'C28257', 'C28258'));

	test('without a Manifest No: POST /v6-api/rest/manifests/manifestConsignments with {"connoteNos": [...]} only; V6 creates a manifest, output with the connotes', async () => {
		const result = await run(manifest({ connoteNos: 'C28256, C28257' }));
		const [request, ...more] = api.server.received();
		expect(more).toHaveLength(0);
		expect([request.method, request.path, request.query]).toEqual(['POST', '/v6-api/rest/manifests/manifestConsignments', {}]);
		expect(request.headers.authorization).toBe(`ApiKey ${OMNIX_DEMO_API_KEY}`);
		expect(request.headers['content-type']).toMatch(/^application\/json/);
		expect(request.headers.accept).toBe('application/json');
		expect(request.body.toString('utf8')).toBe('{"connoteNos":["C28256","C28257"]}');
		expect(result.items()).toEqual([{ json: { manifestId: 12345, manifestNo: 'M12345', connoteNos: ['C28256', 'C28257'] }, pairedItem: { item: 0 } }]);
		expect(manifestNamed('M12345')?.connoteNos).toEqual(['C28256', 'C28257']);
	});

	test('with a Manifest No: the page’s body, the consignments go on that manifest, no new one', async () => {
		const before = manifestsOf(api.server).manifests.length;
		const result = await run(manifest({ connoteNos: 'C28256,C28257,C28258', manifestNo: ' M123456 ' }));
		expect(bodyText()).toBe('{"connoteNos":["C28256","C28257","C28258"],"manifestNo":"M123456"}');
		expect(result.items().map((i) => i.json)).toEqual([{ manifestId: 1111, manifestNo: 'M123456', connoteNos: ['C28256', 'C28257', 'C28258'] }]);
		expect(manifestsOf(api.server).manifests).toHaveLength(before);
		expect(manifestNamed('M123456')?.connoteNos).toEqual(['C28256', 'C28257', 'C28258']);
	});

	test('a manifest created by one run is reused by the next through its Manifest No', async () => {
		const first = await run(manifest({ connoteNos: 'C28256' }));
		const manifestNo = first.items()[0].json.manifestNo as string;
		api.server.requests.length = 0;
		await run(manifest({ connoteNos: 'C28257', manifestNo }));
		expect(bodyText()).toBe(`{"connoteNos":["C28257"],"manifestNo":"${manifestNo}"}`);
		expect(manifestNamed(manifestNo)?.connoteNos).toEqual(['C28256', 'C28257']);
	});

	test('connote numbers as a list from an expression, and on separate lines; blanks dropped, each sent once', async () => {
		await run(manifest({ connoteNos: '={{ $json.connotes }}' }, [{ json: { connotes: ['C28256', ' C28257 ', '', 'C28256'] } }]));
		expect(JSON.parse(bodyText())).toEqual({ connoteNos: ['C28256', 'C28257'] });
		api.server.requests.length = 0;
		await run(manifest({ connoteNos: 'C28258\n\n', manifestNo: 'M123456' }));
		expect(JSON.parse(bodyText())).toEqual({ connoteNos: ['C28258'], manifestNo: 'M123456' });
	});

	describe('One Request for All Items (the default)', () => {
		const input = [{ json: { c: 'C28256, C28257' } }, { json: { c: ['C28258', 'C28257'] } }];

		test('one request with every item’s connotes in item order, each once; each item’s output is the manifest with its own connotes', async () => {
			const result = await run(manifest({ connoteNos: '={{ $json.c }}' }, input));
			expect(posted()).toHaveLength(1);
			expect(bodyText()).toBe('{"connoteNos":["C28256","C28257","C28258"]}');
			expect(result.items()).toEqual([
				{ json: { manifestId: 12345, manifestNo: 'M12345', connoteNos: ['C28256', 'C28257'] }, pairedItem: { item: 0 } },
				{ json: { manifestId: 12345, manifestNo: 'M12345', connoteNos: ['C28258', 'C28257'] }, pairedItem: { item: 1 } },
			]);
		});

		test('items that give different Manifest Nos are refused before any request, naming the item', async () => {
			const result = await run(
				manifest({ connoteNos: '={{ $json.c }}', manifestNo: '={{ $json.m }}' }, [
					{ json: { c: 'C28256', m: 'M123456' } },
					{ json: { c: 'C28257', m: '' } },
				]),
			);
			expect(result.error()?.message).toBe('Item 1: "Manifest No" ("") differs from item 0\'s ("M123456")');
			expect(result.error()?.description).toBe(
				'With "One Request for All Items" every item goes on one manifest: give every item the same Manifest No, or turn the option off to send one request per item.',
			);
			expect(api.server.received()).toEqual([]);
		});

		test('under Continue On Fail an item with bad input gets its error, the others are sent together', async () => {
			const result = await run(manifest({ connoteNos: '={{ $json.c }}' }, [{ json: { c: 'C28256' } }, { json: { c: ' ' } }, { json: { c: 'C28257' } }], true));
			expect(bodyText()).toBe('{"connoteNos":["C28256","C28257"]}');
			expect(result.items()).toEqual([
				{ json: { manifestId: 12345, manifestNo: 'M12345', connoteNos: ['C28256'] }, pairedItem: { item: 0 } },
				{
					json: {
						error: 'Item 1: "Connote Nos" is empty',
						description: 'Give the connote numbers of the consignments to manifest, separated by commas (e.g. TOLL123456, TOLL123457), or a list of them from an expression.',
					},
					pairedItem: { item: 1 },
				},
				{ json: { manifestId: 12345, manifestNo: 'M12345', connoteNos: ['C28257'] }, pairedItem: { item: 2 } },
			]);
		});

		test('a refusal of the one request is every sent item’s error under Continue On Fail, V6’s code and violations kept', async () => {
			const result = await run(manifest({ connoteNos: '={{ $json.c }}' }, [{ json: { c: 'C28256' } }, { json: { c: 'NOPE1' } }], true));
			expect(posted()).toHaveLength(1);
			const items = result.items();
			expect(items.map((i) => [i.json.error, i.json.httpCode, i.pairedItem])).toEqual([
				['Omnix V6 error 400: Bad Request', '400', { item: 0 }],
				['Omnix V6 error 400: Bad Request', '400', { item: 1 }],
			]);
			expect(items[1].json.description).toContain('connoteNos[1] - not found - connote NOPE1 does not exist');
		});
	});

	describe('One Request for All Items off: one request per item', () => {
		test('each item its own request and, without a Manifest No, its own new manifest', async () => {
			const result = await run(manifest({ combineItems: false, connoteNos: '={{ $json.c }}' }, [{ json: { c: 'C28256' } }, { json: { c: 'C28257,C28258' } }]));
			expect(posted().map((_r, n) => bodyText(n))).toEqual(['{"connoteNos":["C28256"]}', '{"connoteNos":["C28257","C28258"]}']);
			expect(result.items()).toEqual([
				{ json: { manifestId: 12345, manifestNo: 'M12345', connoteNos: ['C28256'] }, pairedItem: { item: 0 } },
				{ json: { manifestId: 12346, manifestNo: 'M12346', connoteNos: ['C28257', 'C28258'] }, pairedItem: { item: 1 } },
			]);
		});

		test('under Continue On Fail a refused item does not stop the next', async () => {
			const result = await run(
				manifest({ combineItems: false, connoteNos: '={{ $json.c }}', manifestNo: 'M123456' }, [{ json: { c: 'NOPE1' } }, { json: { c: 'C28256' } }], true),
			);
			expect(posted()).toHaveLength(2);
			expect(result.items().map((i) => [i.json.error ?? i.json.manifestNo, i.pairedItem])).toEqual([
				['Omnix V6 error 400: Bad Request', { item: 0 }],
				['M123456', { item: 1 }],
			]);
		});
	});

	describe('the reply', () => {
		test('a 201 (the status the page’s manifest create answered) is read the same', async () => {
			manifestsOf(api.server).manifestReplyStatus = 201;
			const result = await run(manifest({ connoteNos: 'C28256' }));
			expect(result.items().map((i) => i.json)).toEqual([{ manifestId: 12345, manifestNo: 'M12345', connoteNos: ['C28256'] }]);
		});

		test('a reply that is not a manifest is an error naming what was expected', async () => {
			api.server.injectFault({ kind: 'reply', reply: { status: 200, headers: { 'Content-Type': 'application/json' }, body: '{"ok":true}' } });
			const result = await run(manifest({ connoteNos: 'C28256' }));
			expect(result.error()?.message).toBe('Omnix V6 error 200: Expected the manifest ({"manifestId": …, "manifestNo": …}) but got an object with the key "ok"');
		});
	});

	describe('Omnix V6’s refusals keep its code and violations', () => {
		test('a connote number V6 does not hold', async () => {
			const result = await run(manifest({ connoteNos: 'C28256, NOPE1' }));
			expect(result.error()?.message).toBe('Omnix V6 error 400: Bad Request');
			expect(result.error()?.description).toContain('connoteNos[1] - not found - connote NOPE1 does not exist');
		});

		test('a Manifest No that names no manifest', async () => {
			const result = await run(manifest({ connoteNos: 'C28256', manifestNo: 'M999' }));
			expect(result.error()?.description).toContain('manifestNo - not found - manifest M999 does not exist');
			expect(manifestNamed('M999')).toBeUndefined();
		});

		test('a refused API key is the documented 401, the key nowhere in the error', async () => {
			const result = await runWorkflow(manifest({ connoteNos: 'C28256' }), { credentials: { omnixV6Api: { domain: api.url, apiKey: 'wrong-key-123' } } });
			expect(result.error()?.message).toBe('Omnix V6 error 401: Invalid API Key');
			expect(JSON.stringify(result.error())).not.toContain('wrong-key-123');
		});
	});

	describe('a manifest is never sent twice', () => {
		test('a 503 after V6 manifested them (its reply lost): one request, an error, the connotes on the manifest', async () => {
			api.server.injectFault({ kind: 'server-error', method: 'POST', path: 'manifestConsignments', afterHandler: true });
			const result = await run(manifest({ connoteNos: 'C28256', manifestNo: 'M123456' }));
			expect(result.error()?.message).toMatch(/^Omnix V6 error 503/);
			expect(posted()).toHaveLength(1);
			expect(manifestNamed('M123456')?.connoteNos).toEqual(['C28256']);
		});

		test('a connection dropped after V6 manifested them: one request, an error', async () => {
			api.server.injectFault({ kind: 'reset', method: 'POST', path: 'manifestConsignments', afterHandler: true });
			const result = await run(manifest({ connoteNos: 'C28256' }));
			expect(result.error()).toBeDefined();
			expect(posted()).toHaveLength(1);
		});
	});

	describe('bad input is refused before any request, naming the item and the field', () => {
		test.each([
			[
				'no connote number',
				{ connoteNos: ' , ' },
				'Item 0: "Connote Nos" is empty',
				'Give the connote numbers of the consignments to manifest, separated by commas (e.g. TOLL123456, TOLL123457), or a list of them from an expression.',
			],
			[
				'a list entry that is an object',
				{ connoteNos: '={{ ["C28256", { "no": 1 }] }}' },
				'Item 0: "Connote Nos" "2" is an object ({"no":1}), not text',
				"Give text or a number. When the value comes from an expression, pick the text inside it, e.g. {{ $json.customer.name }} instead of {{ $json.customer }}, or join a list with .join(', ').",
			],
			[
				'a Manifest No that is an object',
				{ connoteNos: 'C28256', manifestNo: '={{ { "no": "M1" } }}' },
				'Item 0: "Manifest No" is an object ({"no":"M1"}), not text',
				"Give text or a number. When the value comes from an expression, pick the text inside it, e.g. {{ $json.customer.name }} instead of {{ $json.customer }}, or join a list with .join(', ').",
			],
		])('%s', async (_what, parameters, message, description) => {
			const result = await run(manifest(parameters));
			expectRefusedBeforeAnyRequest(result, api.server, message, description);
		});

		test('one request per item: a bad second item stops the run after the first item’s request, naming item 1', async () => {
			const result = await run(manifest({ combineItems: false, connoteNos: '={{ $json.c }}' }, [{ json: { c: 'C28256' } }, { json: { c: '' } }]));
			expect(result.error()?.message).toBe('Item 1: "Connote Nos" is empty');
			expect(posted()).toHaveLength(1);
		});
	});
});
