import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { optionsCollection } from '../../../shared/descriptions';
import { recordRequest, shown } from '../catalogue/record';
import type { ItemFields } from './common.descriptions';
import { descriptionField, ITEM, itemBody, nameField, taxNameLocator, taxNameOf, unitField, unitPriceField } from './common.descriptions';

const properties: INodeProperties[] = [
	nameField(true),
	unitPriceField,
	unitField,
	taxNameLocator,
	{ displayName: 'Additional Fields', name: 'additionalFields', type: 'collection', placeholder: 'Add Field', default: {}, options: [descriptionField] },
	optionsCollection(),
];

export const description = shown(ITEM, 'create', properties);

/** POST /items.json with `{"item": {…}}`; InvoiceXpress answers 201 with the new item. */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	const fields: ItemFields = {
		...(this.getNodeParameter('additionalFields', itemIndex, {}) as ItemFields),
		name: this.getNodeParameter('name', itemIndex),
		unitPrice: this.getNodeParameter('unitPrice', itemIndex),
		unit: this.getNodeParameter('unit', itemIndex),
	};
	const body = itemBody(this.getNode(), itemIndex, fields, taxNameOf.call(this, itemIndex), true);
	const item = await recordRequest.call(this, ITEM, itemIndex, { method: 'POST', path: ITEM.path, body: { root: ITEM.element, value: body } }, false);
	return [{ json: item! }];
}
