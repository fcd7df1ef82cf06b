// How the Shopwave node's Line Items look in the editor. Version 1.2 (new nodes) makes the store,
// supplier store and line product pickers. Version 1.1 shows the three
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
	test('new nodes are version 1.2; versions 1 and 1.1 stay for saved workflows', () => {
		expect(description.version).toEqual([1, 1.1, 1.2]);
		expect(description.defaultVersion).toBe(1.2);
	});

	test('version 1.2: the line layout of 1.1, its Product ID a picker (From List by name or barcode / By ID)', () => {
		const fields = lineItemFields(1.2);
		expect(fields.map((f) => f.displayName)).toEqual(['Name', 'Price', 'Quantity', 'Additional Fields']);
		const more = fields[3].options as INodeProperties[];
		expect(more.map((f) => f.name)).toEqual(['accountId', 'barcode', 'id', 'note', 'productId', 'vatPercentage']);
		const product = more.find((f) => f.name === 'productId')!;
		expect(product.type).toBe('resourceLocator');
		expect(product.modes!.map((m) => [m.name, m.typeOptions?.searchListMethod])).toEqual([['list', 'searchProducts'], ['id', undefined]]);
		expect((lineItemFields(1.1)[3].options as INodeProperties[]).find((f) => f.name === 'productId')!.type).toBe('string');
	});

	test.each([
		[1, 'string', 'string'],
		[1.1, 'string', 'string'],
		[1.2, 'resourceLocator', 'resourceLocator'],
	])('version %s: Store ID is a %s, Supplier Store ID a %s', (typeVersion, store, supplierStore) => {
		const node = { typeVersion, parameters: {} };
		const parameters = { resource: 'invoice', operation: 'upsert' };
		const shown = (name: string) =>
			description.properties.filter((p) => p.name === name && NodeHelpers.displayParameter(parameters, p, node as never, description));
		const stores = shown('storeId');
		expect(stores.map((p) => p.type)).toEqual([store]);
		const [fields] = shown('additionalFields');
		expect((fields.options as INodeProperties[]).find((f) => f.name === 'supplierStoreId')!.type).toBe(supplierStore);
		if (store === 'resourceLocator') expect(stores[0].modes![0].typeOptions?.searchListMethod).toBe('searchStores');
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
