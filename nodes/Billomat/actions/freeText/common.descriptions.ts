import type { SettingsResource } from '../unit/settings';
import type { FieldKind } from '../template/fields';
import { bodyOf, choiceField, isDefaultField, nameField } from '../template/fields';

/**
 * Billomat's free texts (https://www.billomat.com/en/api/settings/free-texts/): the title, label,
 * intro and note a new document takes. GET /free-texts (no filter documented), GET, POST and PUT
 * /free-texts/{id}; DELETE /free-texts/{id} as every settings list has it (the stored copy of the
 * page ends inside the PUT example: Delete is the reading of the other settings pages).
 */
export const FREE_TEXT_TYPES = ['INVOICE', 'CORRECTION', 'OFFER', 'CONFIRMATION', 'CREDIT_NOTE', 'DELIVERY_NOTE', 'LETTER'];

const KINDS: Record<string, FieldKind> = {
	name: { label: 'Name', kind: 'name' },
	type: { label: 'Document Type', kind: 'choice', choices: FREE_TEXT_TYPES },
	title: { label: 'Title', kind: 'text' },
	label: { label: 'Label', kind: 'text' },
	intro: { label: 'Intro', kind: 'text' },
	note: { label: 'Note', kind: 'text' },
	is_default: { label: 'Is Default', kind: 'flag' },
};

export const freeTextResource: SettingsResource = {
	resource: 'freeText',
	path: '/free-texts',
	element: 'free-text',
	noun: 'free text',
	idField: { name: 'freeTextId', displayName: 'Free Text ID', searchListMethod: 'searchFreeTexts', description: 'The free text: pick it from the list (name · document type) or give its numeric ID' },
	required: [
		nameField('Stammkunde', 'Name of the free text'),
		choiceField('Document Type', 'type', FREE_TEXT_TYPES, 'The kind of document the texts are for', { CORRECTION: 'Invoice Correction', OFFER: 'Estimate (Offer)' }),
	],
	optional: [
		{ displayName: 'Intro', name: 'intro', type: 'string', typeOptions: { rows: 2 }, default: '', description: 'Introductory text (the letter text of letters)' },
		isDefaultField('Whether this is the default free text of its document type'),
		{ displayName: 'Label', name: 'label', type: 'string', default: '', description: 'Label (project) text' },
		{ displayName: 'Note', name: 'note', type: 'string', typeOptions: { rows: 2 }, default: '', description: 'Explanatory notes' },
		{ displayName: 'Title', name: 'title', type: 'string', default: '', placeholder: 'Rechnung [Invoice.invoice_number]', description: 'Title or subject; Billomat’s placeholders are filled in' },
	],
	body: bodyOf(KINDS),
};
