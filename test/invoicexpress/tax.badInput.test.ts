// Bad input to the catalogue operations (Item, Tax, Sequence): refused before any request, naming
// the item and the field, with the fix.
import { InvoiceXpressSandbox } from '../../sandbox/invoicexpress';
import { runWorkflow } from '../harness/engine';
import { expectRefusedBeforeAnyRequest, useSandbox } from '../harness/sandbox';
import type { FixtureItem } from '../harness/testNodes';
import { credentials, ix } from './common';

const api = useSandbox(() => new InvoiceXpressSandbox());
const refused = async (resource: string, operation: string, parameters: Record<string, unknown>, message: string, description: string, input?: FixtureItem[]) => {
	const result = await runWorkflow(ix(operation, { resource, ...parameters }, input), { credentials: credentials(api.url) });
	expectRefusedBeforeAnyRequest(result, api.server, message, description);
};

const NOT_TEXT = "Give text or a number. When the value comes from an expression, pick the text inside it, e.g. {{ $json.customer.name }} instead of {{ $json.customer }}, or join a list with .join(', ').";

describe('InvoiceXpress › catalogue › bad input', () => {
	test.each([
		['item', 'get', 'itemId', 'Item ID', 'item', '2211'],
		['item', 'delete', 'itemId', 'Item ID', 'item', '2211'],
		['tax', 'get', 'taxId', 'Tax ID', 'tax', '1'],
		['sequence', 'register', 'sequenceId', 'Sequence ID', 'sequence', '12345'],
		['sequence', 'setCurrent', 'sequenceId', 'Sequence ID', 'sequence', '12345'],
	])('%s %s: an ID that is no number never reaches the path', async (resource, operation, field, label, noun, example) => {
		await refused(
			resource,
			operation,
			{ [field]: { __rl: true, mode: 'id', value: '={{ $json.id }}' } },
			`Item 0: "${label}" ("7/../../invoices") is not an InvoiceXpress ${noun} ID`,
			`Give the numeric ID of the ${noun}, e.g. ${example} (the "id" field of Get or Get Many), or pick it from the list.`,
			[{ json: { id: '7/../../invoices' } }],
		);
	});

	test('an item name that is an object is refused, not sent raw', async () => {
		await refused('item', 'create', { name: '={{ $json.name }}', unitPrice: 1, unit: 'unit' }, 'Item 0: "Name" is an object ({"pt":"Café"}), not text', NOT_TEXT, [
			{ json: { name: { pt: 'Café' } } },
		]);
	});

	test('an empty item name is refused with the fix', async () => {
		await refused('item', 'create', { name: '  ', unitPrice: 1, unit: 'unit' }, 'Item 0: "Name" is empty', 'Give the item a name, unique in the account.');
	});

	test('a negative unit price is refused with the bound', async () => {
		await refused('item', 'create', { name: 'Refund', unitPrice: -5, unit: 'unit' }, 'Item 0: "Unit Price" (-5) is outside the range this node accepts, 0 to 1,000,000,000,000', 'Give a number from 0 to 1,000,000,000,000.');
	});

	test('an item update without any field is refused', async () => {
		await refused('item', 'update', { itemId: { __rl: true, mode: 'id', value: '2201' } }, 'Item 0: no field to update', 'Add a field under "Update Fields" or choose a Tax.');
	});

	test('a tax rate above 100 is refused', async () => {
		await refused('tax', 'create', { name: 'IVA230', value: 230 }, 'Item 0: "Value" (230) is outside the range this node accepts, 0 to 100', 'Give a number from 0 to 100.');
	});

	test('a region that is neither documented nor a country code is refused', async () => {
		await refused('tax', 'create', { name: 'IVA7', value: 7, additionalFields: { region: 'Lisbon' } }, 'Item 0: "Region" ("Lisbon") is not a tax region', 'Give PT, PT-AC, PT-MA, Desconhecido or a two-letter country code such as ES.');
	});

	test('a tax code outside the documented list is refused', async () => {
		await refused('tax', 'update', { taxId: { __rl: true, mode: 'id', value: '1' }, updateFields: { code: 'ABC' } }, 'Item 0: "Code" ("ABC") is not a tax code', 'Give one of NOR, INT, RED, OUT or ISE.');
	});

	test('a tax update without any field is refused', async () => {
		await refused('tax', 'update', { taxId: { __rl: true, mode: 'id', value: '1' } }, 'Item 0: no field to update', 'Add a field under "Update Fields".');
	});

	test('a sequence without a serie is refused', async () => {
		await refused('sequence', 'create', { serie: '={{ $json.serie }}' }, 'Item 0: "Serie" is empty', 'Give the sequence a name, e.g. 2024.', [{ json: { serie: ' ' } }]);
	});

	test('a Limit of 0 is refused', async () => {
		await refused('tax', 'getAll', { returnAll: false, limit: 0 }, 'Item 0: "Limit" (0) is outside the range this node accepts, 1 to 1,000,000,000,000', 'Give a number from 1 to 1,000,000,000,000.');
	});
});
