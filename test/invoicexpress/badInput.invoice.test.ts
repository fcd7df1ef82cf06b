// Bad input that used to reach InvoiceXpress (issue 13): refused before any request, with the item
// and the fix, in both API flavours, through the real engine against the sandbox.
import type { IDataObject } from 'n8n-workflow';

import { InvoiceXpressSandbox } from '../../sandbox/invoicexpress';
import type { RunResult } from '../harness/engine';
import { runWorkflow } from '../harness/engine';
import { expectRefusedBeforeAnyRequest, useSandbox } from '../harness/sandbox';
import type { FixtureItem } from '../harness/testNodes';
import { bodyText, credentials, FLAVOURS, ix } from './common';

const api = useSandbox(() => new InvoiceXpressSandbox());

const NOT_TEXT = 'Give text or a number. When the value comes from an expression, pick the text inside it, e.g. {{ $json.customer.name }} instead of {{ $json.customer }}, or join a list with .join(\', \').';
const TOO_LARGE =
	'Amounts, prices and quantities must be finite and at most 1,000,000,000,000 either way: a larger value is almost always a slip (a missing decimal point, the wrong field). Check the value.';
const CONTROL =
	'Remove the character (it is invisible: it often comes from a copy from another program or a binary file). Tabs and line breaks are fine.';

/** Update of document 1001: a client and one item; `overrides` may hold expressions over the input item. */
function update(overrides: IDataObject, input: FixtureItem[] = [{ json: {} }]) {
	return ix(
		'update',
		{
			documentType: 'invoices',
			invoiceId: '1001',
			clientName: 'Bruce Norris',
			lineItems: { item: [{ name: 'Product 1', unitPrice: 10, quantity: 1, unit: 'unit' }] },
			...overrides,
		},
		input,
	);
}

const expectRefused = (result: RunResult, message: string, description: string) =>
	expectRefusedBeforeAnyRequest(result, api.server, message, description);

describe.each(FLAVOURS)('InvoiceXpress › bad input (%s flavour)', (flavour) => {
	const run = async (workflow: ReturnType<typeof ix>) => await runWorkflow(workflow, { credentials: credentials(api.url, flavour) });

	test('a client name that is an object is refused, not sent raw', async () => {
		const result = await run(update({ clientName: '={{ $json.client }}' }, [{ json: { client: { name: 'Bruce Norris', vat: 'PT1' } } }]));
		expectRefused(result, 'Item 0: "Client Name" is an object ({"name":"Bruce Norris","vat":"PT1"}), not text', NOT_TEXT);
	});

	test('an item name that is a list is refused, not sent raw', async () => {
		const result = await run(
			update({ lineItems: { item: [{ name: '={{ $json.names }}', unitPrice: 10, quantity: 1, unit: 'unit' }] } }, [{ json: { names: ['A', 'B'] } }]),
		);
		expectRefused(result, 'Item 0: "Line Items 1 › Name" is an array (["A","B"]), not text', NOT_TEXT);
	});

	test('an item name given as JSON object is refused too', async () => {
		const result = await run(update({ itemsInput: 'json', lineItemsJson: '[{"name": {"pt": "Produto"}, "unit_price": 10, "quantity": 1, "unit": "unit"}]' }));
		expectRefused(result, 'Item 0: "Line Items 1 › Name" is an object ({"pt":"Produto"}), not text', NOT_TEXT);
	});

	test('a unit price of 1e308 is refused with the bound', async () => {
		const result = await run(update({ lineItems: { item: [{ name: 'Product 1', unitPrice: '={{ $json.price }}', quantity: 1, unit: 'unit' }] } }, [{ json: { price: 1e308 } }]));
		expectRefused(
			result,
			'Item 0: "Line Items 1 › Unit Price" (1e+308) is outside the range this node accepts, -1,000,000,000,000 to 1,000,000,000,000',
			TOO_LARGE,
		);
	});

	test('a quantity whose comma may separate thousands is refused with both readings', async () => {
		const result = await run(update({ itemsInput: 'json', lineItemsJson: '[{"name": "A", "unit_price": 10, "quantity": "2,000", "unit": "unit"}]' }));
		expectRefused(
			result,
			'Item 0: "Line Items 1 › Quantity" ("2,000") is not a number',
			'A comma before three digits may separate thousands: write 2.000 for the decimal number, or 2000 for the whole number.',
		);
	});

	test.each([
		['\u0001', 'U+0001', { clientName: 'Bruce\u0001Norris' }, '"Client Name"', 6],
		['\u0008', 'U+0008', { updateFields: { observations: 'Computer\u0008 processed' } }, '"Observations"', 9],
		['\u000B', 'U+000B', { lineItems: { item: [{ name: 'Product 1', description: '\u000Bclean', unitPrice: 10, quantity: 1, unit: 'unit' }] } }, '"Line Items 1 › Description"', 1],
		['\u001F', 'U+001F', { client: { address: 'Rua\u001F 1' } }, '"Client Address"', 4],
	])('a control character XML cannot carry (%j) is refused, naming the field', async (_char, code, overrides, field, position) => {
		const result = await run(update(overrides as IDataObject));
		expectRefused(result, `Item 0: ${field} contains the control character ${code} at position ${position}, which XML documents cannot carry`, CONTROL);
	});

	test('tabs and line breaks are kept', async () => {
		const result = await run(update({ updateFields: { observations: 'Line 1\nLine 2\tend\r\n' } }));
		expect(result.error()).toBeUndefined();
		expect(bodyText(api.server.received()[0])).toContain(flavour === 'legacy' ? 'Line 1\nLine 2\tend' : 'Line 1\\nLine 2\\tend');
	});

	test('a document ID above 2^53 − 1 is refused rather than answered for another number', async () => {
		const result = await run(ix('get', { documentType: 'invoices', invoiceId: '99999999999999999999' }));
		expectRefused(
			result,
			'Item 0: "Invoice ID" ("99999999999999999999") is not an InvoiceXpress document ID: it is larger than 9007199254740991, and would not arrive exactly',
			'Give the numeric ID of the document, e.g. 1503698 (the "id" field of Get or Get Many), not its sequence number. Check that the ID was copied whole and from the right field.',
		);
	});

	test('an email subject with a control character, or a CC that is not an address, is refused', async () => {
		const send = { documentType: 'invoices', invoiceId: '1002', email: 'geral@cafelisboa.pt', subject: 'Fatura', body: 'Segue a fatura' };
		const subject = await run(ix('sendEmail', { ...send, subject: 'Fatura\u0001' }));
		expectRefused(subject, 'Item 0: "Subject" contains the control character U+0001 at position 7, which XML documents cannot carry', CONTROL);
		const cc = await run(ix('sendEmail', { ...send, options: { cc: 'boss at cafelisboa' } }));
		expectRefused(cc, 'Item 0: "CC" has an invalid email address: boss at cafelisboa', 'Give plain addresses separated by commas, e.g. a@example.com, b@example.com.');
	});
});
