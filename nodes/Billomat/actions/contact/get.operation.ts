import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { recordShape, requestOptions, unwrapRecord } from '../../helpers';
import { apiRequest } from '../../transport';
import { optionsCollection } from '../invoice/common.descriptions';
import { contactIdField, listClientField, simplifyField } from './common.descriptions';
import { contactIdFrom, simplifyContact } from './record';

const properties: INodeProperties[] = [listClientField, contactIdField, simplifyField, optionsCollection()];

export const description = updateDisplayOptions({ show: { resource: ['contact'], operation: ['get'] } }, properties);

/** GET /contacts/{id}. */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	const id = contactIdFrom.call(this, itemIndex);
	const body = await apiRequest.call(this, {
		method: 'GET',
		path: `/contacts/${id}`,
		shape: recordShape('contact'),
		...requestOptions.call(this, itemIndex),
	});
	const contact = unwrapRecord(body, 'contact');
	return [{ json: this.getNodeParameter('simplify', itemIndex, true) ? simplifyContact(contact) : contact }];
}
