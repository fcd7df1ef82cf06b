import type { IDataObject, INode, INodeProperties } from 'n8n-workflow';

import { inputError } from '../../../shared/errors';
import type { SettingsResource } from '../unit/settings';
import type { FieldKind } from './fields';
import { filtersOf } from '../describe';
import { bodyOf, choiceField, choiceOptions, isDefaultField, nameField } from './fields';

/**
 * Billomat's document templates (https://www.billomat.com/en/api/settings/templates/): GET
 * /templates with the filters type (several, OR-ed), template_type and is_default; GET, POST, PUT
 * and DELETE /templates/{id}; GET /templates/{id}/thumb, the first page as an image.
 *
 * Readings: the current page marks only `type` mandatory at creation, the older page
 * (https://www.billomat.com/en/api/templates/) `name` too: the node always asks for a name, which
 * satisfies both. A file (format doc/docx/rtf + base64file) makes an UPLOADED template, none a
 * DEFINED one (the page's note).
 */
export const TEMPLATE_TYPES = ['INVOICE', 'OFFER', 'CONFIRMATION', 'REMINDER', 'DELIVERY_NOTE', 'CREDIT_NOTE', 'LETTER'];
const TYPE_NAMES = { OFFER: 'Estimate (Offer)' };
export const TEMPLATE_FORMATS = ['doc', 'docx', 'rtf'];

const KINDS: Record<string, FieldKind> = {
	name: { label: 'Name', kind: 'name' },
	type: { label: 'Document Type', kind: 'choice', choices: TEMPLATE_TYPES },
	is_default: { label: 'Is Default', kind: 'flag' },
};

export const templateResource: SettingsResource = {
	resource: 'template',
	path: '/templates',
	element: 'template',
	noun: 'template',
	idField: { name: 'templateId', displayName: 'Template ID', searchListMethod: 'searchTemplates', description: 'The template: pick it from the list (name · document type) or give its numeric ID' },
	required: [
		nameField('Rechnung Standard', 'Name of the template'),
		choiceField('Document Type', 'type', TEMPLATE_TYPES, 'The kind of document the template is for', TYPE_NAMES),
	],
	optional: [isDefaultField('Whether this is the default template of its document type')],
	filters: filtersOf([
			{ displayName: 'Document Types', name: 'type', type: 'multiOptions', options: choiceOptions(TEMPLATE_TYPES, TYPE_NAMES), default: [], description: 'Templates for any of these document types' },
			{
				displayName: 'Is Default',
				name: 'is_default',
				type: 'options',
				options: [
					{ name: 'Default Templates Only', value: '1' },
					{ name: 'Other Templates Only', value: '0' },
				],
				default: '1',
				description: 'Whether to list the default templates or the others',
			},
			{
				displayName: 'Template Kind',
				name: 'template_type',
				type: 'options',
				options: [
					{ name: 'Defined (Made in Billomat’s Editor)', value: 'DEFINED' },
					{ name: 'Uploaded (A Word or RTF File)', value: 'UPLOADED' },
				],
				default: 'DEFINED',
				description: 'How the template was made',
			},
		]),
	body: bodyOf(KINDS),
	filterQuery(node: INode, itemIndex: number, filters: IDataObject): IDataObject {
		const qs: IDataObject = {};
		const types = ([] as unknown[]).concat(filters.type ?? []).map((t) => String(t).trim().toUpperCase()).filter(Boolean);
		const unknown = types.filter((t) => !TEMPLATE_TYPES.includes(t));
		if (unknown.length) throw inputError(node, itemIndex, `"Document Types" has unknown values: ${unknown.join(', ')}`, `Use ${TEMPLATE_TYPES.join(', ')}.`);
		if (types.length) qs.type = types.join(',');
		if (filters.template_type !== undefined && filters.template_type !== '') qs.template_type = filters.template_type;
		if (filters.is_default !== undefined && filters.is_default !== '') qs.is_default = String(filters.is_default) === '1' ? 1 : 0;
		return qs;
	},
};

export const templateFileField: INodeProperties = {
	displayName: 'Template File Field',
	name: 'binaryPropertyName',
	type: 'string',
	default: '',
	placeholder: 'data',
	hint: 'The input binary field with a .doc, .docx or .rtf file to upload. Empty: a template for Billomat’s own editor.',
};
