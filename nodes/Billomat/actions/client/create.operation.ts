import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { requestOptions, recordShape } from '../../helpers';
import { apiRequest } from '../../transport';
import { optionsCollection } from '../invoice/common.descriptions';
import { CLIENT_FIELD_LABELS, clientFieldOptions, simplifyClientField } from './common.descriptions';
import { clientBody, clientOutput, clientRecord } from './helpers';

const properties: INodeProperties[] = [
	{
		displayName: 'Client Fields',
		name: 'clientFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		description: 'The new client’s data. Every field is optional; Billomat fills the client number and the defaults from its settings.',
		options: clientFieldOptions,
	},
	simplifyClientField,
	optionsCollection(),
];

export const description = updateDisplayOptions({ show: { resource: ['client'], operation: ['create'] } }, properties);

/** POST /clients: 201 Created with the whole client. */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	const fields = this.getNodeParameter('clientFields', itemIndex, {}) as IDataObject;
	const client = clientBody(this.getNode(), itemIndex, fields, CLIENT_FIELD_LABELS);
	const body = await apiRequest.call(this, {
		method: 'POST',
		path: '/clients',
		body: { client },
		shape: recordShape('client'),
		...requestOptions.call(this, itemIndex),
	});
	const simplify = this.getNodeParameter('simplify', itemIndex, true) as boolean;
	return [{ json: clientOutput(clientRecord((body as IDataObject).client), simplify) }];
}
