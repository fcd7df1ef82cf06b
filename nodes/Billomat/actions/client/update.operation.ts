import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { inputError } from '../../../shared/errors';
import { recordShape, requestOptions } from '../../helpers';
import { apiRequest } from '../../transport';
import { optionsCollection } from '../invoice/common.descriptions';
import { CLIENT_FIELD_LABELS, clientFieldOptions, clientIdField, simplifyClientField } from './common.descriptions';
import { clientBody, clientIdFrom, clientOutput, clientRecord } from './helpers';

const properties: INodeProperties[] = [
	clientIdField,
	{
		displayName: 'Update Fields',
		name: 'updateFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: clientFieldOptions,
	},
	simplifyClientField,
	optionsCollection(),
];

export const description = updateDisplayOptions({ show: { resource: ['client'], operation: ['update'] } }, properties);

const REFUSED_HINT =
	'Check the fields Billomat names. Billomat also refuses to edit an archived client: restore it first by updating it with only "Archived" turned off.';

/** PUT /clients/{id} with the changed fields only: 200 OK with the whole client. */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	const id = clientIdFrom.call(this, itemIndex);
	const fields = this.getNodeParameter('updateFields', itemIndex, {}) as IDataObject;
	const client = clientBody(this.getNode(), itemIndex, fields, CLIENT_FIELD_LABELS);
	if (Object.keys(client).length === 0) {
		throw inputError(this.getNode(), itemIndex, 'no field to update', 'Add at least one field under "Update Fields".');
	}
	const body = await apiRequest.call(this, {
		method: 'PUT',
		path: `/clients/${id}`,
		body: { client },
		shape: recordShape('client'),
		...requestOptions.call(this, itemIndex),
		hints: { 400: REFUSED_HINT },
	});
	const simplify = this.getNodeParameter('simplify', itemIndex, true) as boolean;
	return [{ json: clientOutput(clientRecord((body as IDataObject).client), simplify) }];
}
