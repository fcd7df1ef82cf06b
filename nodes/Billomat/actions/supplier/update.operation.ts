import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { optionsCollection } from '../invoice/common.descriptions';
import { SUPPLIER_FIELD_LABELS, simplifySupplierField, supplierFieldOptions, supplierIdField } from './common.descriptions';
import { supplierBody, supplierIdFrom } from './record';
import { writeRecord } from '../../transport';
import { SUPPLIERS } from './resource';

const properties: INodeProperties[] = [
	supplierIdField,
	{
		displayName: 'Update Fields',
		name: 'updateFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: supplierFieldOptions,
	},
	simplifySupplierField,
	optionsCollection(),
];

export const description = updateDisplayOptions({ show: { resource: ['supplier'], operation: ['update'] } }, properties);

/** PUT /suppliers/{id} with the changed fields only: 200 OK with the whole supplier. */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	const id = supplierIdFrom.call(this, itemIndex);
	const fields = this.getNodeParameter('updateFields', itemIndex, {}) as IDataObject;
	return await writeRecord.call(this, itemIndex, SUPPLIERS, supplierBody(this.getNode(), itemIndex, fields, SUPPLIER_FIELD_LABELS), id);
}
