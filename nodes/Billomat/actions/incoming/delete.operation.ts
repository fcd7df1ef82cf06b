import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { requestOptions } from '../../helpers';
import { deleteRecord } from '../../transport';
import { optionsCollection } from '../invoice/common.descriptions';
import { incomingIdField } from './common.descriptions';
import { incomingIdFrom } from './record';

const properties: INodeProperties[] = [incomingIdField, optionsCollection()];

export const description = updateDisplayOptions({ show: { resource: ['incoming'], operation: ['delete'] } }, properties);

/** DELETE /incomings/{id}: an empty 200, so the item is `{ id, deleted: true }`. */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	const id = incomingIdFrom.call(this, itemIndex);
	return await deleteRecord.call(this, { path: `/incomings/${id}`, root: 'incoming', id, subject: `incoming invoice ${id}` }, requestOptions.call(this, itemIndex));
}
