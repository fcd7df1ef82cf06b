// The output of Add or Update (issue 14, item 9): with Simplify on (the default) what was uploaded,
// the same keys for a binary and a file URL and no empty `response`; with Simplify off what was
// sent with i.materialise's HTTP status and its reply as it came.
import type { INodeProperties } from 'n8n-workflow';

import { IMATERIALISE_ORDERS } from '../../sandbox/imaterialise';
import { runWorkflow } from '../harness/engine';
import { PACKAGE_NAME, registry } from '../harness/registry';
import { apiRequests, credentialsFor, fileItem, imaterialiseSandbox, PDF, uploadWorkflow } from './setup';

const api = imaterialiseSandbox();
const credentials = () => credentialsFor(api.url);
const ORDER = IMATERIALISE_ORDERS.open;
const SIMPLE_KEYS = ['orderId', 'document', 'source', 'fileName', 'fileUrl', 'mimeType', 'fileSize', 'success'];

/** Two items in one run: the first uploads its binary, the second gives a file URL (Source by expression). */
function binaryThenUrl(resource: 'invoice' | 'deliveryNote', parameters: Record<string, unknown> = {}) {
	const fileUrl = `${api.url}/files/INVOICE_TEST.pdf`;
	return uploadWorkflow(
		resource,
		{ orderId: ORDER, source: '={{ $json.source }}', fileUrl: '={{ $json.fileUrl ?? "" }}', ...parameters },
		[fileItem(PDF, 'INVOICE_TEST.pdf', 'application/pdf', { source: 'binary' }), { json: { source: 'url', fileUrl } }],
	);
}

describe('i.materialise › output › Simplify', () => {
	test('is a top-level switch of both Add or Update operations, on by default', () => {
		const properties = registry().getByNameAndVersion(`${PACKAGE_NAME}.iMaterialise`).description.properties;
		const simplify = properties.filter((p: INodeProperties) => p.name === 'simplify');
		expect(simplify.map((p) => [p.type, p.default, p.displayName, p.displayOptions?.show])).toEqual([
			['boolean', true, 'Simplify', { resource: ['invoice'], operation: ['addOrUpdate'] }],
			['boolean', true, 'Simplify', { resource: ['deliveryNote'], operation: ['addOrUpdate'] }],
		]);
	});

	test.each(['invoice', 'deliveryNote'] as const)(
		'%s, on: a binary and a file URL give the same keys, null where not known, and no empty "response"',
		async (resource) => {
			const fileUrl = `${api.url}/files/INVOICE_TEST.pdf`;
			const result = await runWorkflow(binaryThenUrl(resource), { credentials: credentials() });
			expect(apiRequests(api.server)).toHaveLength(2);
			const items = result.items();
			expect(items).toEqual([
				{
					json: {
						orderId: ORDER,
						document: resource,
						source: 'binary',
						fileName: 'INVOICE_TEST.pdf',
						fileUrl: null,
						mimeType: 'application/pdf',
						fileSize: PDF.length,
						success: true,
					},
					pairedItem: { item: 0 },
				},
				{
					json: {
						orderId: ORDER,
						document: resource,
						source: 'url',
						fileName: null,
						fileUrl,
						mimeType: null,
						fileSize: null,
						success: true,
					},
					pairedItem: { item: 1 },
				},
			]);
			// The table view shows one column per key: every item has every column, in one order.
			for (const item of items) expect(Object.keys(item.json)).toEqual(SIMPLE_KEYS);
		},
	);

	test.each(['invoice', 'deliveryNote'] as const)(
		'%s, off: what was sent, the HTTP status and i.materialise\'s reply as it came (the documented empty 200 body)',
		async (resource) => {
			const fileUrl = `${api.url}/files/INVOICE_TEST.pdf`;
			const result = await runWorkflow(binaryThenUrl(resource, { simplify: false }), { credentials: credentials() });
			expect(result.items()).toEqual([
				{
					json: {
						orderId: ORDER,
						document: resource,
						source: 'binary',
						fileName: 'INVOICE_TEST.pdf',
						mimeType: 'application/pdf',
						fileSize: PDF.length,
						success: true,
						statusCode: 200,
						response: {},
					},
					pairedItem: { item: 0 },
				},
				{
					json: { orderId: ORDER, document: resource, source: 'url', fileUrl, success: true, statusCode: 200, response: {} },
					pairedItem: { item: 1 },
				},
			]);
		},
	);

	test('off: a JSON body the server sends with its success is output as it came; on, it is not', async () => {
		const reply = { status: 200, headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ orderId: 42, status: 'Updated' }) };
		api.server.injectFault({ kind: 'reply', reply });
		const raw = await runWorkflow(uploadWorkflow('invoice', { orderId: ORDER, simplify: false }, [fileItem(PDF, 'a.pdf', 'application/pdf')]), {
			credentials: credentials(),
		});
		expect(raw.items()[0].json).toMatchObject({ statusCode: 200, response: { orderId: 42, status: 'Updated' } });

		api.server.injectFault({ kind: 'reply', reply });
		const simple = await runWorkflow(uploadWorkflow('invoice', { orderId: ORDER }, [fileItem(PDF, 'a.pdf', 'application/pdf')]), {
			credentials: credentials(),
		});
		expect(simple.items()[0].json).toEqual({
			orderId: ORDER,
			document: 'invoice',
			source: 'binary',
			fileName: 'a.pdf',
			fileUrl: null,
			mimeType: 'application/pdf',
			fileSize: PDF.length,
			success: true,
		});
	});
});
