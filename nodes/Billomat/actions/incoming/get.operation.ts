import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { optionsCollection } from '../invoice/common.descriptions';
import { getRecord } from '../../transport';
import { incomingIdField, simplifyIncomingField } from './common.descriptions';
import { INCOMINGS, incomingIdFrom } from './record';

const properties: INodeProperties[] = [incomingIdField, simplifyIncomingField, optionsCollection()];

export const description = updateDisplayOptions({ show: { resource: ['incoming'], operation: ['get'] } }, properties);

/** GET /incomings/{id}. */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	return await getRecord.call(this, itemIndex, INCOMINGS, incomingIdFrom.call(this, itemIndex));
}
