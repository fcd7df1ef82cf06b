import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { requestOptions } from '../../helpers';
import { deleteRecord } from '../../transport';
import { optionsCollection } from '../invoice/common.descriptions';
import { clientIdField } from './common.descriptions';
import { clientIdFrom } from './helpers';

const properties: INodeProperties[] = [
	{
		displayName: 'A client that has documents (invoices, estimates…) cannot be deleted: archive it instead (Update › Archived).',
		name: 'documentsNotice',
		type: 'notice',
		default: '',
	},
	clientIdField,
	optionsCollection(),
];

export const description = updateDisplayOptions({ show: { resource: ['client'], operation: ['delete'] } }, properties);

/**
 * DELETE /clients/{id}: 200 with an empty body. When the reply to the first attempt was lost and
 * the retry finds no such client (404), a read that also answers 404 confirms the delete.
 */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	const id = clientIdFrom.call(this, itemIndex);
	return await deleteRecord.call(
		this,
		{
			path: `/clients/${id}`,
			root: 'client',
			id,
			hints: { 400: 'Billomat does not delete a client that has documents. Archive it instead: Update with "Archived" on.' },
		},
		requestOptions.call(this, itemIndex),
	);
}
