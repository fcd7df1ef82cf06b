import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { requestOptions } from '../../helpers';
import { deleteRecord } from '../../transport';
import { optionsCollection } from '../invoice/common.descriptions';
import { commentIdField, commentIdOf, listInvoiceField } from './common.descriptions';

const properties: INodeProperties[] = [listInvoiceField, commentIdField, optionsCollection()];

export const description = updateDisplayOptions({ show: { resource: ['invoiceComment'], operation: ['delete'] } }, properties);

/** DELETE /invoice-comments/{id}: Billomat answers 200 with an empty body; the output is a summary. */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	const id = commentIdOf.call(this, itemIndex);
	return await deleteRecord.call(
		this,
		{ path: `/invoice-comments/${id}`, root: 'invoice-comment', subject: `comment ${id}`, id },
		requestOptions.call(this, itemIndex),
	);
}
