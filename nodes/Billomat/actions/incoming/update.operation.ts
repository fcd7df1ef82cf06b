import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { optionsCollection } from '../invoice/common.descriptions';
import { writeRecord } from '../../transport';
import { INCOMING_FIELD_LABELS, incomingFieldsCollection, incomingIdField, simplifyIncomingField } from './common.descriptions';
import { INCOMINGS, incomingBody, incomingIdFrom } from './record';

const properties: INodeProperties[] = [
	incomingIdField,
	incomingFieldsCollection('updateFields'),
	simplifyIncomingField,
	optionsCollection(),
];

export const description = updateDisplayOptions({ show: { resource: ['incoming'], operation: ['update'] } }, properties);

/** PUT /incomings/{id} with the changed fields only: 200 OK with the whole incoming invoice. */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	const id = incomingIdFrom.call(this, itemIndex);
	const fields = this.getNodeParameter('updateFields', itemIndex, {}) as IDataObject;
	return await writeRecord.call(this, itemIndex, INCOMINGS, incomingBody(this.getNode(), itemIndex, fields, INCOMING_FIELD_LABELS), id);
}
