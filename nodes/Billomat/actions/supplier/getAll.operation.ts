import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { returnAllOrLimit } from '../../../shared/descriptions';
import { optionsCollection, orderByQuery, orderOptions } from '../invoice/common.descriptions';
import { simplifySupplierField, supplierFiltersCollection } from './common.descriptions';
import { supplierFilterQuery } from './record';
import { listRecords } from '../../transport';
import { SUPPLIERS } from './resource';

const properties: INodeProperties[] = [
	...returnAllOrLimit(),
	supplierFiltersCollection,
	simplifySupplierField,
	optionsCollection(
		orderOptions(
			[
				{ name: 'ID', value: 'id' },
				{ name: 'Name', value: 'name' },
			],
			'name',
			'suppliers',
		),
	),
];

export const description = updateDisplayOptions({ show: { resource: ['supplier'], operation: ['getAll'] } }, properties);

/** GET /suppliers with the documented filters, page by page up to the limit. */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	const qs = supplierFilterQuery(this.getNode(), itemIndex, this.getNodeParameter('filters', itemIndex, {}) as IDataObject);
	const orderBy = orderByQuery(this.getNodeParameter('options', itemIndex, {}) as IDataObject);
	if (orderBy) qs.order_by = orderBy;
	return await listRecords.call(this, itemIndex, SUPPLIERS, qs);
}
