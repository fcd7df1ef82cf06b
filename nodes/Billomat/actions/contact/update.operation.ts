import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { inputError } from '../../../shared/errors';
import { recordShape, requestOptions, unwrapRecord } from '../../helpers';
import { apiRequest } from '../../transport';
import { optionsCollection } from '../invoice/common.descriptions';
import { CONTACT_FIELD_LABELS, contactFieldOptions, contactIdField, listClientField } from './common.descriptions';
import { contactBody, contactIdFrom } from './record';

const moveOption: INodeProperties = {
	displayName: 'Client ID',
	name: 'client_id',
	type: 'string',
	default: '',
	description: 'Move the contact to another client (its numeric ID)',
};

const properties: INodeProperties[] = [
	listClientField,
	contactIdField,
	{
		displayName: 'Update Fields',
		name: 'updateFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: [moveOption, ...contactFieldOptions].sort((a, b) => a.displayName.localeCompare(b.displayName)),
	},
	optionsCollection(),
];

export const description = updateDisplayOptions({ show: { resource: ['contact'], operation: ['update'] } }, properties);

/** PUT /contacts/{id} with the changed fields only; Billomat answers with the whole contact. */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	const id = contactIdFrom.call(this, itemIndex);
	const fields = this.getNodeParameter('updateFields', itemIndex, {}) as IDataObject;
	const contact = contactBody(this.getNode(), itemIndex, fields, CONTACT_FIELD_LABELS);
	if (Object.keys(contact).length === 0) {
		throw inputError(this.getNode(), itemIndex, 'no field to update', 'Add at least one field under "Update Fields".');
	}
	const body = await apiRequest.call(this, {
		method: 'PUT',
		path: `/contacts/${id}`,
		body: { contact },
		shape: recordShape('contact'),
		...requestOptions.call(this, itemIndex),
	});
	return [{ json: unwrapRecord(body, 'contact') }];
}
