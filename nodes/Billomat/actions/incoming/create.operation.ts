import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { locatorValue } from '../../../shared/descriptions';
import { optionsCollection } from '../invoice/common.descriptions';
import { writeRecord } from '../../transport';
import { INCOMING_FIELD_LABELS, incomingFieldsCollection, simplifyIncomingField, supplierField } from './common.descriptions';
import { INCOMINGS, incomingBody } from './record';

const properties: INodeProperties[] = [
	supplierField,
	incomingFieldsCollection('additionalFields'),
	simplifyIncomingField,
	optionsCollection(),
];

export const description = updateDisplayOptions({ show: { resource: ['incoming'], operation: ['create'] } }, properties);

/** POST /incomings: 201 Created with the whole incoming invoice. */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	const fields = {
		supplier_id: locatorValue(this, 'supplierId', itemIndex),
		...(this.getNodeParameter('additionalFields', itemIndex, {}) as IDataObject),
	} as IDataObject;
	return await writeRecord.call(this, itemIndex, INCOMINGS, incomingBody(this.getNode(), itemIndex, fields, INCOMING_FIELD_LABELS));
}
