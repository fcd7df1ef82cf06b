import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { returnAllOrLimit } from '../../../shared/descriptions';
import { listChangedMarker } from '../../../shared/paging';
import { requestOptions } from '../../helpers';
import { apiRequestAllItems } from '../../transport';
import { optionsCollection } from '../invoice/common.descriptions';
import { clientFiltersCollection, simplifyClientField } from './common.descriptions';
import { clientFilterQuery, clientOutput, clientRecord } from './helpers';

const properties: INodeProperties[] = [...returnAllOrLimit(), clientFiltersCollection, simplifyClientField, optionsCollection()];

export const description = updateDisplayOptions({ show: { resource: ['client'], operation: ['getAll'] } }, properties);

/** GET /clients with the documented filters, page by page (1000 a page) to the stated total or the limit. */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	const returnAll = this.getNodeParameter('returnAll', itemIndex) as boolean;
	const limit = returnAll ? undefined : (this.getNodeParameter('limit', itemIndex) as number);
	const qs = clientFilterQuery.call(this, itemIndex);
	const clients = await apiRequestAllItems.call(this, { method: 'GET', path: '/clients', qs, ...requestOptions.call(this, itemIndex) }, limit);
	const simplify = this.getNodeParameter('simplify', itemIndex, true) as boolean;
	return clients.map((client) => ({ json: clientOutput(clientRecord(client), simplify, listChangedMarker(client)) }));
}
