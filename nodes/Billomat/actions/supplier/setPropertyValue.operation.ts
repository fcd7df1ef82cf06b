import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { optionsCollection } from '../invoice/common.descriptions';
import { supplierIdField } from './common.descriptions';
import { PROPERTY_VALUES, propertyValueBody, supplierPropertyIdField } from './properties';
import { writeRecord } from '../../transport';

const properties: INodeProperties[] = [
	supplierIdField,
	supplierPropertyIdField,
	{
		displayName: 'Value',
		name: 'value',
		type: 'string',
		default: '',
		required: true,
		placeholder: '30 days net',
		description: 'The supplier’s value of the property. For a checkbox property: 1 (checked) or 0.',
	},
	optionsCollection(),
];

export const description = updateDisplayOptions({ show: { resource: ['supplier'], operation: ['setPropertyValue'] } }, properties);

/** POST /supplier-property-values: Billomat answers with the property value record. */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	return await writeRecord.call(this, itemIndex, PROPERTY_VALUES, propertyValueBody.call(this, itemIndex));
}
