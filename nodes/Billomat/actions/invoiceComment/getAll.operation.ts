import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { returnAllOrLimit } from '../../../shared/descriptions';
import { requestOptions } from '../../helpers';
import { apiRequestAllItems } from '../../transport';
import { optionsCollection } from '../invoice/common.descriptions';
import { invoiceIdOf } from '../invoicePayment/common.descriptions';
import { ACTION_KEYS, commentInvoiceField, commentOutput } from './common.descriptions';

const properties: INodeProperties[] = [
	commentInvoiceField,
	...returnAllOrLimit(),
	{
		displayName: 'Filters',
		name: 'filters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		options: [
			{
				displayName: 'Action Keys',
				name: 'actionkey',
				type: 'multiOptions',
				default: [],
				options: ACTION_KEYS.map(([name, value]) => ({ name, value })),
				description: 'Only entries of any of these kinds: Comment for what users wrote, the others for what Billomat recorded (created, sent, payment received…)',
			},
		],
	},
	optionsCollection(),
];

export const description = updateDisplayOptions({ show: { resource: ['invoiceComment'], operation: ['getAll'] } }, properties);

/** GET /invoice-comments?invoice_id=… (mandatory), page by page; several action keys comma-separated. */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	const returnAll = this.getNodeParameter('returnAll', itemIndex) as boolean;
	const limit = returnAll ? undefined : (this.getNodeParameter('limit', itemIndex) as number);
	const qs: IDataObject = { invoice_id: invoiceIdOf.call(this, itemIndex) };
	const filters = this.getNodeParameter('filters', itemIndex, {}) as IDataObject;
	const keys = (filters.actionkey as string[] | undefined) ?? [];
	if (keys.length) qs.actionkey = keys.join(',');
	const comments = await apiRequestAllItems.call(
		this,
		{ method: 'GET', path: '/invoice-comments', qs, ...requestOptions.call(this, itemIndex) },
		limit,
	);
	return comments.map((comment) => ({ json: commentOutput(comment) }));
}
