import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { returnAllOrLimit } from '../../../shared/descriptions';
import { optionsCollection } from '../invoice/common.descriptions';
import { PROPERTY_VALUES, propertyValueFilters, propertyValueQuery } from './properties';
import { listRecords } from '../../transport';

const properties: INodeProperties[] = [...returnAllOrLimit(), propertyValueFilters, optionsCollection()];

export const description = updateDisplayOptions({ show: { resource: ['supplier'], operation: ['getPropertyValues'] } }, properties);

/** GET /supplier-property-values with the documented filters, page by page up to the limit. */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	return await listRecords.call(this, itemIndex, PROPERTY_VALUES, propertyValueQuery.call(this, itemIndex));
}
