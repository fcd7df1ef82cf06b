import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { getInputFile, inputFileSize, readInputFile } from '../../shared/binary';
import { optionsCollection, timeoutOf } from '../../shared/descriptions';
import { inputError } from '../../shared/errors';
import { buildMultipart } from '../../shared/multipart';
import type { ProviderResponse } from '../../shared/provider';
import type { DocumentKind } from '../helpers';
import { checkDocumentSize, checkDocumentType, checkFileUrl, DOCUMENTS, orderIdOf } from '../helpers';
import type { ResponseFormat } from '../transport';
import { apiRequest } from '../transport';

/**
 * "Add or Update" of an order's invoice or delivery note: POST /web-api/order/{OrderID}/invoice
 * (or /delivery-note) as multipart/form-data with either a `File` part or a `FileUrl` field.
 * Both resources share this implementation; each resource's operation file binds its kind.
 */
export function addOrUpdateDescription(kind: DocumentKind): INodeProperties[] {
	const label = DOCUMENTS[kind].label;
	const show = { resource: [kind], operation: ['addOrUpdate'] };
	return [
		{
			displayName: 'Order ID',
			name: 'orderId',
			type: 'string',
			default: '',
			required: true,
			displayOptions: { show },
			description: `ID of the i.materialise order whose ${label} to add or replace`,
		},
		{
			displayName: 'Source',
			name: 'source',
			type: 'options',
			default: 'binary',
			displayOptions: { show },
			options: [
				{ name: 'Binary File', value: 'binary', description: `Upload the ${label} file from an input binary property` },
				{ name: 'File URL', value: 'url', description: `Let i.materialise download the ${label} from an address` },
			],
			description: 'Where the document comes from: exactly one of the two is sent',
		},
		{
			displayName: 'Input Binary Field',
			name: 'binaryPropertyName',
			type: 'string',
			default: 'data',
			required: true,
			displayOptions: { show: { ...show, source: ['binary'] } },
			hint: 'The name of the input binary field containing the file to be uploaded',
			description: 'A .doc, .docx, .pdf, .xls or .xlsx file of at most 10 MB',
		},
		{
			displayName: 'File URL',
			name: 'fileUrl',
			type: 'string',
			default: '',
			required: true,
			placeholder: 'https://example.com/documents/INVOICE_TEST.pdf',
			displayOptions: { show: { ...show, source: ['url'] } },
			description: 'Absolute http(s) address from which i.materialise downloads the document (.doc, .docx, .pdf, .xls or .xlsx, at most 10 MB)',
		},
		optionsCollection(show, [
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
			{
				displayName: 'Response Format',
				name: 'replyFormat',
				type: 'options',
				default: 'json',
				options: [
					{ name: 'JSON', value: 'json', description: 'Ask for a JSON reply (the default)' },
					{ name: 'XML', value: 'xml', description: 'Ask for an XML reply; it is read into the same output as a JSON reply' },
				],
				description: 'The format asked of i.materialise for its reply',
			},
		]),
	];
}

export function addOrUpdateExecute(kind: DocumentKind) {
	return async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
		const { path: documentPath, label } = DOCUMENTS[kind];
		const orderId = orderIdOf.call(this, itemIndex);
		const source = this.getNodeParameter('source', itemIndex, 'binary') as string;
		const options = this.getNodeParameter('options', itemIndex, {}) as { replyFormat?: ResponseFormat; fileName?: string };
		const responseFormat: ResponseFormat = options.replyFormat === 'xml' ? 'xml' : 'json';

		const json: IDataObject = { orderId, document: kind, source };
		let multipart;
		if (source === 'binary') {
			const propertyName = String(this.getNodeParameter('binaryPropertyName', itemIndex, 'data') ?? '').trim();
			if (!propertyName) {
				throw inputError(this.getNode(), itemIndex, '"Input Binary Field" is empty', 'Name the input binary property that holds the file, e.g. data.');
			}
			const stored = getInputFile.call(this, itemIndex, propertyName);
			const rename = String(options.fileName ?? '').trim();
			const file = rename ? { ...stored, fileName: rename } : stored;
			checkDocumentType.call(this, itemIndex, file, label);

			// The size from the binary store's metadata (or the base64 length), so a file that is too
			// big or empty is refused without reading it.
			const known = await inputFileSize.call(this, file);
			if (known !== undefined) checkDocumentSize.call(this, itemIndex, file, known, label);
			// Read once through n8n's binary store (a retried upload sends this same Buffer), and
			// measured again: the bytes are what is sent, whatever the metadata said.
			const bytes = await readInputFile.call(this, itemIndex, file);
			const size = bytes.length;
			checkDocumentSize.call(this, itemIndex, file, size, label);

			multipart = buildMultipart([
				{ name: 'File', fileName: file.fileName, contentType: file.mimeType, source: bytes },
			]);
			Object.assign(json, { fileName: file.fileName, mimeType: file.mimeType, fileSize: size });
		} else if (source === 'url') {
			const fileUrl = checkFileUrl.call(this, itemIndex, String(this.getNodeParameter('fileUrl', itemIndex, '') ?? ''));
			multipart = buildMultipart([{ name: 'FileUrl', value: fileUrl }]);
			json.fileUrl = fileUrl;
		} else {
			throw inputError(
				this.getNode(),
				itemIndex,
				`"Source" is "${source}", which is neither "Binary File" nor "File URL"`,
				'Choose exactly one source: an input binary property or a file URL.',
			);
		}

		const result = (await apiRequest.call(this, {
			method: 'POST',
			path: `/web-api/order/${encodeURIComponent(orderId)}/${documentPath}`,
			body: multipart,
			responseFormat,
			itemIndex,
			timeout: timeoutOf(this, itemIndex),
			returnFullResponse: true,
		})) as ProviderResponse;
		return [{ json: { ...json, success: true, statusCode: result.statusCode, response: result.body as IDataObject } }];
	};
}
