import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { recordShape, requestOptions } from '../../helpers';
import { apiRequest } from '../../transport';
import { optionsCollection } from '../invoice/common.descriptions';
import { clientIdField, simplifyClientField } from './common.descriptions';
import { clientIdFrom, clientOutput, clientRecord } from './helpers';

const properties: INodeProperties[] = [
	{
		displayName: 'Client',
		name: 'target',
		type: 'options',
		default: 'client',
		options: [
			{ name: 'A Client by ID', value: 'client', description: 'One client of the account' },
			{ name: 'My Own Account', value: 'myself', description: 'The data of the account itself (Billomat’s “myself”)' },
		],
		description: 'Which client record to get',
	},
	{ ...clientIdField, displayOptions: { show: { target: ['client'] } } },
	simplifyClientField,
	optionsCollection(),
];

export const description = updateDisplayOptions({ show: { resource: ['client'], operation: ['get'] } }, properties);

/** GET /clients/{id}, or GET /clients/myself for the account's own data. */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	const target = this.getNodeParameter('target', itemIndex, 'client') as string;
	const id = target === 'myself' ? 'myself' : clientIdFrom.call(this, itemIndex);
	const body = await apiRequest.call(this, {
		method: 'GET',
		path: `/clients/${id}`,
		shape: recordShape('client'),
		...requestOptions.call(this, itemIndex),
	});
	const simplify = this.getNodeParameter('simplify', itemIndex, true) as boolean;
	return [{ json: clientOutput(clientRecord((body as IDataObject).client), simplify) }];
}
