import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { requestOptions } from '../../helpers';
import { deleteRecord } from '../../transport';
import { optionsCollection } from '../invoice/common.descriptions';
import { supplierIdField } from './common.descriptions';
import { supplierIdFrom } from './record';

const properties: INodeProperties[] = [supplierIdField, optionsCollection()];

export const description = updateDisplayOptions({ show: { resource: ['supplier'], operation: ['delete'] } }, properties);

/** DELETE /suppliers/{id}: an empty 200, so the item is `{ id, deleted: true }`. */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	const id = supplierIdFrom.call(this, itemIndex);
	return await deleteRecord.call(this, { path: `/suppliers/${id}`, root: 'supplier', id }, requestOptions.call(this, itemIndex));
}
