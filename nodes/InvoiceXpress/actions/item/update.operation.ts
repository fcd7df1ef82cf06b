import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { optionsCollection } from '../../../shared/descriptions';
import { inputError } from '../../../shared/errors';
import { idLocator, idOf, recordRequest, shown, summary } from '../catalogue/record';
import type { ItemFields } from './common.descriptions';
import { descriptionField, ITEM, itemBody, nameField, taxNameLocator, taxNameOf, unitField, unitPriceField } from './common.descriptions';

const properties: INodeProperties[] = [
	idLocator(ITEM),
	{ ...taxNameLocator, description: 'The new tax of the item, by name. Empty: the tax is left as it is.' },
	{
		displayName: 'Update Fields',
		name: 'updateFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: [descriptionField, nameField(false), { ...unitField, description: 'Unit of measure. Another unit of your account can be given as an expression.' }, { ...unitPriceField, required: false }],
	},
	optionsCollection(),
];

export const description = shown(ITEM, 'update', properties);

/** PUT /items/:item-id.json with the fields given; InvoiceXpress answers 200 with an empty body. */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	const id = idOf.call(this, ITEM, itemIndex);
	const fields = this.getNodeParameter('updateFields', itemIndex, {}) as ItemFields;
	const body = itemBody(this.getNode(), itemIndex, fields, taxNameOf.call(this, itemIndex), false);
	if (Object.keys(body).length === 0) {
		throw inputError(this.getNode(), itemIndex, 'no field to update', 'Add a field under "Update Fields" or choose a Tax.');
	}
	const item = await recordRequest.call(this, ITEM, itemIndex, { method: 'PUT', path: `${ITEM.path}/${id}`, body: { root: ITEM.element, value: body } }, true);
	return item ? [{ json: item }] : summary(id, 'updated');
}
