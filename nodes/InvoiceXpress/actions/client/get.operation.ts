import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { optionsCollection } from '../../../shared/descriptions';
import { clientIdLocator, simplifyField } from './common.descriptions';
import { CLIENT, clientIdOf, clientRequest, UNKNOWN_CLIENT_HINT, outputClient, requestOf } from './helpers';

const properties: INodeProperties[] = [clientIdLocator, simplifyField, optionsCollection()];

export const description = updateDisplayOptions({ show: { resource: ['client'], operation: ['get'] } }, properties);

/** GET /clients/{id}.json. */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	const id = clientIdOf.call(this, itemIndex);
	const reply = await clientRequest.call(this, {
		method: 'GET',
		path: `/clients/${id}`,
		notFound: `Client ${id} is unknown`,
		shape: CLIENT,
		...requestOf.call(this, itemIndex),
	}, UNKNOWN_CLIENT_HINT);
	return [{ json: outputClient.call(this, itemIndex, (reply as IDataObject).client as IDataObject) }];
}
