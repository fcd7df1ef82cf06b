// Billomat Trigger as n8n's webhook server runs it (test/harness/webhook.ts: n8n-core's
// WebhookContext, the request as n8n's body parser leaves it). What Billomat sends is from
// https://www.billomat.com/en/api/webhooks/: a POST of the affected record, JSON or XML, with
// X-Billomat-Webhook-Id / -Request-Id / -Event, optionally with HTTP basic auth.
import { callWebhook } from '../harness/webhook';
import { TRIGGER, triggerWorkflow } from './trigger.fixtures';

const CREDENTIALS = { billomatWebhookApi: { user: 'billomat-hook', password: 'pässwört:with colon' } };
const basic = (user: string, password: string) => `Basic ${Buffer.from(`${user}:${password}`, 'utf8').toString('base64')}`;

function headers(event: string, extra: Record<string, string> = {}) {
	return {
		'User-Agent': 'Billomat-Webhook',
		'X-Billomat-Webhook-Id': '1',
		'X-Billomat-Webhook-Request-Id': '510',
		'X-Billomat-Webhook-Event': event,
		...extra,
	};
}

/** A payment as Billomat's JSON (its XML converted) has it: every value a string, empty `{}`. */
const PAYMENT_JSON = {
	'invoice-payment': {
		id: '7',
		created: '2026-11-30T10:15:00+01:00',
		invoice_id: '3',
		user_id: '1',
		date: '2026-11-30',
		amount: '119.00',
		comment: {},
		transaction_purpose: 'RE127',
		type: 'BANK_TRANSFER',
	},
};

const PAYMENT_OUTPUT = {
	id: 7,
	created: '2026-11-30T10:15:00+01:00',
	invoice_id: 3,
	user_id: 1,
	date: '2026-11-30',
	amount: 119,
	comment: null,
	transaction_purpose: 'RE127',
	type: 'BANK_TRANSFER',
};

/** The page's XML example (abridged), with its type attributes, an empty element and a tax list. */
const INVOICE_XML = `<?xml version="1.0" encoding="UTF-8"?>
<invoice>
    <id type="integer">1</id>
    <client_id type="integer">123</client_id>
    <contact_id type="integer"></contact_id>
    <created type="datetime">2007-12-13T12:12:00+01:00</created>
    <invoice_number>RE123</invoice_number>
    <number type="integer">123</number>
    <number_pre>RE</number_pre>
    <status>OPEN</status>
    <date type="date">2009-10-14</date>
    <due_date type="date">2009-10-24</due_date>
    <address>Billomat GmbH &amp; Co. KG
Hollertszug 26
57562 Herdorf
Deutschland</address>
    <label>project 123</label>
    <total_gross type="float">107.1</total_gross>
    <total_net type="float">90.0</total_net>
    <currency_code>EUR</currency_code>
    <open_amount type="float">107.1</open_amount>
    <taxes>
        <tax>
            <name>MwSt</name>
            <rate type="float">19.0</rate>
            <amount type="float">17.1</amount>
        </tax>
    </taxes>
</invoice>`;

describe('Billomat Trigger › body', () => {
	test('a JSON call starts one execution with the event, the webhook and request ids, and the record as the Billomat node outputs it', async () => {
		const answer = await callWebhook(triggerWorkflow(), TRIGGER, {
			headers: headers('invoice-payment.create', { 'Content-Type': 'application/json' }),
			body: JSON.stringify(PAYMENT_JSON),
		});
		expect(answer.status).toBe(200);
		expect(answer.items).toEqual([
			{ json: { event: 'invoice-payment.create', resource: 'invoice-payment', webhookId: 1, requestId: 510, record: PAYMENT_OUTPUT } },
		]);
	});

	test('an XML call is read from its bytes: type attributes dropped, an empty element null, numbers numbers; Simplify keeps the invoice fields a workflow needs', async () => {
		const answer = await callWebhook(triggerWorkflow(), TRIGGER, {
			headers: headers('invoice.create', { 'Content-Type': 'application/xml' }),
			body: INVOICE_XML,
		});
		expect(answer.status).toBe(200);
		expect(answer.items).toEqual([
			{
				json: {
					event: 'invoice.create',
					resource: 'invoice',
					webhookId: 1,
					requestId: 510,
					record: {
						id: 1,
						client_id: 123,
						invoice_number: 'RE123',
						status: 'OPEN',
						date: '2009-10-14',
						due_date: '2009-10-24',
						label: 'project 123',
						total_net: 90,
						total_gross: 107.1,
						open_amount: 107.1,
						currency_code: 'EUR',
					},
				},
			},
		]);
	});

	test('Simplify off: the whole XML record, its tax list an array', async () => {
		const answer = await callWebhook(triggerWorkflow({ simplify: false }), TRIGGER, {
			headers: headers('invoice.create', { 'Content-Type': 'application/xml; charset=utf-8' }),
			body: INVOICE_XML,
		});
		expect(answer.items?.[0].json.record).toEqual({
			id: 1,
			client_id: 123,
			contact_id: null,
			created: '2007-12-13T12:12:00+01:00',
			invoice_number: 'RE123',
			number: 123,
			number_pre: 'RE',
			status: 'OPEN',
			date: '2009-10-14',
			due_date: '2009-10-24',
			address: 'Billomat GmbH & Co. KG\nHollertszug 26\n57562 Herdorf\nDeutschland',
			label: 'project 123',
			total_gross: 107.1,
			total_net: 90,
			currency_code: 'EUR',
			open_amount: 107.1,
			taxes: [{ name: 'MwSt', rate: 19, amount: 17.1 }],
		});
	});

	test('the same payment as XML gives the same item as JSON', async () => {
		const xml = `<?xml version="1.0" encoding="UTF-8"?>
<invoice-payment>
  <id type="integer">7</id>
  <created type="datetime">2026-11-30T10:15:00+01:00</created>
  <invoice_id type="integer">3</invoice_id>
  <user_id type="integer">1</user_id>
  <date type="date">2026-11-30</date>
  <amount type="float">119.00</amount>
  <comment></comment>
  <transaction_purpose>RE127</transaction_purpose>
  <type>BANK_TRANSFER</type>
</invoice-payment>`;
		const answer = await callWebhook(triggerWorkflow(), TRIGGER, {
			headers: headers('invoice-payment.create', { 'Content-Type': 'application/xml' }),
			body: xml,
		});
		expect(answer.items?.[0].json).toEqual({
			event: 'invoice-payment.create',
			resource: 'invoice-payment',
			webhookId: 1,
			requestId: 510,
			record: PAYMENT_OUTPUT,
		});
	});

	test('malformed XML is refused by n8n itself (422) before the node runs', async () => {
		const answer = await callWebhook(triggerWorkflow(), TRIGGER, {
			headers: headers('invoice.create', { 'Content-Type': 'application/xml' }),
			body: '<invoice><id>1</id>',
		});
		expect(answer.status).toBe(422);
		expect(answer.items).toBeUndefined();
	});

	test('XML with a DOCTYPE (how entity-expansion bombs arrive) is answered 400 and starts nothing', async () => {
		const answer = await callWebhook(triggerWorkflow(), TRIGGER, {
			headers: headers('invoice.create', { 'Content-Type': 'application/xml' }),
			body: '<?xml version="1.0"?><!DOCTYPE invoice><invoice><id>1</id></invoice>',
		});
		expect(answer.status).toBe(400);
		expect(answer.items).toBeUndefined();
		expect(answer.body).toEqual({
			message: 'The body is neither JSON nor XML: the XML reply declares a DOCTYPE or entities, which is refused for safety',
		});
	});

	test('a text body that is not JSON is answered 400 and starts nothing', async () => {
		const answer = await callWebhook(triggerWorkflow(), TRIGGER, {
			headers: headers('invoice.create', { 'Content-Type': 'text/plain' }),
			body: 'invoice 1 created',
		});
		expect(answer.status).toBe(400);
		expect(answer.items).toBeUndefined();
		expect(answer.body).toEqual({ message: expect.stringMatching(/^The body is neither JSON nor XML: /) });
	});

	test('a call without X-Billomat-Webhook-Event is not from Billomat: 400, nothing starts', async () => {
		const answer = await callWebhook(triggerWorkflow(), TRIGGER, {
			headers: { 'Content-Type': 'application/json' },
			body: JSON.stringify(PAYMENT_JSON),
		});
		expect(answer.status).toBe(400);
		expect(answer.items).toBeUndefined();
		expect(answer.body).toEqual({ message: 'Not a Billomat webhook call: the X-Billomat-Webhook-Event header is missing' });
	});
});

describe('Billomat Trigger › basic auth', () => {
	const withAuth = triggerWorkflow({ authentication: 'basicAuth' });
	const call = (authorization?: string) =>
		callWebhook(
			withAuth,
			TRIGGER,
			{
				headers: headers('invoice-payment.create', {
					'Content-Type': 'application/json',
					...(authorization === undefined ? {} : { Authorization: authorization }),
				}),
				body: JSON.stringify(PAYMENT_JSON),
			},
			{ credentials: CREDENTIALS },
		);

	test('the user name and password of the credential: the execution starts', async () => {
		const answer = await call(basic('billomat-hook', 'pässwört:with colon'));
		expect(answer.status).toBe(200);
		expect(answer.items?.map((item) => item.json.record)).toEqual([PAYMENT_OUTPUT]);
	});

	test.each([
		['a wrong password', basic('billomat-hook', 'pässwört:with colon!')],
		['a password one character short', basic('billomat-hook', 'pässwört:with colo')],
		['a wrong user', basic('billomat-hoo', 'pässwört:with colon')],
		['no credentials at all', undefined],
		['another scheme', 'Bearer billomat-hook'],
		['no colon in the decoded pair', `Basic ${Buffer.from('billomat-hook').toString('base64')}`],
	])('%s: 401 with a Basic challenge, nothing starts', async (_case, authorization) => {
		const answer = await call(authorization);
		expect(answer.status).toBe(401);
		expect(answer.headers['www-authenticate']).toBe('Basic realm="Billomat Trigger"');
		expect(answer.body).toEqual({ message: 'Authorization is required' });
		expect(answer.items).toBeUndefined();
		expect(answer.result.workflowData).toBeUndefined();
	});

	test('without Basic Auth chosen, a call without credentials starts the workflow', async () => {
		const answer = await callWebhook(triggerWorkflow({ authentication: 'none' }), TRIGGER, {
			headers: headers('invoice-payment.create', { 'Content-Type': 'application/json' }),
			body: JSON.stringify(PAYMENT_JSON),
		});
		expect(answer.items).toHaveLength(1);
	});
});

describe('Billomat Trigger › events', () => {
	const send = (parameters: Record<string, unknown>, event: string) =>
		callWebhook(triggerWorkflow(parameters), TRIGGER, {
			headers: headers(event, { 'Content-Type': 'application/json' }),
			body: JSON.stringify(PAYMENT_JSON),
		});

	test('an event not chosen is acknowledged with 200 (Billomat counts anything else a failure) and starts nothing', async () => {
		const answer = await send({ events: ['invoice-payment.create'] }, 'invoice.create');
		expect(answer.status).toBe(200);
		expect(answer.body).toEqual({ message: 'Event not chosen in the Billomat Trigger: ignored' });
		expect(answer.items).toBeUndefined();
	});

	test('a chosen event starts the workflow; `_` and `-` in its name are the same event', async () => {
		expect((await send({ events: ['invoice-payment.create'] }, 'invoice-payment.create')).items).toHaveLength(1);
		const underscored = await send({ events: ['invoice-payment.create', 'client.create'] }, 'invoice_payment.create');
		expect(underscored.items?.[0].json).toMatchObject({ event: 'invoice_payment.create', resource: 'invoice-payment', record: PAYMENT_OUTPUT });
	});

	test('All Events lets every event through', async () => {
		expect((await send({ events: ['*'] }, 'offer.update')).items).toHaveLength(1);
	});

	test('Other Event Names adds events the list does not have', async () => {
		expect((await send({ events: ['client.create'] }, 'invoice.status')).items).toBeUndefined();
		const answer = await send({ events: ['client.create'], options: { otherEvents: 'offer.send, invoice.status' } }, 'invoice.status');
		expect(answer.items?.[0].json.event).toBe('invoice.status');
	});
});
