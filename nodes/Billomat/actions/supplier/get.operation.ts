import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { optionsCollection } from '../invoice/common.descriptions';
import { simplifySupplierField, supplierIdField } from './common.descriptions';
import { supplierIdFrom } from './record';
import { getRecord } from '../../transport';
import { SUPPLIERS } from './resource';

const properties: INodeProperties[] = [supplierIdField, simplifySupplierField, optionsCollection()];

export const description = updateDisplayOptions({ show: { resource: ['supplier'], operation: ['get'] } }, properties);

/** GET /suppliers/{id}. */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	return await getRecord.call(this, itemIndex, SUPPLIERS, supplierIdFrom.call(this, itemIndex));
}
