import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { getInputFile, readInputFile } from '../../../shared/binary';
import { optionsCollection, timeoutOf } from '../../../shared/descriptions';
import { inputError } from '../../../shared/errors';
import { describeUnreadableBody } from '../../../shared/http';
import type { ProviderResponse } from '../../../shared/provider';
import { providerErrorFor } from '../../../shared/provider';
import { textInput } from '../../../shared/input';
import { PROVIDER, apiRequest } from '../../transport';

/**
 * Import CSV: POST /products/importcsv ("V6RESTful APIs - Master Data", "Import Product Setup",
 * https://www.omnix.com.au/v6-restful-apis-master-data): `Content-Type: text/csv`, the file itself
 * as the body (as curl's --data-binary sends it). Its columns are "same as upload via the web": the
 * user's own file, sent byte for byte, never read or rewritten here. The page gives no reply: a
 * JSON object's fields are output, any other reply's text under `reply`, with any 2xx status.
 * A write: never sent twice (a POST whose reply was lost may have imported the products).
 */

const properties: INodeProperties[] = [
	{
		displayName: 'Input Binary Field',
		name: 'binaryPropertyName',
		type: 'string',
		default: 'data',
		required: true,
		hint: 'The name of the input binary field containing the CSV file to import',
		description: 'The CSV file, with the same columns as the product import in the V6 web application',
	},
	optionsCollection(),
];

export const description = updateDisplayOptions({ show: { resource: ['product'], operation: ['importCsv'] } }, properties);

/** A reply's Content-Type says JSON, or its text looks like a JSON object or list. */
function looksJson(type: string, text: string): boolean {
	return /json/i.test(type) || /^[[{]/.test(text.trim());
}

/** Content types read as text: text/*, or none at all. */
const TEXTUAL = (type: string) => type.trim() === '' || /^text\//i.test(type);

/**
 * POST /products/importcsv with the item's file. Output: `imported: true`, the reply's status, the
 * file's name and size, and the reply: a JSON object's fields, or its text under `reply`.
 */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	const node = this.getNode();
	const property =
		textInput(node, itemIndex, 'Input Binary Field', this.getNodeParameter('binaryPropertyName', itemIndex, 'data'), {
			required: true,
			emptyHint: 'Give the name of the binary field holding the CSV file, e.g. data.',
		})?.trim() ?? 'data';
	const file = getInputFile.call(this, itemIndex, property);
	const bytes = await readInputFile.call(this, itemIndex, file);
	if (bytes.length === 0 || bytes.toString('utf8').trim() === '') {
		throw inputError(
			node,
			itemIndex,
			`the file "${file.fileName}" in binary property "${property}" is empty`,
			'Give the CSV file with the products to import (the same columns as the import in the V6 web application).',
		);
	}
	const response = (await apiRequest.call(this, {
		method: 'POST',
		path: '/products/importcsv',
		body: bytes,
		contentType: 'text/csv',
		reply: 'bytes',
		returnFullResponse: true,
		itemIndex,
		timeout: timeoutOf(this, itemIndex),
	})) as ProviderResponse;
	const raw = response.body as Buffer;
	const type = response.headers['content-type'] ?? '';
	const text = raw.toString('utf8');
	const json: IDataObject = { imported: true, statusCode: response.statusCode, fileName: file.fileName, bytes: bytes.length };
	if (text.trim() === '') return [{ json }];
	if (looksJson(type, text)) {
		let value: unknown;
		try {
			value = JSON.parse(text);
		} catch {
			throw providerErrorFor.call(
				this,
				{
					provider: PROVIDER,
					httpCode: response.statusCode,
					message: `Expected JSON but got ${describeUnreadableBody({ statusCode: response.statusCode, headers: response.headers, body: raw })}`,
					repeatable: false,
				},
				itemIndex,
			);
		}
		if (value && typeof value === 'object' && !Array.isArray(value)) {
			for (const [key, entry] of Object.entries(value as IDataObject)) if (!(key in json)) json[key] = entry;
		} else {
			json.reply = value as IDataObject[string];
		}
		return [{ json }];
	}
	if (!TEXTUAL(type)) {
		throw providerErrorFor.call(
			this,
			{
				provider: PROVIDER,
				httpCode: response.statusCode,
				message: `Expected JSON or text but got ${describeUnreadableBody({ statusCode: response.statusCode, headers: response.headers, body: raw })}`,
				repeatable: false,
			},
			itemIndex,
		);
	}
	json.reply = text.trim();
	return [{ json }];
}
