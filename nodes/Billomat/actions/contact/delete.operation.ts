import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { requestOptions } from '../../helpers';
import { deleteRecord } from '../../transport';
import { optionsCollection } from '../invoice/common.descriptions';
import { contactIdField, listClientField } from './common.descriptions';
import { contactIdFrom } from './record';

const properties: INodeProperties[] = [listClientField, contactIdField, optionsCollection()];

export const description = updateDisplayOptions({ show: { resource: ['contact'], operation: ['delete'] } }, properties);

/** DELETE /contacts/{id}: an empty 200, so the item is `{ id, deleted: true }`. */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	const id = contactIdFrom.call(this, itemIndex);
	return await deleteRecord.call(this, { path: `/contacts/${id}`, root: 'contact', id }, requestOptions.call(this, itemIndex));
}
