import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { inputError } from '../../../shared/errors';
import { invoiceIdFrom, readAttachments, requestOptions, splitList } from '../../helpers';
import { apiRequest } from '../../transport';
import { invoiceIdField, optionsCollection } from './common.descriptions';

const properties: INodeProperties[] = [
	{
		displayName: 'Billomat prints and posts the invoice through Pixelletter, which must be set up as an add-on in Billomat',
		name: 'pixelletterNotice',
		type: 'notice',
		default: '',
	},
	invoiceIdField,
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: [
			{
				displayName: 'Attachment Binary Fields',
				name: 'attachments',
				type: 'string',
				default: '',
				placeholder: 'data, terms',
				description: 'Names of input binary fields holding further PDF files to enclose, comma-separated',
			},
			{ displayName: 'Color', name: 'color', type: 'boolean', default: false, description: 'Whether to print in color' },
			{ displayName: 'Duplex', name: 'duplex', type: 'boolean', default: true, description: 'Whether to print on both sides' },
			{
				displayName: 'Paper Weight',
				name: 'paper_weight',
				type: 'options',
				default: 90,
				options: [
					{ name: '80 G/m²', value: 80 },
					{ name: '90 G/m²', value: 90 },
				],
				description: 'Paper weight in grams per square metre',
			},
		],
	},
	optionsCollection(),
];

export const description = updateDisplayOptions({ show: { resource: ['invoice'], operation: ['sendByPost'] } }, properties);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	const id = invoiceIdFrom.call(this, itemIndex);
	const fields = this.getNodeParameter('additionalFields', itemIndex, {}) as IDataObject;
	const mail: IDataObject = {};
	if (fields.color !== undefined) mail.color = fields.color ? 1 : 0;
	if (fields.duplex !== undefined) mail.duplex = fields.duplex ? 1 : 0;
	if (fields.paper_weight !== undefined) {
		const weight = Number(fields.paper_weight);
		if (weight !== 80 && weight !== 90) {
			throw inputError(this.getNode(), itemIndex, `"Paper Weight" (${JSON.stringify(fields.paper_weight)}) is neither 80 nor 90`, 'Billomat prints on 80 or 90 g/m² paper only.');
		}
		mail.paper_weight = weight;
	}
	const attachments = await readAttachments.call(this, itemIndex, splitList(fields.attachments), true);
	if (attachments.length) mail.attachments = { attachment: attachments };

	await apiRequest.call(this, {
		method: 'POST',
		path: `/invoices/${id}/mail`,
		body: { mail },
		...requestOptions.call(this, itemIndex),
		hints: { 400: 'Billomat posts only completed invoices, and only with the Pixelletter add-on set up.' },
	});
	return [{ json: { id, action: 'sendByPost', success: true, attachments: attachments.map((a) => a.filename) } }];
}
