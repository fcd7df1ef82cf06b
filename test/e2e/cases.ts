// What `npm run test:e2e` expects of each example workflow in examples/, run in a real n8n
// against the sandboxes. One entry per example file; the runner fails on an example without an
// entry here, and on an entry without its example.
//
// To add a provider: put `examples/<name>.json` (Manual Trigger → your node, credential of the
// sandbox type, an "id" of at most 16 characters) and add `{ example: '<name>', … }` below.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { BILLOMAT_DEMO_API_KEY } from '../../sandbox/billomat';
import { INVOICEXPRESS_DEMO_API_KEY } from '../../sandbox/invoicexpress';
import { IMATERIALISE_ORDERS } from '../../sandbox/imaterialise';
import { parseMultipart } from '../../sandbox/imaterialise/multipart';

export interface OutputItem {
	json: Record<string, unknown>;
	binary?: Record<string, { fileName?: string; mimeType?: string; fileSize?: string; [key: string]: unknown }>;
}

/** A request a sandbox received (the sandbox's own record). */
export interface SandboxRequest {
	method: string;
	path: string;
	query: Record<string, string | string[]>;
	headers: Record<string, string | string[] | undefined>;
	body: Buffer;
}

/** A message the SMTP sink received (scripts/n8n/smtp-sink.ts). */
export interface ReceivedMessage {
	from: string;
	to: string[];
	subject: string;
	text?: string;
	attachments: Array<{ filename?: string; contentType: string; content: Buffer }>;
}

/** The context a check needs: the e2e gives it, the suite's example tests do not. */
function needs(context: CaseContext | undefined): CaseContext {
	assert.ok(context, 'this check runs in the e2e only (it reads what the sandboxes, the mail sink and the disk received)');
	return context;
}

/** The JSON bodies of the requests a sandbox received with this method and a path ending so. */
function bodies(context: CaseContext, sandbox: string, method: string, pathEnd: RegExp): Array<Record<string, unknown>> {
	return context
		.requests(sandbox)
		.filter((r) => r.method === method && pathEnd.test(r.path))
		.map((r) => JSON.parse(r.body.toString('utf8')) as Record<string, unknown>);
}

/** What a check can look at besides the node's first output. */
export interface CaseContext {
	/** Every output of the checked node: 0 the main output, 1 the error output when it has one. */
	outputs: OutputItem[][];
	/** The messages the SMTP sink received while the example ran. */
	mails: ReceivedMessage[];
	/** The folder n8n reads and writes files in (examples/data copied in; `out/` for what examples write). */
	filesDir: string;
	/** The requests a sandbox (by key: billomat, invoicexpress, imaterialise, shopwave, omnixV6) received while the example ran. */
	requests(sandbox: string): SandboxRequest[];
	/** A sandbox's base URL, to read what it serves (a PDF) the way a client would. */
	sandboxUrl(sandbox: string): string;
}

export interface E2eCase {
	/** File name in examples/ without `.json`. */
	example: string;
	/** The node whose first output is checked. */
	node: string;
	/**
	 * Throws (node:assert) when the items are not what the sandbox's demo data must give. The
	 * e2e always gives the context; the suite's example tests, which run some examples through
	 * n8n-core alone, give only the items (a check that needs more asserts that it has it).
	 */
	check(items: OutputItem[], context?: CaseContext): void | Promise<void>;
	/**
	 * For an example started by its Webhook node: the e2e publishes (2.x) or activates (1.x) it,
	 * starts n8n and calls the production webhook as the sender would. `check` then gets the
	 * checked node's output of that execution.
	 */
	webhook?: {
		/** The Webhook node's path (the URL is /webhook/<path>; a trigger node's is <webhookId>/<its path>). */
		path: string;
		/** The JSON the sender POSTs. */
		body?: unknown;
		/**
		 * Instead of POSTing `body`: makes the provider call the URL itself (its sandbox's webhook
		 * pointed at it, then a write through its API), and gives what the URL answered the
		 * provider. The e2e first waits until n8n serves the URL.
		 */
		provoke?(url: string, sandboxUrl: (sandbox: string) => string): Promise<{ status: number; body: unknown }>;
		/** Throws when the webhook's answer is not what the workflow must respond. */
		checkResponse(status: number, body: unknown): void;
	};
	/**
	 * For an example started by a polling trigger: the e2e publishes (2.x) or activates (1.x) it,
	 * starts n8n, waits for the activation poll (it only records what is there), then `provoke`
	 * changes the provider's data through its API. The next scheduled poll must start exactly one
	 * execution, and one more poll none; `check` gets the checked node's output of that execution.
	 */
	poll?: {
		/** The sandbox the trigger polls (billomat, invoicexpress, imaterialise, shopwave, omnixV6). */
		sandbox: string;
		/** The path of the request each poll sends, to count polls. */
		path: RegExp;
		/** Makes the change the trigger must see, through the provider's API at its sandbox's base URL. */
		provoke(sandboxUrl: string): Promise<void>;
	};
}

/** One request to the InvoiceXpress sandbox's JSON API: its reply, or a failed assertion naming the request. */
async function ixRequest(base: string, method: string, path: string, body?: unknown): Promise<Record<string, unknown>> {
	const response = await fetch(`${base}${path}?api_key=${INVOICEXPRESS_DEMO_API_KEY}`, {
		method,
		headers: { accept: 'application/json', 'content-type': 'application/json' },
		body: body === undefined ? undefined : JSON.stringify(body),
	});
	const text = await response.text();
	assert.ok(response.status >= 200 && response.status < 300, `${method} ${path} answered ${response.status}: ${text}`);
	return (text ? JSON.parse(text) : {}) as Record<string, unknown>;
}

export const CASES: E2eCase[] = [
	{
		example: 'omnix-v6-invoices',
		node: 'Omnix V6',
		check(items) {
			// The sandbox's five demo documents: three from January 2018, two from the last days.
			const numbers = items.map((item) => item.json.invoiceNo).sort();
			assert.deepEqual(numbers, ['HF100', 'HF101', 'LT001', 'LT002', 'LT003']);
			const byNo = new Map(items.map((item) => [item.json.invoiceNo, item.json]));
			assert.equal(byNo.get('LT001')?.businessName, 'OMNIX PTY LTD');
			assert.equal(byNo.get('LT001')?.invoiceDate, '2018-01-24');
			// Sent as dd-MM-yyyy (the doc's appendix format): the node gives every date as ISO.
			assert.equal(byNo.get('LT003')?.invoiceDate, '2018-01-26');
			assert.equal(byNo.get('LT003')?.dueDate, '2018-02-25');
			assert.equal(byNo.get('LT003')?.fileType, 'C');
			const lines = byNo.get('HF100')?.lines;
			assert.ok(Array.isArray(lines) && lines.length === 2, 'HF100 keeps its two lines');
			for (const item of items) assert.match(String(item.json.invoiceDate), /^\d{4}-\d{2}-\d{2}$/);
			// Simplify (on by default): every item has the same keys, in one order, so n8n's table view
			// has no "undefined" cells; a field Omnix left out is null (LT001 has no due date).
			for (const item of items) {
				assert.deepEqual(Object.keys(item.json), [
					'invoiceNo', 'fileType', 'invoiceDate', 'dueDate', 'businessName', 'customerCode', 'address1',
					'city', 'postcode', 'grossEntry', 'taxAmount', 'creditReason', 'lines',
				]);
			}
			assert.equal(byNo.get('LT001')?.dueDate, null);
			assert.equal(byNo.get('LT001')?.creditReason, null);
		},
	},
	{
		example: 'shopwave-invoice-upsert',
		node: 'Shopwave: read it back',
		check(items) {
			// The invoice the first Shopwave node created (POST /invoice), read back by GET /invoice.
			assert.equal(items.length, 1);
			const invoice = items[0].json;
			assert.ok(Number.isInteger(invoice.id) && (invoice.id as number) > 5003, 'a new invoice id');
			assert.equal(invoice.storeId, 1001);
			assert.equal(invoice.supplierId, 301);
			assert.equal(invoice.reference, 'SUP-2024-0301');
			assert.equal(invoice.completeDate, '2024-03-01');
			const lines = invoice.invoiceItems as Array<Record<string, unknown>>;
			assert.ok(Array.isArray(lines) && lines.length === 2, 'both invoice items, as a list');
			// Prices stay decimal strings, as Shopwave sends them.
			assert.deepEqual(
				lines.map((line) => [line.name, line.price, line.quantity]),
				[
					['Coffee beans 1kg', '12.50', 10],
					['Oat milk 1l', '1.10', 12],
				],
			);
		},
	},
	{
		example: 'invoicexpress-final-invoice-pdfs',
		node: 'Download PDF',
		check(items) {
			// The sandbox's only finalized, non-archived invoice is 1002 (1/A): Get Many finds it and
			// Download PDF polls its 202s, then puts the PDF in the "data" binary property.
			assert.equal(items.length, 1);
			assert.equal(items[0].json.id, 1002);
			assert.equal(items[0].json.fileName, 'invoices-1002.pdf');
			assert.match(String(items[0].json.pdfUrl), /\/downloads\/invoices-1002\.pdf\?signature=sbx1002$/);
			const pdf = items[0].binary?.data;
			assert.ok(pdf, 'a binary property "data"');
			assert.equal(pdf.mimeType, 'application/pdf');
			assert.equal(pdf.fileName, 'invoices-1002.pdf');
		},
	},
	{
		example: 'imaterialise-invoice-upload',
		node: 'i.materialise',
		check(items) {
			// Convert to File made a real .xlsx in n8n's binary store; the node read it and sent it as the
			// multipart part "File" to the sandbox's open demo order, which answered 200. Simplify (on by
			// default) outputs what was uploaded, the same keys whatever the source, no empty "response".
			assert.equal(items.length, 1);
			const json = items[0].json;
			assert.deepEqual(Object.keys(json), ['orderId', 'document', 'source', 'fileName', 'fileUrl', 'mimeType', 'fileSize', 'success']);
			assert.equal(json.orderId, '6F9619FF-8B86-D011-B42D-00C04FC964FF');
			assert.equal(json.document, 'invoice');
			assert.equal(json.source, 'binary');
			assert.equal(json.fileName, 'invoice-6F9619FF.xlsx');
			assert.equal(json.fileUrl, null);
			assert.equal(json.mimeType, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
			assert.ok(typeof json.fileSize === 'number' && json.fileSize > 0, 'the file size, from the binary store');
			assert.equal(json.success, true);
		},
	},
	{
		example: 'billomat-rows-to-invoices',
		node: 'Download PDF',
		check(items) {
			// Two spreadsheet rows became two new drafts (consecutive IDs from 1000 on: which ones
			// depends on the examples run before in the same sandbox); Complete gave them the next
			// invoice numbers (RE127 on) and a PDF; each was emailed, then its PDF fetched.
			assert.equal(items.length, 2);
			const ids = items.map((item) => Number(item.json.invoice_id));
			assert.ok(ids[0] >= 1000 && ids[1] === ids[0] + 1, `two new invoices in a row: ${ids.join(', ')}`);
			const numbers = items.map((item) => Number(/^invoice_RE(\d+)\.pdf$/.exec(String(item.json.filename))?.[1]));
			assert.ok(numbers[0] >= 127 && numbers[1] === numbers[0] + 1, `the next invoice numbers, in order: ${items.map((i) => i.json.filename).join(', ')}`);
			for (const item of items) assert.equal(item.json.mimetype, 'application/pdf');
			for (const item of items) {
				const pdf = item.binary?.data;
				assert.ok(pdf, 'a binary property "data"');
				assert.equal(pdf.mimeType, 'application/pdf');
				assert.equal(pdf.fileName, item.json.filename);
				assert.ok(typeof item.json.filesize === 'number' && item.json.filesize > 300, 'a whole PDF');
			}
		},
	},
	{
		example: 'billomat-order-to-paid-invoice',
		node: 'Record the payment',
		webhook: {
			path: 'shop-order-to-payment',
			body: {
				order_id: 'SHOP-2002',
				email: 'orders@neukunde.example',
				company: 'Neukunde GmbH',
				lines: [
					{ article_id: 9, quantity: 3 },
					{ article_id: 11, quantity: 1 },
				],
			},
			checkResponse(status, body) {
				// The Webhook node answers with the last node's item: the payment recorded.
				assert.equal(status, 200);
				const payment = body as Record<string, unknown>;
				const seen = JSON.stringify(body);
				assert.ok(Number.isInteger(payment.id), `the payment record, not ${seen}`);
				assert.ok(Number.isInteger(payment.invoice_id), `of the new invoice: ${seen}`);
				assert.ok(typeof payment.amount === 'number' && payment.amount > 510, `the gross amount of 510 net: ${seen}`);
			},
		},
		async check(items, context) {
			const ctx = needs(context);
			const requests = ctx.requests('billomat');
			// Find or Create: searched by email, found nobody, created the client.
			const search = requests.find((r) => r.method === 'GET' && r.path === '/api/clients');
			assert.equal(search?.query.email, 'orders@neukunde.example');
			const [client] = bodies(ctx, 'billomat', 'POST', /\/api\/clients$/).map((body) => body.client as Record<string, unknown>);
			assert.deepEqual(client, { name: 'Neukunde GmbH', email: 'orders@neukunde.example' });
			// The invoice from the article catalogue: only article IDs and quantities sent.
			const [invoice] = bodies(ctx, 'billomat', 'POST', /\/api\/invoices$/).map((body) => body.invoice as Record<string, unknown>);
			assert.deepEqual((invoice['invoice-items'] as { 'invoice-item': unknown[] })['invoice-item'], [
				{ article_id: 9, quantity: 3 },
				{ article_id: 11, quantity: 1 },
			]);
			assert.equal(requests.filter((r) => r.method === 'PUT' && /\/complete$/.test(r.path)).length, 1, 'completed once');
			assert.equal(requests.filter((r) => r.method === 'POST' && /\/email$/.test(r.path)).length, 1, 'emailed once');
			const [payment] = bodies(ctx, 'billomat', 'POST', /\/api\/invoice-payments$/).map((body) => body['invoice-payment'] as Record<string, unknown>);
			assert.equal(payment.mark_invoice_as_paid, 1);
			assert.equal(items.length, 1);
			assert.equal(items[0].json.amount, payment.amount);
			// The invoice is paid, as Billomat now shows it.
			const reply = await fetch(`${ctx.sandboxUrl('billomat')}/api/invoices/${String(payment.invoice_id)}`, {
				headers: { 'X-BillomatApiKey': BILLOMAT_DEMO_API_KEY, Accept: 'application/json' },
			});
			const shown = ((await reply.json()) as { invoice: Record<string, unknown> }).invoice;
			assert.equal(shown.status, 'PAID');
			assert.equal(Number(shown.total_net), 3 * 90 + 240, 'the articles\' prices: 3 × Consulting 90, 1 × Hosting 240');
		},
	},
	{
		example: 'billomat-spreadsheet-invoices',
		node: 'Invoice per row',
		check(items, context) {
			const ctx = needs(context);
			// Three rows from orders.csv (semicolons, decimal commas, German dates), three from
			// orders.xlsx (number cells, dates as text); one bad row in each.
			const created = bodies(ctx, 'billomat', 'POST', /\/api\/invoices$/).map((body) => body.invoice as Record<string, unknown>);
			const lines = created.map((invoice) => (invoice['invoice-items'] as { 'invoice-item': Array<Record<string, unknown>> })['invoice-item'][0]);
			assert.deepEqual(
				lines.map((line) => [line.title, line.quantity, line.unit_price]),
				[
					['Beratung März', 2, 90],
					['Support-Stunden', 1.5, 75.5],
					['Wartung Q2', 3, 120],
					['Schulung', 1, 450.5],
				],
				'the good rows, decimal commas read as decimals',
			);
			assert.deepEqual(
				created.map((invoice) => [invoice.date, invoice.note]),
				[
					['2024-03-31', 'Projekt Alpha'],
					['2024-04-02', undefined],
					['2024-04-15', undefined],
					['2024-04-16', 'vor Ort'],
				],
				'dates in the user\'s format sent as ISO; an empty note not sent',
			);
			assert.equal(items.length, 4, 'four invoices on the first output');
			assert.ok(items.every((item) => typeof item.json.id === 'number'));
			const failed = ctx.outputs[1] ?? [];
			assert.equal(failed.length, 2, 'the two bad rows on the error output, not stopping the run');
			assert.deepEqual(
				failed.map((item) => item.json.title),
				['Hosting April', 'Lizenz'],
				'each error item carries its row',
			);
			const errors = failed.map((item) => item.json.error as { message?: string; description?: string });
			assert.equal(errors[0].message, 'Item 2: line item 1 "quantity" ("zwei") is not a number');
			assert.match(String(errors[1].message), /^Item 5: "Date" \("31\.13\.2024"\)/);
			for (const error of errors) assert.ok(error.description, 'the fix, beside the message');
		},
	},
	{
		example: 'billomat-webhook-order',
		node: 'Invoice number',
		webhook: {
			path: 'shop-order-paid',
			body: {
				order_id: 'SHOP-1001',
				customer: { billomat_client_id: 476, email: 'buyer@example.com' },
				lines: [
					{ name: 'Coffee beans 1kg', quantity: 2, price: 12.5 },
					{ name: 'Shipping', quantity: 1, price: 4.9 },
				],
			},
			checkResponse(status, body) {
				assert.equal(status, 200);
				const answer = body as Record<string, unknown>;
				assert.equal(answer.order_id, 'SHOP-1001');
				assert.equal(answer.status, 'OPEN', 'completed before the answer');
				assert.ok(Number.isInteger(answer.invoice_id));
				assert.match(String(answer.invoice_number), /^RE\d+$/, 'the number Billomat gave on completion');
			},
		},
		check(items, context) {
			const ctx = needs(context);
			const [created] = bodies(ctx, 'billomat', 'POST', /\/api\/invoices$/).map((body) => body.invoice as Record<string, unknown>);
			assert.equal(created.client_id, 476);
			assert.equal(created.label, 'Shop order SHOP-1001');
			const lines = (created['invoice-items'] as { 'invoice-item': Array<Record<string, unknown>> })['invoice-item'];
			assert.deepEqual(
				lines.map((line) => [line.title, line.quantity, line.unit_price]),
				[
					['Coffee beans 1kg', 2, 12.5],
					['Shipping', 1, 4.9],
				],
			);
			assert.equal(ctx.requests('billomat').filter((r) => r.method === 'PUT' && /\/complete$/.test(r.path)).length, 1, 'completed once');
			assert.equal(items.length, 1);
			assert.match(String(items[0].json.invoice_number), /^RE\d+$/);
		},
	},
	{
		example: 'billomat-payment-trigger',
		node: 'Paid invoice',
		webhook: {
			path: '7b1e2c3d-4f50-4a61-8b72-9c0d1e2f3a99/webhook',
			async provoke(url, sandboxUrl) {
				const base = sandboxUrl('billomat');
				const headers = { 'X-BillomatApiKey': BILLOMAT_DEMO_API_KEY, 'Content-Type': 'application/json', Accept: 'application/json' };
				// Billomat's Settings > Webhooks, in the sandbox: this URL, JSON, every event (the trigger
				// picks invoice-payment.create, so the others are answered 200 and start nothing).
				const configured = await fetch(`${base}/__billomat/webhook`, {
					method: 'PUT',
					headers,
					body: JSON.stringify({ url, events: ['*'], format: 'json' }),
				});
				assert.equal(configured.status, 200, 'the sandbox took the webhook configuration');
				const open = (await (await fetch(`${base}/api/invoices?status=OPEN&per_page=1`, { headers })).json()) as {
					invoices: { invoice: Record<string, string> | Array<Record<string, string>> };
				};
				const invoice = [open.invoices.invoice].flat()[0];
				assert.ok(invoice, 'the sandbox has an open invoice to pay');
				const before = (await (await fetch(`${base}/__billomat/webhook`)).json()) as { deliveries: unknown[] };
				const paid = await fetch(`${base}/api/invoice-payments`, {
					method: 'POST',
					headers,
					body: JSON.stringify({ 'invoice-payment': { invoice_id: Number(invoice.id), amount: Number(invoice.open_amount), type: 'BANK_TRANSFER', comment: 'e2e' } }),
				});
				assert.equal(paid.status, 201, 'Billomat recorded the payment');
				const delivery = await (async () => {
					for (let i = 0; i < 60; i++) {
						const state = (await (await fetch(`${base}/__billomat/webhook`)).json()) as {
							deliveries: Array<{ event: string; status?: number; error?: string }>;
						};
						const fresh = state.deliveries.slice(before.deliveries.length).find((d) => d.event === 'invoice-payment.create');
						if (fresh && (fresh.status !== undefined || fresh.error)) return fresh;
						await new Promise((resolve) => setTimeout(resolve, 500));
					}
					throw new Error('the sandbox never delivered invoice-payment.create');
				})();
				// Settings > Webhooks emptied again: later writes by other cases call nobody.
				await fetch(`${base}/__billomat/webhook`, { method: 'DELETE' });
				assert.equal(delivery.error, undefined, `the delivery failed: ${delivery.error}`);
				return { status: delivery.status!, body: { invoice_id: Number(invoice.id), invoice_number: invoice.invoice_number } };
			},
			checkResponse(status) {
				assert.equal(status, 200, 'n8n answered Billomat 200, so Billomat counts the call a success');
			},
		},
		check(items, context) {
			const ctx = needs(context);
			const [payment] = bodies(ctx, 'billomat', 'POST', /\/api\/invoice-payments$/).map((body) => body['invoice-payment'] as Record<string, unknown>);
			assert.ok(payment, 'the e2e recorded a payment through the API');
			assert.equal(items.length, 1, 'the payment started one execution');
			const invoice = items[0].json;
			assert.equal(invoice.id, payment.invoice_id, 'the trigger handed on the paid invoice');
			assert.equal(invoice.status, 'PAID');
			assert.equal(invoice.open_amount, 0);
			assert.equal(ctx.mails.length, 1, 'one message reached the mail server');
			const [mail] = ctx.mails;
			assert.deepEqual(mail.to, ['accounts@demo-company.example']);
			assert.equal(mail.subject, `Payment received: ${String(invoice.invoice_number)} is PAID`);
			assert.match(String(mail.text), new RegExp(`payment of ${String(payment.amount).replace('.', '\\.')} EUR \\(BANK_TRANSFER\\)`));
			assert.match(String(mail.text), /event invoice-payment\.create\)/);
		},
	},
	{
		example: 'invoicexpress-invoice-settled',
		node: 'Invoice settled',
		poll: {
			sandbox: 'invoicexpress',
			path: /^\/invoices\.json$/,
			async provoke(base) {
				// An invoice of today is created, finalized and settled in the account, as a user would.
				const today = new Date().toISOString().slice(0, 10).split('-').reverse().join('/');
				const created = await ixRequest(base, 'POST', '/invoices.json', {
					invoice: {
						date: today,
						due_date: today,
						client: { name: 'Café Lisboa, Lda', code: 'CL02' },
						items: [{ name: 'E2E settled', unit_price: 100, quantity: 2, unit: 'unit', tax: { name: 'IVA23' } }],
					},
				});
				const id = (created.invoice as { id: number }).id;
				await ixRequest(base, 'PUT', `/invoices/${id}/change-state.json`, { invoice: { state: 'finalized' } });
				await ixRequest(base, 'PUT', `/invoices/${id}/change-state.json`, { invoice: { state: 'settled' } });
			},
		},
		check(items, context) {
			const ctx = needs(context);
			const settled = ctx
				.requests('invoicexpress')
				.filter((r) => r.method === 'PUT' && /change-state\.json$/.test(r.path))
				.filter((r) => (JSON.parse(r.body.toString('utf8')) as { invoice: { state: string } }).invoice.state === 'settled');
			assert.equal(settled.length, 1, 'the e2e settled one invoice');
			const id = Number(/^\/invoices\/(\d+)\//.exec(settled[0].path)![1]);
			assert.equal(items.length, 1, 'the settled invoice started the workflow, alone');
			const invoice = items[0].json;
			assert.deepEqual(
				[invoice.id, invoice.type, invoice.status, invoice.total, (invoice.client as Record<string, unknown>).name],
				[id, 'Invoice', 'settled', 246, 'Café Lisboa, Lda'],
			);
			assert.match(String(invoice.date), /^\d{4}-\d{2}-\d{2}$/);
			assert.equal(ctx.mails.length, 1, 'one message reached the mail server');
			const [mail] = ctx.mails;
			assert.deepEqual(mail.to, ['accounts@demo-company.example']);
			assert.equal(mail.subject, `Invoice ${String(invoice.sequence_number)} settled`);
			assert.match(String(mail.text), new RegExp(`\\(id ${id}\\) of Café Lisboa, Lda as settled: 246 Euro`));
		},
	},
	{
		example: 'invoicexpress-pdf-email',
		node: 'Download PDF',
		async check(items, context) {
			const ctx = needs(context);
			assert.equal(items.length, 1);
			const fileName = items[0].binary?.data?.fileName;
			assert.ok(fileName && fileName.endsWith('.pdf'), 'a PDF in binary property "data"');
			// What InvoiceXpress serves at the PDF's address, as any client reads it.
			const served = Buffer.from(await (await fetch(String(items[0].json.pdfUrl))).arrayBuffer());
			assert.ok(served.subarray(0, 5).toString() === '%PDF-', 'the sandbox serves a PDF');
			assert.equal(ctx.mails.length, 1, 'one message reached the mail server');
			const [mail] = ctx.mails;
			assert.equal(mail.to.length, 1, 'one recipient: the invoice\'s client');
			assert.equal(mail.from, 'billing@demo-company.example');
			assert.match(mail.subject, /^Invoice /);
			assert.equal(mail.attachments.length, 1);
			assert.equal(mail.attachments[0].filename, fileName);
			assert.ok(mail.attachments[0].content.equals(served), 'the attachment is byte-identical to what InvoiceXpress served');
			const onDisk = readFileSync(join(ctx.filesDir, 'out', fileName));
			assert.ok(onDisk.equals(served), 'the copy on disk is byte-identical too');
		},
	},
	{
		example: 'invoicexpress-order-to-invoice-receipt',
		node: 'Download PDF',
		async check(items, context) {
			// The order row's client (code PD01) is new to the sandbox: Find or Create searched by code,
			// then by name, and created it; the invoice-receipt was made for it from the order's lines,
			// finalized, and its PDF downloaded. The suite's engine test gives the items only; the e2e
			// also checks what InvoiceXpress and the mail server received.
			assert.equal(items.length, 1);
			const receipt = items[0].json;
			assert.ok(Number.isInteger(receipt.id), `a document ID: ${JSON.stringify(receipt)}`);
			assert.equal(receipt.fileName, `invoice_receipts-${String(receipt.id)}.pdf`);
			const pdf = items[0].binary?.data;
			assert.ok(pdf, 'a binary property "data"');
			assert.equal(pdf.mimeType, 'application/pdf');
			if (!context) return;
			const requests = context.requests('invoicexpress');
			assert.deepEqual(
				requests.filter((r) => r.path.startsWith('/clients')).map((r) => [r.method, r.path]),
				[
					['GET', '/clients/find-by-code.json'],
					['GET', '/clients/find-by-name.json'],
					['POST', '/clients.json'],
				],
				'by code, by name, then created once',
			);
			const [client] = bodies(context, 'invoicexpress', 'POST', /^\/clients\.json$/).map((body) => body.client as Record<string, unknown>);
			assert.deepEqual(client, {
				name: 'Padaria Central, Lda',
				code: 'PD01',
				fiscal_id: '508025338',
				email: 'compras@padaria-central.example',
				language: 'pt',
				country: 'Portugal',
			});
			const [document] = bodies(context, 'invoicexpress', 'POST', /^\/invoice_receipts\.json$/).map((body) => body.invoice as Record<string, unknown>);
			assert.deepEqual(document.client, { name: 'Padaria Central, Lda', code: 'PD01' });
			assert.equal(document.reference, 'LOJA-1001');
			assert.deepEqual(
				(document.items as Array<Record<string, unknown>>).map((line) => [line.name, line.unit_price, line.quantity, line.unit]),
				[
					['Café em grão 1 kg', 12.5, 4, 'unit'],
					['Revisão do moinho', 40, 1, 'service'],
				],
			);
			assert.deepEqual(
				bodies(context, 'invoicexpress', 'PUT', /^\/invoice_receipts\/\d+\/change-state\.json$/).map((body) => (body.invoice as Record<string, unknown>).state),
				['finalized'],
				'finalized once',
			);
			// The PDF as InvoiceXpress serves it, and the message with it attached to the client's address.
			const served = Buffer.from(await (await fetch(String(receipt.pdfUrl))).arrayBuffer());
			assert.equal(served.subarray(0, 5).toString(), '%PDF-');
			assert.equal(context.mails.length, 1, 'one message reached the mail server');
			const [mail] = context.mails;
			assert.deepEqual(mail.to, ['compras@padaria-central.example']);
			assert.match(mail.subject, /^Invoice-receipt \d+\/IR for your order LOJA-1001$/);
			assert.equal(mail.attachments.length, 1);
			assert.equal(mail.attachments[0].filename, receipt.fileName);
			assert.ok(mail.attachments[0].content.equals(served), 'the attachment is byte-identical to what InvoiceXpress served');
		},
	},
	{
		example: 'imaterialise-pdf-from-disk',
		node: 'Upload to the print order',
		async check(items, context) {
			const ctx = needs(context);
			assert.equal(items.length, 1);
			assert.equal(items[0].json.success, true);
			assert.equal(items[0].json.fileName, 'print-order-invoice.pdf');
			// Billomat's PDF of invoice 1, as its API serves it.
			const reply = await fetch(`${ctx.sandboxUrl('billomat')}/api/invoices/1/pdf?format=pdf`, {
				headers: { 'X-BillomatApiKey': BILLOMAT_DEMO_API_KEY },
			});
			const billomatPdf = Buffer.from(await reply.arrayBuffer());
			assert.equal(reply.status, 200);
			const onDisk = readFileSync(join(ctx.filesDir, 'out', 'print-order-invoice.pdf'));
			assert.ok(onDisk.equals(billomatPdf), 'the file on disk is the PDF Billomat served');
			const [upload] = ctx.requests('imaterialise').filter((r) => r.method === 'POST');
			assert.ok(upload, 'i.materialise received the upload');
			const parts = parseMultipart(upload.body, String(upload.headers['content-type']));
			const file = parts.find((part) => part.fileName !== undefined);
			assert.ok(file, 'a file part');
			assert.equal(file.fileName, 'print-order-invoice.pdf');
			assert.ok(file.data.equals(onDisk), 'what was uploaded is the file read back from disk, byte for byte');
		},
	},
	{
		example: 'imaterialise-ready-to-ship',
		node: 'Upload delivery note',
		poll: {
			sandbox: 'imaterialise',
			path: /^\/web-api\/orders$/,
			async provoke(base) {
				// The order IM-1002 is made and reaches Ready to Ship (the sandbox's control route: in
				// production i.materialise moves it).
				const response = await fetch(`${base}/_sandbox/orders/${IMATERIALISE_ORDERS.second}/status`, {
					method: 'POST',
					headers: { 'content-type': 'application/json' },
					body: JSON.stringify({ status: 'ReadyToShip' }),
				});
				assert.equal(response.status, 200, `the sandbox moved the order: ${await response.text()}`);
			},
		},
		check(items, context) {
			const ctx = needs(context);
			// One execution, for the one order that reached Ready to Ship: its delivery note uploaded.
			assert.equal(items.length, 1, 'the order started the workflow once');
			assert.deepEqual(
				[items[0].json.orderId, items[0].json.document, items[0].json.fileName, items[0].json.mimeType, items[0].json.success],
				[IMATERIALISE_ORDERS.second, 'deliveryNote', 'delivery-note-IM-1002.pdf', 'application/pdf', true],
			);
			const uploads = ctx.requests('imaterialise').filter((r) => r.method === 'POST' && r.path.startsWith(`/web-api/order/${IMATERIALISE_ORDERS.second}/`));
			assert.deepEqual(uploads.map((r) => r.path).sort(), [
				`/web-api/order/${IMATERIALISE_ORDERS.second}/delivery-note`,
				`/web-api/order/${IMATERIALISE_ORDERS.second}/invoice`,
			]);
			for (const [upload, title, fileName] of [
				[uploads.find((r) => r.path.endsWith('/invoice'))!, 'INVOICE IM-1002', 'invoice-IM-1002.pdf'],
				[uploads.find((r) => r.path.endsWith('/delivery-note'))!, 'DELIVERY NOTE IM-1002', 'delivery-note-IM-1002.pdf'],
			] as const) {
				const file = parseMultipart(upload.body, String(upload.headers['content-type'])).find((part) => part.fileName !== undefined);
				assert.ok(file, `a file part in ${upload.path}`);
				assert.equal(file.fileName, fileName);
				assert.equal(file.contentType, 'application/pdf');
				const text = file.data.toString('latin1');
				assert.ok(text.startsWith('%PDF-1.4') && text.trimEnd().endsWith('%%EOF'), 'a PDF built by the workflow');
				assert.ok(text.includes(`(${title})`) && text.includes(`(Order ${IMATERIALISE_ORDERS.second})`), `the PDF names the order: ${title}`);
			}
		},
	},
];
