import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import { inputError } from '../../../shared/errors';
import { listChangedMarker } from '../../../shared/paging';
import { recordShape, requestOptions } from '../../helpers';
import { apiRequest, apiRequestAllItems } from '../../transport';

/**
 * The request and output of the plain record operations (Get, Create, Update, Get Many) of a
 * Billomat list resource whose body and reply are `{"<root>": {…}}`: suppliers and incoming
 * invoices share them. (A candidate for nodes/Billomat/helpers.ts, which this slice may not edit.)
 */
export interface RecordResource {
	/** The list path: `/suppliers`. */
	path: string;
	/** The record's key in bodies and replies: `supplier`. */
	root: string;
	/** The output item of a record (typed, simplified when asked). */
	output(raw: unknown, simplify: boolean): IDataObject;
}

const simplifyOf = (context: IExecuteFunctions, itemIndex: number) => context.getNodeParameter('simplify', itemIndex, true) as boolean;

/** GET {path}/{id}. */
export async function getRecord(this: IExecuteFunctions, itemIndex: number, resource: RecordResource, id: number): Promise<INodeExecutionData[]> {
	const body = await apiRequest.call(this, { method: 'GET', path: `${resource.path}/${id}`, shape: recordShape(resource.root), ...requestOptions.call(this, itemIndex) });
	return [{ json: resource.output((body as IDataObject)[resource.root], simplifyOf(this, itemIndex)) }];
}

/**
 * POST {path} (`id` undefined: Billomat answers 201 with the record) or PUT {path}/{id} with the
 * changed fields only (an update without any is refused before the request).
 */
export async function writeRecord(this: IExecuteFunctions, itemIndex: number, resource: RecordResource, fields: IDataObject, id?: number): Promise<INodeExecutionData[]> {
	if (id !== undefined && Object.keys(fields).length === 0) {
		throw inputError(this.getNode(), itemIndex, 'no field to update', 'Add at least one field under "Update Fields".');
	}
	const body = await apiRequest.call(this, {
		method: id === undefined ? 'POST' : 'PUT',
		path: id === undefined ? resource.path : `${resource.path}/${id}`,
		body: { [resource.root]: fields },
		shape: recordShape(resource.root),
		...requestOptions.call(this, itemIndex),
	});
	return [{ json: resource.output((body as IDataObject)[resource.root], simplifyOf(this, itemIndex)) }];
}

/** GET {path} with the query `qs`, page by page (1,000 a page) to the stated total or the limit. */
export async function listRecords(this: IExecuteFunctions, itemIndex: number, resource: RecordResource, qs: IDataObject): Promise<INodeExecutionData[]> {
	const returnAll = this.getNodeParameter('returnAll', itemIndex) as boolean;
	const limit = returnAll ? undefined : (this.getNodeParameter('limit', itemIndex) as number);
	const records = await apiRequestAllItems.call(this, { method: 'GET', path: resource.path, qs, ...requestOptions.call(this, itemIndex) }, limit);
	const simplify = simplifyOf(this, itemIndex);
	return records.map((record) => ({ json: { ...resource.output(record, simplify), ...listChangedMarker(record) } }));
}
