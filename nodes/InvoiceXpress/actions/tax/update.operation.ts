import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { optionsCollection } from '../../../shared/descriptions';
import { inputError } from '../../../shared/errors';
import { idLocator, idOf, recordRequest, shown, summary } from '../catalogue/record';
import type { TaxFields } from './common.descriptions';
import { nameField, optionalFields, TAX, taxBody, valueField } from './common.descriptions';

const properties: INodeProperties[] = [
	idLocator(TAX),
	{
		displayName: 'Update Fields',
		name: 'updateFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: [...optionalFields, nameField(false), valueField(false)].sort((a, b) => a.displayName.localeCompare(b.displayName)),
	},
	optionsCollection(),
];

export const description = shown(TAX, 'update', properties);

/** PUT /taxes/:tax-id.json with the fields given; an empty 200 (or the tax) in reply. */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	const id = idOf.call(this, TAX, itemIndex);
	const body = taxBody(this.getNode(), itemIndex, this.getNodeParameter('updateFields', itemIndex, {}) as TaxFields, false);
	if (Object.keys(body).length === 0) throw inputError(this.getNode(), itemIndex, 'no field to update', 'Add a field under "Update Fields".');
	const tax = await recordRequest.call(this, TAX, itemIndex, { method: 'PUT', path: `${TAX.path}/${id}`, body: { root: TAX.element, value: body } }, true);
	return tax ? [{ json: tax }] : summary(id, 'updated');
}
