import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { locatorValue } from '../../../shared/descriptions';
import { billomatId } from '../../helpers';
import { optionsCollection } from '../invoice/common.descriptions';
import { PROPERTY_VALUES, propertyValueIdField } from './properties';
import { getRecord } from '../../transport';

const properties: INodeProperties[] = [propertyValueIdField, optionsCollection()];

export const description = updateDisplayOptions({ show: { resource: ['supplier'], operation: ['getPropertyValue'] } }, properties);

/** GET /supplier-property-values/{id}. */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	const id = billomatId(this.getNode(), itemIndex, locatorValue(this, 'propertyValueId', itemIndex), 'Property Value ID');
	return await getRecord.call(this, itemIndex, PROPERTY_VALUES, id);
}
