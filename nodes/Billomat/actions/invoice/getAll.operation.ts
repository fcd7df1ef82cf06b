import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { returnAllOrLimit } from '../../../shared/descriptions';
import { listChangedMarker } from '../../../shared/paging';
import { filterQuery, requestOptions, simplifyInvoice } from '../../helpers';
import { apiRequestAllItems } from '../../transport';
import { filtersCollection, orderByQuery, orderOptions, readOptionsCollections, simplifyField, simplifyOf } from './common.descriptions';

const properties: INodeProperties[] = [
	...returnAllOrLimit(),
	filtersCollection,
	simplifyField,
	...readOptionsCollections(
		orderOptions(
			[
				{ name: 'Client ID', value: 'client_id' },
				{ name: 'Date', value: 'date' },
				{ name: 'Due Date', value: 'due_date' },
				{ name: 'ID', value: 'id' },
				{ name: 'Invoice Number', value: 'invoice_number' },
				{ name: 'Total Gross', value: 'total_gross' },
			],
			'date',
			'invoices',
		),
	),
];

export const description = updateDisplayOptions({ show: { resource: ['invoice'], operation: ['getAll'] } }, properties);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	const returnAll = this.getNodeParameter('returnAll', itemIndex) as boolean;
	const limit = returnAll ? undefined : (this.getNodeParameter('limit', itemIndex) as number);
	const options = this.getNodeParameter('options', itemIndex, {}) as IDataObject;
	const qs = filterQuery.call(this, itemIndex);
	const orderBy = orderByQuery(options);
	if (orderBy) qs.order_by = orderBy;

	const invoices = await apiRequestAllItems.call(
		this,
		{ method: 'GET', path: '/invoices', qs, ...requestOptions.call(this, itemIndex) },
		limit,
	);
	const simplify = simplifyOf.call(this, itemIndex);
	return invoices.map((invoice) => ({
		json: simplify ? { ...simplifyInvoice(invoice), ...listChangedMarker(invoice) } : invoice,
	}));
}
