import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { optionsCollection } from '../invoice/common.descriptions';
import { SUPPLIER_FIELD_LABELS, simplifySupplierField, supplierFieldOptions } from './common.descriptions';
import { supplierBody } from './record';
import { writeRecord } from '../../transport';
import { SUPPLIERS } from './resource';

const properties: INodeProperties[] = [
	{
		displayName: 'Supplier Fields',
		name: 'supplierFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		description: 'The new supplier’s data. The page marks no field mandatory; give at least a name so the supplier can be found again.',
		options: supplierFieldOptions,
	},
	simplifySupplierField,
	optionsCollection(),
];

export const description = updateDisplayOptions({ show: { resource: ['supplier'], operation: ['create'] } }, properties);

/** POST /suppliers: 201 Created with the whole supplier. */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	const fields = this.getNodeParameter('supplierFields', itemIndex, {}) as IDataObject;
	return await writeRecord.call(this, itemIndex, SUPPLIERS, supplierBody(this.getNode(), itemIndex, fields, SUPPLIER_FIELD_LABELS));
}
