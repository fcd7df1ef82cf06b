import type { IBinaryData, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import { inputError } from './errors';

/** What is known about an input file before its bytes are read. */
export interface InputFile {
	propertyName: string;
	fileName: string;
	mimeType: string;
	fileExtension?: string;
	/** Size in bytes when the binary store knows it without reading the file. */
	size?: number;
	meta: IBinaryData;
}

/**
 * Look up an input binary property, with an error naming the item and the property when it is
 * missing. Works whether the engine keeps the data in memory or in its file system store.
 */
export function getInputFile(this: IExecuteFunctions, itemIndex: number, propertyName: string): InputFile {
	const item = this.getInputData()[itemIndex];
	const meta = item?.binary?.[propertyName];
	if (!meta) {
		const present = Object.keys(item?.binary ?? {});
		throw inputError(
			this.getNode(),
			itemIndex,
			`there is no binary property "${propertyName}" on the input item`,
			present.length
				? `The item has binary properties: ${present.join(', ')}. Set the property name to one of them.`
				: 'The item carries no binary data. Add a node before this one that reads or downloads the file.',
		);
	}
	const fileName = meta.fileName ?? `${propertyName}${meta.fileExtension ? `.${meta.fileExtension}` : ''}`;
	let size: number | undefined;
	if (meta.id === undefined && typeof meta.data === 'string') {
		size = Math.floor((meta.data.length * 3) / 4) - (meta.data.endsWith('==') ? 2 : meta.data.endsWith('=') ? 1 : 0);
	} else if (meta.bytes !== undefined && Number.isFinite(Number(meta.bytes))) {
		size = Number(meta.bytes);
	}
	return {
		propertyName,
		fileName,
		mimeType: meta.mimeType || 'application/octet-stream',
		fileExtension: meta.fileExtension ?? /\.([^.]+)$/.exec(fileName)?.[1]?.toLowerCase(),
		size,
		meta,
	};
}

/**
 * Size in bytes without reading the file: from the base64 length when n8n keeps it in memory,
 * from the binary store's metadata when it keeps it on disk (whose `fileSize` there is bytes).
 */
export async function inputFileSize(this: IExecuteFunctions, file: InputFile): Promise<number | undefined> {
	if (file.size !== undefined) return file.size;
	if (!file.meta.id) return undefined;
	const metadata = await this.helpers.getBinaryMetadata(file.meta.id);
	const bytes = Number(metadata.fileSize);
	return Number.isFinite(bytes) ? bytes : undefined;
}

/** The file's bytes, through n8n's binary store (never by reading `data` directly). */
export async function readInputFile(this: IExecuteFunctions, itemIndex: number, file: InputFile): Promise<Buffer> {
	return await this.helpers.getBinaryDataBuffer(itemIndex, file.propertyName);
}

/** Whether n8n keeps the file in its binary store (filesystem or S3 mode), not base64 in the item. */
export function isStoredFile(file: InputFile): boolean {
	return !!file.meta.id;
}

/**
 * A fresh stream of a stored file's bytes from n8n's binary store ({@link isStoredFile}), read in
 * chunks: the file is never held in memory whole. Each call opens it again from the start.
 */
export async function openInputFile(
	this: IExecuteFunctions,
	file: InputFile,
): ReturnType<IExecuteFunctions['helpers']['getBinaryStream']> {
	if (!file.meta.id) throw new Error(`The binary property "${file.propertyName}" is not in n8n's binary store`);
	return await this.helpers.getBinaryStream(file.meta.id);
}

const MAX_FILE_NAME = 200;

/**
 * A file name a provider handed over (a link's last segment, a Content-Disposition), made safe to
 * store and to write to disk later: only its last path segment, no control characters, no leading
 * dots (no hidden or relative names), at most 200 characters with the extension kept; `fallback`
 * when nothing usable is left. Stricter than n8n-workflow's sanitizeFilename, which keeps control
 * characters other than NUL and names that start with a dot.
 */
export function safeFileName(name: string | undefined, fallback: string): string {
	const segment = String(name ?? '')
		.split(/[/\\]/)
		.pop()!
		.replace(/\p{Cc}/gu, '')
		.replace(/\s+/g, ' ')
		.trim()
		.replace(/^[.\s]+/, '');
	if (!segment || /^[.\s]*$/.test(segment)) return fallback;
	if (segment.length <= MAX_FILE_NAME) return segment;
	const extension = /\.[A-Za-z0-9]{1,10}$/.exec(segment)?.[0] ?? '';
	return segment.slice(0, MAX_FILE_NAME - extension.length) + extension;
}

/**
 * Turn downloaded bytes into an output item with one binary property. The file name is made safe
 * here (see safeFileName), whatever the operation passed.
 */
export async function binaryItem(
	this: IExecuteFunctions,
	json: INodeExecutionData['json'],
	propertyName: string,
	data: Buffer,
	fileName: string,
	mimeType: string,
): Promise<INodeExecutionData> {
	const binary = await this.helpers.prepareBinaryData(data, safeFileName(fileName, 'download'), mimeType);
	return { json, binary: { [propertyName]: binary } };
}
