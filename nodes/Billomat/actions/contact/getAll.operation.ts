import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { returnAllOrLimit } from '../../../shared/descriptions';
import { listChangedMarker } from '../../../shared/paging';
import { requestOptions } from '../../helpers';
import { apiRequestAllItems } from '../../transport';
import { optionsCollection } from '../invoice/common.descriptions';
import { clientIdField, simplifyField } from './common.descriptions';
import { clientIdFrom, simplifyContact } from './record';

const properties: INodeProperties[] = [clientIdField, ...returnAllOrLimit(), simplifyField, optionsCollection()];

export const description = updateDisplayOptions({ show: { resource: ['contact'], operation: ['getAll'] } }, properties);

/** GET /contacts?client_id={id}: the client is the list's one documented (and mandatory) filter. */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	const clientId = clientIdFrom.call(this, itemIndex);
	const returnAll = this.getNodeParameter('returnAll', itemIndex) as boolean;
	const limit = returnAll ? undefined : (this.getNodeParameter('limit', itemIndex) as number);
	const contacts = await apiRequestAllItems.call(
		this,
		{ method: 'GET', path: '/contacts', qs: { client_id: clientId }, ...requestOptions.call(this, itemIndex) },
		limit,
	);
	const simplify = this.getNodeParameter('simplify', itemIndex, true) as boolean;
	return contacts.map((contact) => ({ json: simplify ? { ...simplifyContact(contact), ...listChangedMarker(contact) } : contact }));
}
