import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import type { InputFile } from '../shared/binary';
import { getInputFile, inputFileSize, isStoredFile, openInputFile, readInputFile } from '../shared/binary';
import { inputError } from '../shared/errors';
import { textInput } from '../shared/input';
import type { MultipartBody, StreamedMultipartBody } from '../shared/multipart';
import { buildMultipart, buildStreamedMultipart } from '../shared/multipart';
import type { ProviderResponse } from '../shared/provider';
import type { ResponseFormat } from './transport';

/** The five formats the API takes (error code 106), by extension and by MIME type. */
export const DOCUMENT_TYPES: Record<string, string> = {
	doc: 'application/msword',
	docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
	pdf: 'application/pdf',
	xls: 'application/vnd.ms-excel',
	xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

const ALLOWED_MIME_TYPES = new Set(Object.values(DOCUMENT_TYPES));

/** MIME types that say nothing about the format: the extension alone decides then. */
const GENERIC_MIME_TYPES = new Set(['', 'application/octet-stream', 'binary/octet-stream', 'application/binary']);

/**
 * The documented limit "not more than 10MB" (code 109), read as binary megabytes:
 * 10 × 1024 × 1024 = 10 485 760 bytes is accepted, one byte more is refused.
 */
export const MAX_DOCUMENT_BYTES = 10 * 1024 * 1024;

export type DocumentKind = 'invoice' | 'deliveryNote';

/** How messages name each resource's document. */
const DOCUMENT_LABELS: Record<DocumentKind, string> = {
	invoice: 'invoice',
	deliveryNote: 'delivery note',
};

const EXTENSION_LIST = '.doc, .docx, .pdf, .xls or .xlsx';

/**
 * The Order ID of an item, trimmed: text or a number. An object or a list is refused (it would be
 * sent as "[object Object]", and the document saved on no order), and so is an empty one.
 */
export function orderIdOf(this: IExecuteFunctions, itemIndex: number): string {
	return textInput(this.getNode(), itemIndex, 'Order ID', this.getNodeParameter('orderId', itemIndex), {
		required: true,
		emptyHint: 'Give the ID of the i.materialise order the document belongs to.',
	})!.trim();
}

/** Extension and MIME type check (code 106), before any request. */
export function checkDocumentType(this: IExecuteFunctions, itemIndex: number, file: InputFile, label: string): void {
	const extension = /\.([^./\\]+)$/.exec(file.fileName)?.[1]?.toLowerCase();
	if (!extension || !(extension in DOCUMENT_TYPES)) {
		throw inputError(
			this.getNode(),
			itemIndex,
			`the file "${file.fileName}" in binary property "${file.propertyName}" is not a ${EXTENSION_LIST} file (i.materialise would answer code 106)`,
			`i.materialise accepts the ${label} only as ${EXTENSION_LIST}, judged by the file name. Convert the file, or correct its file name if the extension is wrong.`,
		);
	}
	const mimeType = file.mimeType.split(';')[0].trim().toLowerCase();
	if (!ALLOWED_MIME_TYPES.has(mimeType) && !GENERIC_MIME_TYPES.has(mimeType)) {
		throw inputError(
			this.getNode(),
			itemIndex,
			`the file "${file.fileName}" in binary property "${file.propertyName}" has the MIME type ${mimeType}, which is not a ${EXTENSION_LIST} document (i.materialise would answer code 106)`,
			`Its name says .${extension} but its content type says otherwise. Convert the file to ${DOCUMENT_TYPES[extension]}, or set the correct MIME type on the binary data.`,
		);
	}
}

/** Empty (code 108) and size (code 109) checks, before any request. */
export function checkDocumentSize(this: IExecuteFunctions, itemIndex: number, file: InputFile, size: number, label: string): void {
	if (size === 0) {
		throw inputError(
			this.getNode(),
			itemIndex,
			`the file "${file.fileName}" in binary property "${file.propertyName}" is empty (i.materialise would answer code 108)`,
			`The ${label} file cannot be empty. Check the node that produced the file.`,
		);
	}
	if (size > MAX_DOCUMENT_BYTES) {
		throw inputError(
			this.getNode(),
			itemIndex,
			`the file "${file.fileName}" in binary property "${file.propertyName}" is ${size} bytes, more than the 10 MB (${MAX_DOCUMENT_BYTES} bytes) i.materialise accepts (it would answer code 109)`,
			'Compress or split the document, or lower the resolution of its images, so it is at most 10 MB.',
		);
	}
}

/** An absolute http(s) URL (code 104), before any request. */
export function checkFileUrl(this: IExecuteFunctions, itemIndex: number, raw: string): string {
	const value = raw.trim();
	if (!value) {
		throw inputError(
			this.getNode(),
			itemIndex,
			'"File URL" is empty',
			'Give the http:// or https:// address i.materialise should download the document from, or choose "Binary File" as the source.',
		);
	}
	let url: URL | undefined;
	try {
		url = new URL(value);
	} catch {
		url = undefined;
	}
	if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:') || !url.hostname) {
		throw inputError(
			this.getNode(),
			itemIndex,
			`"File URL" (${value}) is not an absolute http:// or https:// address (i.materialise would answer code 104)`,
			'Give the full address, starting with http:// or https://, of a file i.materialise can download without logging in.',
		);
	}
	return value;
}

/** The Options of an Add or Update. */
export interface UploadOptions {
	responseFormat?: ResponseFormat;
	fileName?: string;
}

/** The reply format asked of i.materialise: XML only when chosen. */
export function responseFormatOf(options: UploadOptions): ResponseFormat {
	return options.responseFormat === 'xml' ? 'xml' : 'json';
}

/** The multipart form of one Add or Update and what the output item says about it. */
export interface DocumentUpload {
	body: MultipartBody | StreamedMultipartBody;
	json: IDataObject;
}

/**
 * The form of an Add or Update from the item's Source: the binary property as the part `File`, or
 * the File URL as the field `FileUrl` (exactly one of them), checked before any request.
 */
export async function documentUpload(
	this: IExecuteFunctions,
	itemIndex: number,
	kind: DocumentKind,
	orderId: string,
	options: UploadOptions,
): Promise<DocumentUpload> {
	const source = this.getNodeParameter('source', itemIndex, 'binary') as string;
	const json: IDataObject = { orderId, document: kind, source };
	if (source === 'binary') return await binaryUpload.call(this, itemIndex, DOCUMENT_LABELS[kind], json, options.fileName);
	if (source === 'url') return urlUpload.call(this, itemIndex, json);
	throw inputError(
		this.getNode(),
		itemIndex,
		`"Source" is "${source}", which is neither "Binary File" nor "File URL"`,
		'Choose exactly one source: an input binary property or a file URL.',
	);
}

/** The part `File`: the item's binary (renamed by the File Name option), its type and size checked. */
async function binaryUpload(
	this: IExecuteFunctions,
	itemIndex: number,
	label: string,
	json: IDataObject,
	fileName: string | undefined,
): Promise<DocumentUpload> {
	const propertyName = String(this.getNodeParameter('binaryPropertyName', itemIndex, 'data') ?? '').trim();
	if (!propertyName) {
		throw inputError(this.getNode(), itemIndex, '"Input Binary Field" is empty', 'Name the input binary property that holds the file, e.g. data.');
	}
	const stored = getInputFile.call(this, itemIndex, propertyName);
	const rename = String(fileName ?? '').trim();
	const file = rename ? { ...stored, fileName: rename } : stored;
	checkDocumentType.call(this, itemIndex, file, label);

	// The size from the binary store's metadata (or the base64 length), so a file that is too
	// big or empty is refused without reading it.
	const known = await inputFileSize.call(this, file);
	if (known !== undefined) checkDocumentSize.call(this, itemIndex, file, known, label);
	if (isStoredFile(file)) {
		// In n8n's binary store (filesystem or S3 mode): streamed from the store for every attempt,
		// never held in memory. With the size from the metadata nothing is read before sending (the
		// stream checks the bytes it sends against it); without, one read counts them.
		const body = await buildStreamedMultipart([
			{ name: 'File', fileName: file.fileName, contentType: file.mimeType, size: known, open: async () => await openInputFile.call(this, file) },
		]);
		const [size] = body.sizes;
		checkDocumentSize.call(this, itemIndex, file, size, label);
		return { body, json: { ...json, fileName: file.fileName, mimeType: file.mimeType, fileSize: size } };
	}
	// Kept in the item (n8n's default mode): the bytes are in memory already, streaming gains
	// nothing. Read once (a retried upload sends this same Buffer), and measured again.
	const bytes = await readInputFile.call(this, itemIndex, file);
	checkDocumentSize.call(this, itemIndex, file, bytes.length, label);

	return {
		body: buildMultipart([{ name: 'File', fileName: file.fileName, contentType: file.mimeType, source: bytes }]),
		json: { ...json, fileName: file.fileName, mimeType: file.mimeType, fileSize: bytes.length },
	};
}

/** The field `FileUrl`: an absolute http(s) address i.materialise downloads the document from. */
function urlUpload(this: IExecuteFunctions, itemIndex: number, json: IDataObject): DocumentUpload {
	const fileUrl = checkFileUrl.call(this, itemIndex, String(this.getNodeParameter('fileUrl', itemIndex, '') ?? ''));
	return { body: buildMultipart([{ name: 'FileUrl', value: fileUrl }]), json: { ...json, fileUrl } };
}

/** The fields of a simplified output item, in this order, each present (null when not known). */
export const SIMPLE_FIELDS = ['orderId', 'document', 'source', 'fileName', 'fileUrl', 'mimeType', 'fileSize', 'success'] as const;

/**
 * The output item of a saved document. Simplify on: what was uploaded, always the same keys (a
 * file URL has no file name, type or size: null; a binary has no URL: null), and success.
 * Simplify off: what was sent, i.materialise's HTTP status and its reply as it came (the
 * documented success is a 200 with an empty body, read as `{}`).
 */
export function uploadedItem(upload: DocumentUpload, result: ProviderResponse, simplify: boolean): INodeExecutionData {
	if (!simplify) {
		return { json: { ...upload.json, success: true, statusCode: result.statusCode, response: result.body as IDataObject } };
	}
	const sent: IDataObject = { ...upload.json, success: true };
	return { json: Object.fromEntries(SIMPLE_FIELDS.map((field) => [field, sent[field] ?? null])) };
}
