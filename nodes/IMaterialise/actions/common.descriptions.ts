import type { INodeProperties } from 'n8n-workflow';

import { optionsCollection, simplifySwitch } from '../../shared/descriptions';

/**
 * The fields both resources' Add or Update share: where the file comes from (an input binary
 * property or a URL i.materialise downloads) and the Options. Each operation file adds its own
 * Order ID and Source, whose wording names its document.
 */

export const binaryPropertyName: INodeProperties = {
	displayName: 'Input Binary Field',
	name: 'binaryPropertyName',
	type: 'string',
	default: 'data',
	required: true,
	displayOptions: { show: { source: ['binary'] } },
	hint: 'The name of the input binary field containing the file to be uploaded',
	description: 'A .doc, .docx, .pdf, .xls or .xlsx file of at most 10 MB',
};

export const fileUrl: INodeProperties = {
	displayName: 'File URL',
	name: 'fileUrl',
	type: 'string',
	default: '',
	required: true,
	placeholder: 'https://example.com/documents/INVOICE_TEST.pdf',
	displayOptions: { show: { source: ['url'] } },
	description: 'Absolute http(s) address from which i.materialise downloads the document (.doc, .docx, .pdf, .xls or .xlsx, at most 10 MB)',
};

/** Simplify, as in n8n's own nodes: on by default. */
export const simplifyField: INodeProperties = simplifySwitch(
	'Whether to return what was uploaded (order ID, document, source, file name, file URL, MIME type, size in bytes, success), the same fields for every item, instead of the raw reply with its HTTP status',
);

/** The Accept header sent: JSON (application/json) or XML (application/xml); both replies give the same output. */
export const responseFormatOption: INodeProperties = {
	displayName: 'Response Format',
	name: 'responseFormat',
	type: 'options',
	default: 'json',
	options: [
		{ name: 'JSON', value: 'json', description: 'Ask for a JSON reply (the default)' },
		{ name: 'XML', value: 'xml', description: 'Ask for an XML reply; it is read into the same output as a JSON reply' },
	],
	description: 'The format asked of i.materialise for its reply',
};

export const uploadOptions: INodeProperties = optionsCollection([
	{
		displayName: 'File Name',
		name: 'fileName',
		type: 'string',
		default: '',
		placeholder: 'INVOICE_TEST.pdf',
		displayOptions: { show: { '/source': ['binary'] } },
		description:
			'Name to send the file under instead of the binary property\'s own, e.g. to give a file without an extension its .pdf. i.materialise judges the format by this name.',
	},
	responseFormatOption,
]);
