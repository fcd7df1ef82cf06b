import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { requestOptions } from '../../helpers';
import { optionsCollection } from '../invoice/common.descriptions';
import { deleteRecord } from '../../transport';
import { DRAFT_ONLY_HINTS, itemIdField, itemIdOf } from './common.descriptions';

const properties: INodeProperties[] = [
	{
		displayName: 'Only the items of draft invoices can be deleted',
		name: 'draftNotice',
		type: 'notice',
		default: '',
	},
	itemIdField,
	optionsCollection(),
];

export const description = updateDisplayOptions({ show: { resource: ['invoiceItem'], operation: ['delete'] } }, properties);

/** DELETE /invoice-items/{id}. */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	const id = itemIdOf.call(this, itemIndex);
	return await deleteRecord.call(
		this,
		{ path: `/invoice-items/${id}`, root: 'invoice-item', subject: `invoice item ${id}`, id, hints: DRAFT_ONLY_HINTS },
		requestOptions.call(this, itemIndex),
	);
}
