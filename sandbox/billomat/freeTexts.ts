// Billomat's free texts (settings), from https://www.billomat.com/en/api/settings/free-texts/:
// GET /free-texts (no filter documented; paging as every list), GET /free-texts/{id}, POST
// /free-texts (name and type mandatory; title, label, intro, note, is_default), PUT
// /free-texts/{id}. Records are `{id, name, type, title, label, intro, note, is_default}`.
//
// Readings of the page (it leaves them open):
// - The stored copy of the page ends inside the PUT example; DELETE /free-texts/{id} is served as
//   every other settings list documents it (200, empty body).
// - One default per document type, as templates.ts.
import type { BillomatSandbox } from './index';
import { applyFields, commonProblems, oneDefaultPerType } from './templates';
import type { SettingsRecord, SettingsStore } from './units';
import { addSettings, registerSettings } from './units';

export const FREE_TEXT_TYPES = ['INVOICE', 'CORRECTION', 'OFFER', 'CONFIRMATION', 'CREDIT_NOTE', 'DELIVERY_NOTE', 'LETTER'];
const FIELDS = ['name', 'type', 'title', 'label', 'intro', 'note', 'is_default'];

export interface FreeText extends SettingsRecord {
	name: string;
	type: string;
	title: string | null;
	label: string | null;
	intro: string | null;
	note: string | null;
	is_default: number;
}

const stores = new WeakMap<BillomatSandbox, SettingsStore<FreeText>>();

export function freeTextsOf(sandbox: BillomatSandbox): SettingsStore<FreeText> {
	return stores.get(sandbox)!;
}

export function addFreeTexts(sandbox: BillomatSandbox, count: number): number[] {
	return addSettings(freeTextsOf(sandbox), (id) => ({ id, name: `Text ${id}`, type: 'INVOICE', title: null, label: null, intro: null, note: null, is_default: 0 }), count);
}

export function registerFreeTexts(sandbox: BillomatSandbox): void {
	const store = registerSettings<FreeText>(sandbox, {
		path: '/free-texts',
		root: 'free-texts',
		element: 'free-text',
		notFound: 'Free text not found',
		filters: {},
		validate: (fields, create) => commonProblems(fields, create, FIELDS, { type: FREE_TEXT_TYPES }, ['name']),
		build: (id, fields) => {
			const text: FreeText = { id, name: '', type: '', title: null, label: null, intro: null, note: null, is_default: 0 };
			applyFields(text, fields, FIELDS, ['type']);
			return text;
		},
		apply: (text, fields) => applyFields(text, fields, FIELDS, ['type']),
		afterWrite: oneDefaultPerType,
		seed: () => [
			{
				id: 1,
				name: 'Standard',
				type: 'INVOICE',
				title: 'Rechnung [Invoice.invoice_number]',
				label: null,
				intro: 'Wir erlauben uns, Ihnen folgende Positionen in Rechnung zu stellen.',
				note: 'Bitte überweisen Sie den Rechnungsbetrag bis zum [Invoice.due_date] auf unser Konto.',
				is_default: 1,
			},
			{ id: 2, name: 'Stammkunde', type: 'INVOICE', title: 'Rechnung [Invoice.invoice_number]', label: null, intro: 'Vielen Dank für Ihren Auftrag!', note: 'Zahlbar ohne Abzug.', is_default: 0 },
			{ id: 3, name: 'Angebot Standard', type: 'OFFER', title: 'Angebot [Offer.offer_number]', label: null, intro: 'Gerne bieten wir Ihnen an:', note: 'Wir freuen uns auf Ihren Auftrag.', is_default: 1 },
			{ id: 4, name: 'Rechnungskorrektur', type: 'CORRECTION', title: 'Rechnungskorrektur [Invoice.invoice_number]', label: null, intro: null, note: null, is_default: 1 },
			{ id: 5, name: 'Gutschrift', type: 'CREDIT_NOTE', title: 'Gutschrift [CreditNote.credit_note_number]', label: null, intro: null, note: null, is_default: 1 },
		],
	});
	stores.set(sandbox, store);
}
