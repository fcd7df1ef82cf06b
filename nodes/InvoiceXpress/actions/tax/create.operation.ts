import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { optionsCollection } from '../../../shared/descriptions';
import { recordRequest, shown } from '../catalogue/record';
import type { TaxFields } from './common.descriptions';
import { nameField, optionalFields, TAX, taxBody, valueField } from './common.descriptions';

const properties: INodeProperties[] = [
	nameField(true),
	valueField(true),
	{ displayName: 'Additional Fields', name: 'additionalFields', type: 'collection', placeholder: 'Add Field', default: {}, options: optionalFields },
	optionsCollection(),
];

export const description = shown(TAX, 'create', properties);

/** POST /taxes.json with `{"tax": {…}}`; InvoiceXpress answers 201 with the new tax. */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	const fields: TaxFields = {
		...(this.getNodeParameter('additionalFields', itemIndex, {}) as TaxFields),
		name: this.getNodeParameter('name', itemIndex),
		value: this.getNodeParameter('value', itemIndex),
	};
	const body = taxBody(this.getNode(), itemIndex, fields, true);
	const tax = await recordRequest.call(this, TAX, itemIndex, { method: 'POST', path: TAX.path, body: { root: TAX.element, value: body } }, false);
	return [{ json: tax! }];
}
