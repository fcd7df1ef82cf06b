import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { returnAllOrLimit } from '../../../shared/descriptions';
import { listChangedMarker } from '../../../shared/paging';
import { filterQuery, requestOptions, simplifyInvoice } from '../../helpers';
import { apiRequestAllItems } from '../../transport';
import { filtersCollection, readOptionsCollections, simplifyField, simplifyOf } from './common.descriptions';

const properties: INodeProperties[] = [
	...returnAllOrLimit(),
	filtersCollection,
	simplifyField,
	...readOptionsCollections([
		{
			displayName: 'Order By',
			name: 'orderBy',
			type: 'options',
			default: 'date',
			options: [
				{ name: 'Client ID', value: 'client_id' },
				{ name: 'Date', value: 'date' },
				{ name: 'Due Date', value: 'due_date' },
				{ name: 'ID', value: 'id' },
				{ name: 'Invoice Number', value: 'invoice_number' },
				{ name: 'Total Gross', value: 'total_gross' },
			],
			description: 'Field to sort the invoices by',
		},
		{
			displayName: 'Order Direction',
			name: 'orderDirection',
			type: 'options',
			default: 'ASC',
			options: [
				{ name: 'Ascending', value: 'ASC' },
				{ name: 'Descending', value: 'DESC' },
			],
			description: 'Used with Order By',
		},
	]),
];

export const description = updateDisplayOptions({ show: { resource: ['invoice'], operation: ['getAll'] } }, properties);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	const returnAll = this.getNodeParameter('returnAll', itemIndex) as boolean;
	const limit = returnAll ? undefined : (this.getNodeParameter('limit', itemIndex) as number);
	const options = this.getNodeParameter('options', itemIndex, {}) as IDataObject;
	const qs = filterQuery.call(this, itemIndex);
	if (options.orderBy) qs.order_by = `${options.orderBy as string} ${(options.orderDirection as string) || 'ASC'}`;

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
