import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties, INodePropertyOptions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { returnAllOrLimit } from '../../shared/descriptions';
import type { RecordResource } from '../transport';
import { listRecords } from '../transport';
import { optionsCollection, orderByQuery, orderOptions } from './invoice/common.descriptions';

/**
 * Get Many of a record resource (articles, suppliers, incoming invoices): Return All / Limit, the
 * documented filters, Simplify and Order By, then GET {path} with the filters and `order_by`, page
 * by page (1,000 a page) up to the limit.
 */
export function recordGetAll(list: {
	/** The node's resource value: `supplier`. */
	resource: string;
	record: RecordResource;
	/** The Filters collection (or the properties it becomes, e.g. with pickers). */
	filters: INodeProperties[];
	simplify: INodeProperties;
	/** Order By's fields, its default, and the records as its description names them. */
	orderBy: INodePropertyOptions[];
	orderDefault: string;
	plural: string;
	/** The list's query from the item's Filters, checked. */
	filterQuery(this: IExecuteFunctions, itemIndex: number): IDataObject;
}): { description: INodeProperties[]; execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> } {
	const properties: INodeProperties[] = [
		...returnAllOrLimit(),
		...list.filters,
		list.simplify,
		optionsCollection(orderOptions(list.orderBy, list.orderDefault, list.plural)),
	];
	return {
		description: updateDisplayOptions({ show: { resource: [list.resource], operation: ['getAll'] } }, properties),
		async execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
			const qs = list.filterQuery.call(this, itemIndex);
			const orderBy = orderByQuery(this.getNodeParameter('options', itemIndex, {}) as IDataObject);
			if (orderBy) qs.order_by = orderBy;
			return await listRecords.call(this, itemIndex, list.record, qs);
		},
	};
}
