import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { recordShape, requestOptions, unwrapRecord } from '../../helpers';
import { apiRequest } from '../../transport';
import { optionsCollection } from '../invoice/common.descriptions';
import { CONTACT_FIELD_LABELS, clientIdField, contactFieldOptions } from './common.descriptions';
import { clientIdFrom, contactBody } from './record';

const properties: INodeProperties[] = [
	clientIdField,
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: contactFieldOptions,
	},
	optionsCollection(),
];

export const description = updateDisplayOptions({ show: { resource: ['contact'], operation: ['create'] } }, properties);

/** POST /contacts: Billomat answers 201 with the new contact. */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	const clientId = clientIdFrom.call(this, itemIndex);
	const fields = this.getNodeParameter('additionalFields', itemIndex, {}) as IDataObject;
	const contact = { client_id: clientId, ...contactBody(this.getNode(), itemIndex, fields, CONTACT_FIELD_LABELS) };
	const body = await apiRequest.call(this, {
		method: 'POST',
		path: '/contacts',
		body: { contact },
		shape: recordShape('contact'),
		...requestOptions.call(this, itemIndex),
	});
	return [{ json: unwrapRecord(body, 'contact') }];
}
