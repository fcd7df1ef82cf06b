import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { getInputFile, readInputFile } from '../../../shared/binary';
import { inputError } from '../../../shared/errors';
import { recordShape, requestOptions, unwrapRecord } from '../../helpers';
import { apiRequest } from '../../transport';
import { createOperation } from '../unit/settings';
import { TEMPLATE_FORMATS, templateFileField, templateResource } from './common.descriptions';

const base = createOperation(templateResource);

export const description: INodeProperties[] = [
	...base.description.slice(0, -1),
	...updateDisplayOptions({ show: { resource: ['template'], operation: ['create'] } }, [templateFileField]),
	...base.description.slice(-1),
];

/**
 * POST /templates: name, document type, default flag and, with a file, its format (from the file
 * name: doc, docx or rtf) and content in base64 — an UPLOADED template; without one a DEFINED one.
 */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	const fields = { ...(this.getNodeParameter('additionalFields', itemIndex, {}) as object) } as Record<string, unknown>;
	fields.name = this.getNodeParameter('name', itemIndex);
	fields.type = this.getNodeParameter('type', itemIndex);
	const template = templateResource.body(this.getNode(), itemIndex, fields as never);
	const property = String(this.getNodeParameter('binaryPropertyName', itemIndex, '') ?? '').trim();
	if (property) {
		const file = getInputFile.call(this, itemIndex, property);
		const format = (file.fileExtension ?? file.fileName.split('.').pop() ?? '').toLowerCase();
		if (!TEMPLATE_FORMATS.includes(format)) {
			throw inputError(
				this.getNode(),
				itemIndex,
				`the binary property "${property}" (${file.fileName}) is not a .doc, .docx or .rtf file`,
				'Billomat takes Word (doc, docx) and RTF templates only.',
			);
		}
		template.format = format;
		template.base64file = (await readInputFile.call(this, itemIndex, file)).toString('base64');
	}
	const reply = await apiRequest.call(this, {
		method: 'POST',
		path: '/templates',
		body: { template },
		shape: recordShape('template'),
		...requestOptions.call(this, itemIndex),
	});
	return [{ json: unwrapRecord(reply, 'template') }];
}
