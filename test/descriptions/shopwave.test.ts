// How the Shopwave node's Line Items look in the editor. Version 1.1 (new nodes) shows the three
// fields a line item needs and puts the other six under "Add Field"; version 1 (workflows
// saved before) keeps its nine fields at the top level, so n8n does not drop the values they hold.
import type { INodeProperties, INodePropertyCollection } from 'n8n-workflow';
import { NodeHelpers } from 'n8n-workflow';

import { Shopwave } from '../../nodes/Shopwave/Shopwave.node';

const description = new Shopwave().description;

/** The Line Items field n8n shows for this node version, as the editor resolves displayOptions. */
function lineItemFields(typeVersion: number): INodeProperties[] {
	const node = { typeVersion, parameters: {} };
	const parameters = { resource: 'invoice', operation: 'upsert', itemsInput: 'fields' };
	const shown = description.properties.filter(
		(p) => p.name === 'lineItems' && NodeHelpers.displayParameter(parameters, p, node as never, description),
	);
	expect(shown).toHaveLength(1);
	return (shown[0].options as INodePropertyCollection[])[0].values;
}

describe('Shopwave line items in the editor', () => {
	test('new nodes are version 1.1; version 1 stays for saved workflows', () => {
		expect(description.version).toEqual([1, 1.1]);
		expect(description.defaultVersion).toBe(1.1);
	});

	test('version 1.1: Name, Price, Quantity first, the other fields under "Add Field"', () => {
		const fields = lineItemFields(1.1);
		expect(fields.map((f) => f.displayName)).toEqual(['Name', 'Price', 'Quantity', 'Additional Fields']);
		const more = fields[3];
		expect(more).toMatchObject({ name: 'additionalFields', type: 'collection', placeholder: 'Add Field', default: {} });
		expect((more.options as INodeProperties[]).map((f) => f.name)).toEqual(['accountId', 'barcode', 'id', 'note', 'productId', 'vatPercentage']);
	});

	test('version 1: the nine fields at the top level, as saved workflows hold them', () => {
		expect(lineItemFields(1).map((f) => f.name)).toEqual([
			'accountId',
			'barcode',
			'id',
			'name',
			'note',
			'price',
			'productId',
			'quantity',
			'vatPercentage',
		]);
	});
});
