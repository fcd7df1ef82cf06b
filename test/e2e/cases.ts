// What `npm run test:e2e` expects of each example workflow in examples/, run in a real n8n
// against the sandboxes. One entry per example file; the runner fails on an example without an
// entry here, and on an entry without its example.
//
// To add a provider: put `examples/<name>.json` (Manual Trigger → your node, credential of the
// sandbox type, an "id" of at most 16 characters) and add `{ example: '<name>', … }` below.
import assert from 'node:assert/strict';

export interface OutputItem {
	json: Record<string, unknown>;
	binary?: Record<string, { fileName?: string; mimeType?: string; fileSize?: string; [key: string]: unknown }>;
}

export interface E2eCase {
	/** File name in examples/ without `.json`. */
	example: string;
	/** The node whose first output is checked. */
	node: string;
	/** Throws (node:assert) when the items are not what the sandbox's demo data must give. */
	check(items: OutputItem[]): void;
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
			// Two spreadsheet rows became drafts 1000 and 1001 in the fresh sandbox; Complete gave
			// them the next numbers (RE127, RE128) and a PDF; each was emailed, then its PDF fetched.
			assert.equal(items.length, 2);
			assert.deepEqual(
				items.map((item) => [item.json.invoice_id, item.json.filename, item.json.mimetype]),
				[
					[1000, 'invoice_RE127.pdf', 'application/pdf'],
					[1001, 'invoice_RE128.pdf', 'application/pdf'],
				],
			);
			for (const item of items) {
				const pdf = item.binary?.data;
				assert.ok(pdf, 'a binary property "data"');
				assert.equal(pdf.mimeType, 'application/pdf');
				assert.equal(pdf.fileName, item.json.filename);
				assert.ok(typeof item.json.filesize === 'number' && item.json.filesize > 300, 'a whole PDF');
			}
		},
	},
];
