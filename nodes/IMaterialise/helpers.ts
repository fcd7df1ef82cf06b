import type { IExecuteFunctions } from 'n8n-workflow';

import type { InputFile } from '../shared/binary';
import { inputError } from '../shared/errors';
import { textInput } from '../shared/input';

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

export const DOCUMENTS: Record<DocumentKind, { path: string; label: string }> = {
	invoice: { path: 'invoice', label: 'invoice' },
	deliveryNote: { path: 'delivery-note', label: 'delivery note' },
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
