// Bad input that used to reach i.materialise (issue 13): an Order ID that is not text was sent as
// "[object Object]". Refused before any request, with the item and the fix, through the real engine.
import { IMATERIALISE_ORDERS } from '../../sandbox/imaterialise';
import { runWorkflow } from '../harness/engine';
import { apiRequests, credentialsFor, fileItem, imaterialiseSandbox, PDF, uploadWorkflow } from './setup';

const api = imaterialiseSandbox();

const NOT_TEXT = 'Give text or a number. When the value comes from an expression, pick the text inside it, e.g. {{ $json.customer.name }} instead of {{ $json.customer }}, or join a list with .join(\', \').';

describe.each(['invoice', 'deliveryNote'] as const)('i.materialise › %s › Add or Update › Order ID', (resource) => {
	test.each([
		['an object', { id: IMATERIALISE_ORDERS.open }, 'Item 0: "Order ID" is an object ({"id":"6F9619FF-8B86-D011-B42D-00C04FC964FF"}), not text'],
		['an array', [IMATERIALISE_ORDERS.open, IMATERIALISE_ORDERS.second], 'Item 0: "Order ID" is an array (["6F9619FF-8B86-D011-B42D-00C04FC964FF","3B241101-E2BB-4255-…), not text'],
	])('%s is refused, not sent as "[object Object]"', async (_kind, order, message) => {
		const result = await runWorkflow(
			uploadWorkflow(resource, { orderId: '={{ $json.order }}' }, [fileItem(PDF, 'INVOICE_TEST.pdf', 'application/pdf', { order })]),
			{ credentials: credentialsFor(api.url) },
		);
		const error = result.error();
		expect(error?.message).toBe(message);
		expect(error?.description).toBe(NOT_TEXT);
		expect(error?.context?.itemIndex).toBe(0);
		expect(apiRequests(api.server)).toEqual([]);
	});

	test('the order’s ID inside the object is sent as given, trimmed', async () => {
		const result = await runWorkflow(
			uploadWorkflow(resource, { orderId: '={{ $json.order.id }}' }, [fileItem(PDF, 'INVOICE_TEST.pdf', 'application/pdf', { order: { id: ` ${IMATERIALISE_ORDERS.open} ` } })]),
			{ credentials: credentialsFor(api.url) },
		);
		expect(result.error()).toBeUndefined();
		expect(apiRequests(api.server)[0].path).toBe(`/web-api/order/${IMATERIALISE_ORDERS.open}/${resource === 'invoice' ? 'invoice' : 'delivery-note'}`);
	});

	test('an empty Order ID is refused as before', async () => {
		const result = await runWorkflow(uploadWorkflow(resource, { orderId: '  ' }, [fileItem(PDF, 'INVOICE_TEST.pdf', 'application/pdf')]), {
			credentials: credentialsFor(api.url),
		});
		expect(result.error()?.message).toBe('Item 0: "Order ID" is empty');
		expect(result.error()?.description).toBe('Give the ID of the i.materialise order the document belongs to.');
		expect(apiRequests(api.server)).toEqual([]);
	});
});
