import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { returnAllOrLimit } from '../../../shared/descriptions';
import { optionsCollection, orderByQuery, orderOptions } from '../invoice/common.descriptions';
import { listRecords } from '../../transport';
import { incomingFiltersCollection, simplifyIncomingField } from './common.descriptions';
import { INCOMINGS, incomingFilterQuery } from './record';

const properties: INodeProperties[] = [
	...returnAllOrLimit(),
	incomingFiltersCollection,
	simplifyIncomingField,
	optionsCollection(
		orderOptions(
			[
				{ name: 'Date', value: 'date' },
				{ name: 'Due Date', value: 'due_date' },
				{ name: 'ID', value: 'id' },
				{ name: 'Number', value: 'number' },
				{ name: 'Total Gross', value: 'total_gross' },
			],
			'date',
			'incoming invoices',
		),
	),
];

export const description = updateDisplayOptions({ show: { resource: ['incoming'], operation: ['getAll'] } }, properties);

/** GET /incomings with the documented filters, page by page up to the limit. */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	const qs = incomingFilterQuery(this.getNode(), itemIndex, this.getNodeParameter('filters', itemIndex, {}) as IDataObject);
	const orderBy = orderByQuery(this.getNodeParameter('options', itemIndex, {}) as IDataObject);
	if (orderBy) qs.order_by = orderBy;
	return await listRecords.call(this, itemIndex, INCOMINGS, qs);
}
