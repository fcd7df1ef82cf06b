import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { locatorValue } from '../../../shared/descriptions';
import { numberInput } from '../../../shared/input';
import { billomatId } from '../../helpers';
import { optionsCollection } from '../invoice/common.descriptions';
import { downloadImage, imageFieldProperty } from '../template/fields';
import { getOperation } from '../unit/settings';
import { userResource } from './common.descriptions';

const idField: INodeProperties = { ...getOperation(userResource).description[0], displayOptions: undefined };

const properties: INodeProperties[] = [
	idField,
	{
		displayName: 'Uncropped Original',
		name: 'full',
		type: 'boolean',
		default: false,
		description: 'Whether to get the original image (mode=FULL) instead of the square crop',
	},
	{
		displayName: 'Size',
		name: 'size',
		type: 'number',
		typeOptions: { minValue: 0 },
		default: 0,
		description: 'Edge length of the square image in pixels; 0 leaves it to Billomat',
	},
	imageFieldProperty,
	optionsCollection(),
];

export const description = updateDisplayOptions({ show: { resource: ['user'], operation: ['getAvatar'] } }, properties);

/** GET /users/{id}/avatar?size=…[&mode=FULL]: the user's picture as a binary item. */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	const id = billomatId(this.getNode(), itemIndex, locatorValue(this, 'userId', itemIndex), 'User ID');
	const size = numberInput(this.getNode(), itemIndex, 'Size', this.getNodeParameter('size', itemIndex, 0), { min: 0, max: 4096, integer: true }) ?? 0;
	const qs: IDataObject = {};
	if (size > 0) qs.size = size;
	if (this.getNodeParameter('full', itemIndex, false) === true) qs.mode = 'FULL';
	return await downloadImage.call(this, itemIndex, { path: `/users/${id}/avatar`, qs, fileName: `user_${id}_avatar`, json: { user_id: id, ...qs } });
}
