import type { IDataObject, IExecuteFunctions, INode, INodeExecutionData, INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { binaryItem } from '../../../shared/binary';
import { inputError } from '../../../shared/errors';
import type { HttpResponse } from '../../../shared/http';
import { describeUnreadableBody } from '../../../shared/http';
import { textInput } from '../../../shared/input';
import { providerErrorFor } from '../../../shared/provider';
import { requestOptions } from '../../helpers';
import { apiRequest, PROVIDER } from '../../transport';

/**
 * What the settings resources of Billomat's reference (templates, e-mail templates, free texts,
 * client properties) write: names (not blank), texts, fixed values (one of a documented list) and
 * 1/0 flags. One table per resource says which field is which; `settingsBody` checks and converts.
 */
export type FieldKind = { label: string } & ({ kind: 'name' | 'text' | 'flag' } | { kind: 'choice'; choices: string[] });

/** Billomat's 1/0 flags, from a switch or what an expression gives (true, 1, '1', 'true'). */
export const flagValue = (value: unknown): 0 | 1 => (value === true || value === 1 || value === '1' || value === 'true' ? 1 : 0);

export function settingsBody(node: INode, itemIndex: number, fields: IDataObject, kinds: Record<string, FieldKind>): IDataObject {
	const out: IDataObject = {};
	for (const [name, spec] of Object.entries(kinds)) {
		if (!(name in fields)) continue;
		const value = fields[name];
		if (spec.kind === 'flag') {
			out[name] = flagValue(value);
		} else if (spec.kind === 'choice') {
			const choice = String(value ?? '').trim().toUpperCase();
			if (!spec.choices.includes(choice)) {
				throw inputError(node, itemIndex, `"${spec.label}" (${JSON.stringify(value)}) is not one of Billomat's values`, `Use one of ${spec.choices.join(', ')}.`);
			}
			out[name] = choice;
		} else {
			const text = textInput(node, itemIndex, spec.label, value, spec.kind === 'name' ? { notBlank: true, emptyHint: `Give a ${spec.label.toLowerCase()}.` } : {});
			if (text !== undefined) out[name] = text;
		}
	}
	return out;
}

/** The `body` of a settings resource from its field table. */
export function bodyOf(kinds: Record<string, FieldKind>): (node: INode, itemIndex: number, fields: IDataObject) => IDataObject {
	return (node, itemIndex, fields) => settingsBody(node, itemIndex, fields, kinds);
}

/** A dropdown of Billomat's fixed values, named in words: `DELIVERY_NOTE` → "Delivery Note". */
export function choiceOptions(values: string[], names: Record<string, string> = {}): INodePropertyOptions[] {
	const word = (v: string) =>
		names[v] ??
		v
			.split('_')
			.map((w) => w.charAt(0) + w.slice(1).toLowerCase())
			.join(' ');
	return values.map((value) => ({ name: word(value), value })).sort((a, b) => a.name.localeCompare(b.name));
}

/** A settings record's Name, required at creation. */
export function nameField(placeholder: string, description: string): INodeProperties {
	return { displayName: 'Name', name: 'name', type: 'string', default: '', required: true, placeholder, description };
}

/** A settings record's Is Default switch (sent as 1/0). */
export function isDefaultField(description: string): INodeProperties {
	return { displayName: 'Is Default', name: 'is_default', type: 'boolean', default: false, description };
}

/** A required dropdown field of a fixed list. */
export function choiceField(displayName: string, name: string, values: string[], description: string, names?: Record<string, string>): INodeProperties {
	const type = 'options' as const;
	return { displayName, name, type, default: values[0], options: choiceOptions(values, names), required: true, description };
}

/** The output binary field of an image download. */
export const imageFieldProperty: INodeProperties = {
	displayName: 'Put Output File in Field',
	name: 'binaryPropertyName',
	type: 'string',
	default: 'data',
	required: true,
	hint: 'The name of the output binary field to put the image in',
};

const IMAGE_TYPES: Record<string, string> = { png: 'image/png', gif: 'image/gif', jpg: 'image/jpeg', jpeg: 'image/jpeg' };

/**
 * GET an image (a template's preview, a user's avatar) as a binary item: Billomat answers with the
 * image's bytes; a reply that is not an image (a JSON body from a proxy, an HTML page) is an error,
 * not a file.
 */
export async function downloadImage(
	this: IExecuteFunctions,
	itemIndex: number,
	request: { path: string; qs: IDataObject; fileName: string; json: IDataObject },
): Promise<INodeExecutionData[]> {
	const property = String(this.getNodeParameter('binaryPropertyName', itemIndex, 'data')).trim() || 'data';
	const reply = (await apiRequest.call(this, {
		method: 'GET',
		path: request.path,
		qs: request.qs,
		raw: true,
		returnFullResponse: true,
		...requestOptions.call(this, itemIndex),
	})) as HttpResponse;
	const mimeType = (reply.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
	if (!mimeType.startsWith('image/')) {
		throw providerErrorFor.call(
			this,
			{ provider: PROVIDER, httpCode: reply.statusCode, message: `Expected an image but got ${describeUnreadableBody(reply)}` },
			itemIndex,
		);
	}
	const extension = Object.entries(IMAGE_TYPES).find(([, type]) => type === mimeType)?.[0] ?? mimeType.slice(6);
	const fileName = `${request.fileName}.${extension}`;
	return [await binaryItem.call(this, { ...request.json, mimetype: mimeType, filesize: reply.body.length }, property, reply.body, fileName, mimeType)];
}

