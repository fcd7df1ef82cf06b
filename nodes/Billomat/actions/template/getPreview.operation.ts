import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { locatorValue } from '../../../shared/descriptions';
import { billomatId } from '../../helpers';
import { optionsCollection } from '../invoice/common.descriptions';
import { getOperation } from '../unit/settings';
import { templateResource } from './common.descriptions';
import { downloadImage, imageFieldProperty } from './fields';

// The Template ID field as Get has it (a resource locator with the Template picker).
const idField: INodeProperties = { ...getOperation(templateResource).description[0], displayOptions: undefined };

const properties: INodeProperties[] = [
	idField,
	{
		displayName: 'Image Format',
		name: 'format',
		type: 'options',
		options: [
			{ name: 'GIF', value: 'gif' },
			{ name: 'JPG', value: 'jpg' },
			{ name: 'PNG', value: 'png' },
		],
		default: 'png',
		description: 'Format of the preview image',
	},
	imageFieldProperty,
	optionsCollection(),
];

export const description = updateDisplayOptions({ show: { resource: ['template'], operation: ['getPreview'] } }, properties);

/** GET /templates/{id}/thumb?format=…: the template's first page as an image. */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	const id = billomatId(this.getNode(), itemIndex, locatorValue(this, 'templateId', itemIndex), 'Template ID');
	const format = String(this.getNodeParameter('format', itemIndex, 'png'));
	return await downloadImage.call(this, itemIndex, { path: `/templates/${id}/thumb`, qs: { format }, fileName: `template_${id}`, json: { template_id: id, format } });
}
