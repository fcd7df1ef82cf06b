import { OMNIX_DEMO_API_KEY, OmnixSandbox } from '../../sandbox/omnixV6';
import { describeTimeoutOption, jsonReply, notDocumented } from '../campaign/operations';
import { runWorkflow, subjectWorkflow } from '../harness/engine';
import { everything, useSandbox } from '../harness/sandbox';

const api = useSandbox(() => new OmnixSandbox());
const credentials = (overrides: Record<string, string> = {}) => ({
	omnixV6Api: { domain: api.url, apiKey: OMNIX_DEMO_API_KEY, ...overrides },
});

function getMany(parameters: Record<string, unknown>, input?: Parameters<typeof subjectWorkflow>[1], continueOnFail = false) {
	return subjectWorkflow(
		{
			type: 'omnix',
			parameters: { resource: 'invoice', operation: 'getAll', returnAll: true, ...parameters } as never,
			credentials: ['omnixV6Api'],
			continueOnFail,
		},
		input,
	);
}

describe('Omnix V6 › Invoice › Get Many', () => {
	test('sends the range as ddMMyyyy with the ApiKey header and outputs one item per invoice with ISO dates', async () => {
		const result = await runWorkflow(getMany({ fromDate: '2018-01-01T00:00:00', toDate: '2018-01-31T00:00:00' }), {
			credentials: credentials(),
		});

		const [request, ...more] = api.server.received();
		expect(more).toHaveLength(0);
		expect(request.method).toBe('GET');
		expect(request.path).toBe('/v6-api/rest/invoices');
		expect(request.query).toEqual({ fromDate: '01012018', toDate: '31012018' });
		expect(request.headers.authorization).toBe(`ApiKey ${OMNIX_DEMO_API_KEY}`);
		expect(request.headers.accept).toBe('application/json');

		const items = result.items();
		expect(items.map((i) => i.json.invoiceNo)).toEqual(['LT001', 'LT002', 'LT003']);
		expect(items.map((i) => i.json.invoiceDate)).toEqual(['2018-01-24', '2018-01-25', '2018-01-26']);
		expect(items[2].json).toEqual({
			businessName: 'OMNIX PTY LTD',
			invoiceDate: '2018-01-26',
			dueDate: '2018-02-25',
			taxAmount: -0.91,
			fileType: 'C',
			customerCode: '001',
			address1: '80 JEPHSON STREET',
			creditReason: { creditReasonCode: 'DMG', description: 'Damaged in transit' },
			lines: [{ amount: -10, price: -10, gstAmount: -0.91, quantity: 1, departmentCode: 'BRI', glCode: '23' }],
			postcode: '4006',
			invoiceNo: 'LT003',
			grossEntry: true,
			city: 'TOOWONG',
		});
		expect(items.map((i) => i.pairedItem)).toEqual([{ item: 0 }, { item: 0 }, { item: 0 }]);
	});

	test('accepts ddMMyyyy and dd/MM/yyyy text and sends it as ddMMyyyy', async () => {
		await runWorkflow(getMany({ fromDate: '24012018', toDate: '25/01/2018' }), { credentials: credentials() });
		expect(api.server.received()[0].query).toEqual({ fromDate: '24012018', toDate: '25012018' });
	});

	test('uses the API path of the credential, e.g. a test environment', async () => {
		const result = await runWorkflow(getMany({ fromDate: '2018-01-24', toDate: '2018-01-24' }), {
			credentials: credentials({ apiPath: '/v6-api-test/rest/' }),
		});
		expect(api.server.received()[0].path).toBe('/v6-api-test/rest/invoices');
		expect(result.items().map((i) => i.json.invoiceNo)).toEqual(['LT001']);
	});

	test('outputs one item per invoice line, each with its invoice under "invoice"', async () => {
		const result = await runWorkflow(
			getMany({ fromDate: '2018-01-24', toDate: '2018-01-25', options: { output: 'line' } }),
			{ credentials: credentials() },
		);
		const items = result.items();
		expect(items).toHaveLength(2);
		expect(items[1].json).toEqual({
			amount: 20,
			price: 20,
			gstAmount: 1.82,
			quantity: 1,
			departmentCode: 'BRI',
			glCode: '23',
			lineIndex: 0,
			// Simplify (on by default): every documented field, those LT002 does not have as null.
			invoice: {
				businessName: 'OMNIX PTY LTD',
				invoiceDate: '2018-01-25',
				dueDate: null,
				taxAmount: 1.82,
				fileType: 'I',
				customerCode: '001',
				address1: '80 JEPHSON STREET',
				postcode: '4006',
				invoiceNo: 'LT002',
				grossEntry: true,
				city: 'TOOWONG',
				creditReason: null,
			},
		});
	});

	test('Limit cuts the list when Return All is off', async () => {
		const result = await runWorkflow(
			getMany({ fromDate: '2018-01-01', toDate: '2018-01-31', returnAll: false, limit: 2 }),
			{ credentials: credentials() },
		);
		expect(result.items().map((i) => i.json.invoiceNo)).toEqual(['LT001', 'LT002']);
	});

	test('From after To is refused before any request, naming the item', async () => {
		const result = await runWorkflow(getMany({ fromDate: '2018-02-01', toDate: '2018-01-01' }), {
			credentials: credentials(),
		});
		expect(result.error()?.message).toBe('Item 0: "From" (2018-02-01) is after "To" (2018-01-01)');
		expect(api.server.received()).toHaveLength(0);
	});

	test('a From that is not a date is refused before any request', async () => {
		const result = await runWorkflow(getMany({ fromDate: 'last tuesday', toDate: '2018-01-01' }), {
			credentials: credentials(),
		});
		expect(result.error()?.message).toBe('Item 0: "From" ("last tuesday") is not a date');
		expect(result.error()?.description).toContain('ddMMyyyy');
		expect(api.server.received()).toHaveLength(0);
	});

	test('a 400 shows every violation as its own line', async () => {
		api.server.injectFault({
			kind: 'reply',
			reply: {
				status: 400,
				body: {
					violations: [
						'fromDate - required field - must exist and must not be empty',
						'fromDate, toDate - invalid date range - fromDate data has to be before toDate',
					],
					httpStatusCode: 400,
					msg: 'Bad Request',
				},
			},
		});
		const result = await runWorkflow(getMany({ fromDate: '2018-01-01', toDate: '2018-01-31' }), {
			credentials: credentials(),
		});
		const error = result.error()!;
		expect(error.message).toBe('Omnix V6 error 400: Bad Request');
		expect(error.description).toBe(
			[
				'• fromDate - required field - must exist and must not be empty',
				'• fromDate, toDate - invalid date range - fromDate data has to be before toDate',
				'Correct the fields named above (format: field - error - suggestion).',
			].join('\n'),
		);
		expect(error.httpCode).toBe('400');
	});

	test('a refused key says so, and the key appears nowhere in the error', async () => {
		const wrongKey = 'WRONG-KEY-9f8e7d6c5b4a';
		const result = await runWorkflow(getMany({ fromDate: '2018-01-01', toDate: '2018-01-31' }), {
			credentials: credentials({ apiKey: wrongKey }),
		});
		const error = result.error()!;
		expect(error.message).toBe('Omnix V6 error 401: Invalid API Key');
		expect(error.description).toContain('The API key was refused');
		expect(api.server.received()[0].headers.authorization).toBe(`ApiKey ${wrongKey}`);
		expect(everything(result.run)).not.toContain(wrongKey);
	});

	test('under continueOnFail a bad item becomes an error item and the others still run, each paired', async () => {
		const result = await runWorkflow(
			getMany(
				{ fromDate: '={{ $json.from }}', toDate: '={{ $json.to }}' },
				[{ json: { from: '2018-03-01', to: '2018-01-01' } }, { json: { from: '2018-01-24', to: '2018-01-24' } }],
				true,
			),
			{ credentials: credentials() },
		);
		const items = result.items();
		expect(items).toHaveLength(2);
		expect(items[0].json.error).toBe('Item 0: "From" (2018-03-01) is after "To" (2018-01-01)');
		expect(items[0].pairedItem).toEqual({ item: 0 });
		expect(items[1].json.invoiceNo).toBe('LT001');
		expect(items[1].pairedItem).toEqual({ item: 1 });
		expect(api.server.received()).toHaveLength(1);
	});

	test('reads and decrypts the credential once per run, not once per item or request', async () => {
		const result = await runWorkflow(
			getMany({ fromDate: '={{ $json.from }}', toDate: '2018-01-31' }, [
				{ json: { from: '2018-01-01' } },
				{ json: { from: '2018-01-24' } },
				{ json: { from: '2018-01-25' } },
			]),
			{ credentials: credentials() },
		);
		expect(api.server.received()).toHaveLength(3);
		expect(api.server.received().every((r) => r.headers.authorization === `ApiKey ${OMNIX_DEMO_API_KEY}`)).toBe(true);
		expect(result.items().map((i) => i.pairedItem)).toEqual([0, 0, 0, 1, 1, 1, 2, 2].map((item) => ({ item })));
		expect(result.credentials.reads).toEqual({ omnixV6Api: 1 });
	});

	test.each([
		['rate-limit', 429],
		['server-error', 503],
		['reset', undefined],
		['truncated', 200],
	] as const)('recovers from a %s fault by retrying the GET', async (kind, status) => {
		api.server.injectFault({ kind, retryAfter: 0 });
		const result = await runWorkflow(getMany({ fromDate: '2018-01-24', toDate: '2018-01-24' }), {
			credentials: credentials(),
		});
		const requests = api.server.received();
		expect(requests).toHaveLength(2);
		expect(requests[0].fault).toBe(kind);
		expect(requests[0].status).toBe(status);
		expect(result.items().map((i) => i.json.invoiceNo)).toEqual(['LT001']);
	});

	test('a rate limit that outlasts the retries says what to do', async () => {
		api.server.injectFault({ kind: 'rate-limit', retryAfter: 0, times: 0 });
		const result = await runWorkflow(getMany({ fromDate: '2018-01-24', toDate: '2018-01-24' }), {
			credentials: credentials(),
		});
		expect(api.server.received()).toHaveLength(4);
		expect(result.error()?.message).toBe('Omnix V6 error 429: HTTP 429');
		expect(result.error()?.description).toBe(
			"Omnix V6 is still limiting the request rate after the node's retries. Run the workflow again later, or send fewer items per run.",
		);
	});

	test('a service that stays unavailable says so, without repeating the message', async () => {
		api.server.injectFault({ kind: 'server-error', status: 503, times: 0 });
		const result = await runWorkflow(getMany({ fromDate: '2018-01-24', toDate: '2018-01-24' }), {
			credentials: credentials(),
		});
		expect(result.error()?.message).toBe('Omnix V6 error 503: HTTP 503');
		expect(result.error()?.description).toBe('Omnix V6, or a gateway in front of it, is unavailable right now. Try again later.');
	});

	test('a reply cut off every time is reported as cut off after the retries', async () => {
		api.server.injectFault({ kind: 'truncated', times: 0 });
		const result = await runWorkflow(getMany({ fromDate: '2018-01-24', toDate: '2018-01-24' }), {
			credentials: credentials(),
		});
		expect(api.server.received()).toHaveLength(4);
		expect(result.error()?.message).toBe(
			'Omnix V6 error (code INCOMPLETE_REPLY): Could not get a reply: the reply (HTTP 200) was cut off before it was complete',
		);
	});

	test('an HTML page instead of JSON is reported as such', async () => {
		api.server.injectFault({ kind: 'html', times: 0 });
		const result = await runWorkflow(getMany({ fromDate: '2018-01-24', toDate: '2018-01-24' }), {
			credentials: credentials(),
		});
		expect(api.server.received()).toHaveLength(4);
		expect(result.error()?.message).toBe('Omnix V6 error 502: an HTML page (text/html), not the API\'s reply: often a proxy or maintenance page');
	});

	test('bytes that are not JSON are reported as unreadable', async () => {
		api.server.injectFault({ kind: 'garbage' });
		const result = await runWorkflow(getMany({ fromDate: '2018-01-24', toDate: '2018-01-24' }), {
			credentials: credentials(),
		});
		expect(result.error()?.message).toMatch(/^Omnix V6 error 200: Expected JSON but got a reply that could not be read/);
	});

	test.each([
		['an object with the key "invoices"', { invoices: [] }],
		['the text "ok"', 'ok'],
	])('a 200 holding %s instead of the list of invoices is an Omnix V6 error naming both', async (got, body) => {
		api.server.injectFault({ kind: 'reply', reply: jsonReply(200, body) });
		const result = await runWorkflow(getMany({ fromDate: '2018-01-24', toDate: '2018-01-24' }), { credentials: credentials() });
		const error = result.error()!;
		expect(error.message).toBe(`Omnix V6 error 200: Expected a list of invoices ([{…}, …]) but got ${got}`);
		expect(error.description).toBe(notDocumented('Omnix V6'));
		expect(error.httpCode).toBe('200');
		expect(error.context?.itemIndex).toBe(0);
	});
});

describeTimeoutOption('Omnix V6', 'omnix', () => api.server, (options) =>
	runWorkflow(getMany({ fromDate: '2018-01-24', toDate: '2018-01-24', options }, undefined, true), { credentials: credentials() }),
);

