import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { requestOptions } from '../../helpers';
import { deleteRecord } from '../../transport';
import { optionsCollection } from '../invoice/common.descriptions';
import { listInvoiceField, tagIdField, tagIdOf } from './common.descriptions';

const properties: INodeProperties[] = [listInvoiceField, tagIdField, optionsCollection()];

export const description = updateDisplayOptions({ show: { resource: ['invoiceTag'], operation: ['delete'] } }, properties);

/** DELETE /invoice-tags/{id}: removes the tag from its invoice; the output is a summary. */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	const id = tagIdOf.call(this, itemIndex);
	return await deleteRecord.call(
		this,
		{ path: `/invoice-tags/${id}`, root: 'invoice-tag', subject: `invoice tag ${id}`, id },
		requestOptions.call(this, itemIndex),
	);
}
