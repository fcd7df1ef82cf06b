// Bad input for the item operations: refused before any request, with the item and the fix.
import type { RunResult } from '../harness/engine';
import { expectRefusedBeforeAnyRequest } from '../harness/sandbox';
import { billomatSandbox, run } from './setup';

const api = billomatSandbox();

const expectRefused = (result: RunResult, message: string, description: string) =>
	expectRefusedBeforeAnyRequest(result, api.server, message, description);

const ID_HINT = 'Give the numeric ID Billomat shows for the record, e.g. 12345.';

describe('Billomat › Invoice Item › bad input', () => {
	test('an item ID that is not a number is refused on Get, Update and Delete', async () => {
		for (const operation of ['get', 'update', 'delete']) {
			const result = await run(api.url, { resource: 'invoiceItem', operation, itemId: 'Design', updateFields: { quantity: 2 } });
			expectRefused(result, 'Item 0: "Item ID" ("Design") is not a Billomat ID', ID_HINT);
		}
	});

	test('a quantity that is not a number is refused', async () => {
		const result = await run(api.url, { resource: 'invoiceItem', operation: 'create', invoiceId: '2', title: 'Work', quantity: '={{ "two" }}' });
		expect(result.error()?.message).toBe('Item 0: "Quantity" ("two") is not a number');
		expect(api.server.received()).toEqual([]);
	});

	test('a tax rate above 100 % is refused', async () => {
		const result = await run(api.url, { resource: 'invoiceItem', operation: 'update', itemId: '2001', updateFields: { tax_rate: 190 } });
		expectRefused(result, 'Item 0: "Tax Rate" (190) is outside the range this node accepts, 0 to 100', 'Give a number from 0 to 100.');
	});

	test('a reduction that is neither an amount nor a percentage is refused', async () => {
		const result = await run(api.url, { resource: 'invoiceItem', operation: 'update', itemId: '2001', updateFields: { reduction: 'ten' } });
		expectRefused(result, 'Item 0: "Reduction" ("ten") is neither an amount nor a percentage', 'Give an amount such as 10 or a percentage such as 10%.');
	});

	test('a blank title is refused', async () => {
		const result = await run(api.url, { resource: 'invoiceItem', operation: 'create', invoiceId: '2', title: '   ' });
		expectRefused(result, 'Item 0: "Title" is blank', 'Give the item a title, or leave Title empty to keep the article’s (or Billomat’s) own.');
	});

	test('an article ID that is not a number is refused', async () => {
		const result = await run(api.url, { resource: 'invoiceItem', operation: 'create', invoiceId: '2', additionalFields: { article_id: 'ART-9' } });
		expectRefused(result, 'Item 0: "Article ID" ("ART-9") is not a Billomat ID', ID_HINT);
	});

	test('an Update without fields is refused', async () => {
		const result = await run(api.url, { resource: 'invoiceItem', operation: 'update', itemId: '2001' });
		expectRefused(result, 'Item 0: no field to update', 'Add at least one field under "Update Fields".');
	});
});
