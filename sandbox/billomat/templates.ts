// Billomat's document templates (settings), from https://www.billomat.com/en/api/settings/templates/
// (older copy https://www.billomat.com/en/api/templates/, German
// https://www.billomat.com/api/einstellungen/vorlagen/):
//   GET    /templates            filters type (several, comma-separated, OR-ed, case ignored),
//                                template_type (DEFINED/UPLOADED), is_default (1/0); paging
//   GET    /templates/{id}       with format and base64file, for UPLOADED templates only
//   POST   /templates            type mandatory; name, format (doc/docx/rtf), base64file, is_default
//   PUT    /templates/{id}, DELETE /templates/{id}
//   GET    /templates/{id}/thumb the first page as an image, ?format=png|gif|jpg
// Records are `{id, created, type, template_type, name, is_default}`.
//
// Readings of the pages (they leave them open):
// - `name`: mandatory on the older page, not on the current one: the sandbox takes a template
//   without a name (the looser reading), but a name given must not be blank.
// - "format und base64file are only available by showing a single template": the list leaves them
//   out; a single UPLOADED template has them. template_type follows the note: UPLOADED when format
//   and base64file come together, else DEFINED; one of the two without the other is a 400.
// - The thumb page's list of formats is cut after "png, gif or" in the stored copy: jpg (and jpeg)
//   are accepted as the third; no format means png.
// - One default template per document type: a new default makes the others of its type non-default
//   (the reading that keeps "the default template" unique), as taxes.ts does for the default rate.
// - DELETE answers 200 with an empty body, as Billomat's other deletes do.
import type { SandboxReply } from '../framework';
import type { BillomatSandbox } from './index';
import { errors, toApi } from './index';
import type { SettingsRecord, SettingsStore } from './units';
import { addSettings, registerSettings } from './units';

export const TEMPLATE_TYPES = ['INVOICE', 'OFFER', 'CONFIRMATION', 'REMINDER', 'DELIVERY_NOTE', 'CREDIT_NOTE', 'LETTER'];
const FORMATS = ['doc', 'docx', 'rtf'];
const WRITABLE = ['name', 'type', 'format', 'base64file', 'is_default'];
export const FLAGS: Record<string, number> = { '0': 0, '1': 1, false: 0, true: 1 };

export interface Template extends SettingsRecord {
	created: string;
	type: string;
	template_type: 'DEFINED' | 'UPLOADED';
	name: string;
	is_default: number;
}

/** Tiny but valid images, as the thumb and avatar routes send them. */
export const IMAGES: Record<string, { type: string; data: Buffer }> = {
	png: {
		type: 'image/png',
		data: Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64'),
	},
	gif: { type: 'image/gif', data: Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64') },
	jpg: {
		type: 'image/jpeg',
		data: Buffer.from('/9j/4AAQSkZJRgABAQEASABIAAD/2wBDAP//////////////////////////////////////////////////////////////////////////////////////wgALCAABAAEBAREA/8QAFBABAAAAAAAAAAAAAAAAAAAAAP/aAAgBAQABPxA=', 'base64'),
	},
};

/** The problems of a 0/1 flag, a mandatory choice and unknown fields: what every settings list here checks. */
export function commonProblems(fields: Record<string, unknown>, create: boolean, writable: string[], choices: Record<string, string[]>, mandatory: string[]): string[] {
	const problems = Object.keys(fields).filter((k) => !writable.includes(k)).map((k) => `Unknown field: ${k}`);
	for (const name of mandatory) {
		if ((create || fields[name] !== undefined) && (typeof fields[name] !== 'string' || !(fields[name] as string).trim())) problems.push(`${name} is mandatory`);
	}
	for (const [name, values] of Object.entries(choices)) {
		if (create && fields[name] === undefined) problems.push(`${name} is mandatory`);
		else if (fields[name] !== undefined && !values.includes(String(fields[name]).toUpperCase())) problems.push(`${name} must be one of ${values.join(', ')}`);
	}
	for (const name of ['is_default', 'bcc', 'is_nvl']) {
		if (writable.includes(name) && fields[name] !== undefined && !(String(fields[name]) in FLAGS)) problems.push(`${name} must be 0 or 1`);
	}
	return problems;
}

/** Copy the written fields onto a record: choices upper-cased, flags as 0/1, the rest as text. */
export function applyFields(record: Record<string, unknown>, fields: Record<string, unknown>, names: string[], choices: string[] = []): void {
	for (const name of names) {
		if (fields[name] === undefined) continue;
		if (name in { is_default: 1, bcc: 1, is_nvl: 1 }) record[name] = FLAGS[String(fields[name])];
		else record[name] = choices.includes(name) ? String(fields[name]).toUpperCase() : String(fields[name]);
	}
}

/** Only one default per document type: the others of the record's type lose the flag. */
export function oneDefaultPerType<T extends SettingsRecord & { is_default: number; type: string }>(store: SettingsStore<T>, record: T): void {
	if (record.is_default !== 1) return;
	for (const other of store.records.values()) if (other.id !== record.id && other.type === record.type) (other as { is_default: number }).is_default = 0;
}

const files = new WeakMap<BillomatSandbox, Map<number, { format: string; base64file: string }>>();
const stores = new WeakMap<BillomatSandbox, SettingsStore<Template>>();

/** The sandbox's templates (tests read and prepare them here). */
export function templatesOf(sandbox: BillomatSandbox): SettingsStore<Template> {
	return stores.get(sandbox)!;
}

/** Add `count` generated invoice templates (paging and picker tests); returns their IDs. */
export function addTemplates(sandbox: BillomatSandbox, count: number): number[] {
	return addSettings(templatesOf(sandbox), (id) => ({ id, created: '2025-05-01T08:00:00+02:00', type: 'INVOICE', template_type: 'DEFINED', name: `Vorlage ${id}`, is_default: 0 }), count);
}

function validate(fields: Record<string, unknown>, create: boolean): string[] {
	const problems = commonProblems(fields, create, WRITABLE, { type: TEMPLATE_TYPES }, []);
	if (fields.name !== undefined && (typeof fields.name !== 'string' || !fields.name.trim())) problems.push('name must not be empty');
	if ((fields.format === undefined) !== (fields.base64file === undefined)) problems.push('format and base64file must be given together');
	if (fields.format !== undefined && !FORMATS.includes(String(fields.format).toLowerCase())) problems.push('format must be doc, docx or rtf');
	if (fields.base64file !== undefined && (typeof fields.base64file !== 'string' || !/^[A-Za-z0-9+/]+=*$/.test(fields.base64file))) problems.push('base64file must be base64');
	return problems;
}

export function registerTemplates(sandbox: BillomatSandbox): void {
	const own = new Map<number, { format: string; base64file: string }>();
	files.set(sandbox, own);
	const keepFile = (template: Template, fields: Record<string, unknown>) => {
		if (fields.format === undefined) return;
		own.set(template.id, { format: String(fields.format).toLowerCase(), base64file: String(fields.base64file) });
		template.template_type = 'UPLOADED';
	};
	const withTemplate = (id: string, handler: (t: Template) => SandboxReply): SandboxReply => {
		const found = /^\d+$/.test(id) ? stores.get(sandbox)!.records.get(Number(id)) : undefined;
		return found ? handler(found) : errors(404, 'Template not found');
	};
	// The single template, with its file when uploaded (registered before the shared settings routes, so it answers first).
	sandbox.apiRoute('GET', '/templates/:id', (req) =>
		withTemplate(req.params.id, (t) => ({ body: { template: toApi({ ...t, ...(t.template_type === 'UPLOADED' ? own.get(t.id) : {}) }) } })),
	);
	sandbox.apiRoute('GET', '/templates/:id/thumb', (req) =>
		withTemplate(req.params.id, () => {
			const format = (req.query.get('format') ?? 'png').toLowerCase().replace('jpeg', 'jpg');
			const image = IMAGES[format];
			if (!image) return errors(400, 'format must be png, gif or jpg');
			return { status: 200, headers: { 'Content-Type': image.type }, body: image.data };
		}),
	);
	const store = registerSettings<Template>(sandbox, {
		path: '/templates',
		root: 'templates',
		element: 'template',
		notFound: 'Template not found',
		filters: {
			type: (t, v) => v.split(',').some((type) => type.trim().toUpperCase() === t.type),
			template_type: (t, v) => t.template_type === v.toUpperCase(),
			is_default: (t, v) => String(t.is_default) === String(FLAGS[v] ?? v),
		},
		validate,
		build: (id, fields) => {
			const template: Template = { id, created: new Date().toISOString().replace(/\.\d+Z$/, '+00:00'), type: '', template_type: 'DEFINED', name: '', is_default: 0 };
			applyFields(template, fields, ['name', 'type', 'is_default'], ['type']);
			keepFile(template, fields);
			return template;
		},
		apply: (template, fields) => {
			applyFields(template, fields, ['name', 'type', 'is_default'], ['type']);
			keepFile(template, fields);
		},
		afterWrite: oneDefaultPerType,
		seed: () => {
			own.clear();
			own.set(2, { format: 'docx', base64file: Buffer.from('PK demo docx: Invoice [Invoice.invoice_number]').toString('base64') });
			const at = '2023-01-09T10:00:00+01:00';
			return [
				{ id: 1, created: at, type: 'INVOICE', template_type: 'DEFINED', name: 'Rechnung Standard', is_default: 1 },
				{ id: 2, created: at, type: 'INVOICE', template_type: 'UPLOADED', name: 'Invoice English', is_default: 0 },
				{ id: 3, created: at, type: 'OFFER', template_type: 'DEFINED', name: 'Angebot Standard', is_default: 1 },
				{ id: 4, created: at, type: 'CONFIRMATION', template_type: 'DEFINED', name: 'Auftragsbestätigung', is_default: 1 },
				{ id: 5, created: at, type: 'REMINDER', template_type: 'DEFINED', name: 'Zahlungserinnerung', is_default: 1 },
				{ id: 6, created: at, type: 'DELIVERY_NOTE', template_type: 'DEFINED', name: 'Lieferschein', is_default: 1 },
				{ id: 7, created: at, type: 'CREDIT_NOTE', template_type: 'DEFINED', name: 'Gutschrift', is_default: 1 },
				{ id: 8, created: at, type: 'LETTER', template_type: 'DEFINED', name: 'Briefpapier', is_default: 1 },
			];
		},
	});
	stores.set(sandbox, store);
}
