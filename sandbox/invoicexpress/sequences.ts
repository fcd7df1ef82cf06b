// InvoiceXpress sequences (series), from
// https://developers.invoicexpress.com/docs/versions/2.0.0/resources/sequences,
// https://docs.invoicexpress.com/sequences/createsequence, the pages under
// https://invoicexpress.com/api-v2/sequences/ (create, create-6, update = set_current, register)
// and https://developers.invoicexpress.com/guides/how-to-create-an-invoice-on-a-specific-sequence:
// GET /sequences.json ("returns all your sequences"), GET /sequences/:sequence-id.json, POST
// /sequences.json with `{"sequence": {serie, default_sequence}}`, PUT
// /sequences/:sequence-id/register.json and PUT /sequences/:sequence-id/set_current.json (no body).
// A sequence holds per document type `current_<type>_number`, `current_<type>_sequence_id` (the
// `sequence_id` a document of that type is created on) and `current_<type>_validation_code`: a code
// for a sequence registered with the Tax Authority, N/D for one relevant for ATCUD but not
// registered, N/A for one not relevant. `default_sequence` 1 marks the default (one at a time).
//
// Readings (switches in catalogue.ts): POST creates the sequence (validation codes N/D) or creates
// and registers it (codes set); register and set_current answer an empty 200 or the sequence.
import type { SandboxReply, SandboxRequest } from '../framework';
import type { InvoiceXpressSandbox } from './index';
import { afterReset, bodyOf, catalogueReadings, errors, flag, guarded, isReply, jsonId, listReply, NOT_FOUND, Store } from './catalogue';

/** The document types a sequence numbers (the families: invoices, estimates, guides). */
export const SEQUENCE_TYPES = [
	'invoice',
	'invoice_receipt',
	'simplified_invoice',
	'credit_note',
	'debit_note',
	'receipt',
	'quote',
	'proforma',
	'fees_note',
	'shipping',
	'transport',
	'devolution',
] as const;

export interface IxSequence {
	id: number;
	serie: string;
	default_sequence: 0 | 1;
	/** Whether the sequence was communicated to the AT. */
	registered: boolean;
	/** ATCUD-relevant (N/D when not registered) or not (N/A). */
	relevant: boolean;
	numbers: Partial<Record<(typeof SEQUENCE_TYPES)[number], number>>;
}

/** Serie A (the default, registered, numbering the demo documents), B (not registered), 2009 (not relevant). */
function demoSequences(): IxSequence[] {
	return [
		{ id: 701, serie: 'A', default_sequence: 1, registered: true, relevant: true, numbers: { invoice: 3, invoice_receipt: 1, simplified_invoice: 1, credit_note: 1 } },
		{ id: 702, serie: 'B', default_sequence: 0, registered: false, relevant: true, numbers: {} },
		{ id: 703, serie: '2009', default_sequence: 0, registered: false, relevant: false, numbers: { invoice: 13, credit_note: 5, debit_note: 6 } },
	];
}

/** The validation code of a registered sequence for one type: 8 letters and digits, as AT gives. */
const validationCode = (sequence: IxSequence, n: number) => `AT${String(sequence.id).padStart(4, '0')}${String(n).padStart(2, '0')}`.slice(0, 8);

/** A sequence as the API shows it. */
export function presentSequence(sequence: IxSequence): Record<string, unknown> {
	const out: Record<string, unknown> = { id: sequence.id, serie: sequence.serie, default_sequence: sequence.default_sequence };
	SEQUENCE_TYPES.forEach((type, n) => {
		out[`current_${type}_number`] = sequence.numbers[type] ?? 0;
		out[`current_${type}_sequence_id`] = sequence.id * 100 + n + 1;
		out[`current_${type}_validation_code`] = sequence.registered ? validationCode(sequence, n + 1) : sequence.relevant ? 'N/D' : 'N/A';
	});
	return out;
}

const stores = new WeakMap<InvoiceXpressSandbox, Store<IxSequence>>();

/** The sandbox's sequences (tests read and prepare them here). */
export function sequencesOf(sandbox: InvoiceXpressSandbox): Store<IxSequence> {
	return stores.get(sandbox)!;
}

const generated = (id: number): IxSequence => ({ id, serie: `S${id}`, default_sequence: 0, registered: false, relevant: true, numbers: {} });

export function registerSequences(sandbox: InvoiceXpressSandbox): void {
	const store = new Store<IxSequence>(demoSequences, 701, generated);
	stores.set(sandbox, store);
	afterReset(sandbox, () => store.seed());
	const readings = catalogueReadings(sandbox);
	const found = (req: SandboxRequest) => store.records.get(jsonId(`${req.params.id}.json`) ?? NaN);
	const makeDefault = (sequence: IxSequence) => {
		for (const other of store.all()) other.default_sequence = other.id === sequence.id ? 1 : 0;
	};
	const written = (sequence: IxSequence): SandboxReply =>
		readings.writeReply === 'record' ? { status: 200, body: { sequence: presentSequence(sequence) } } : { status: 200 };

	sandbox.route('GET', '/sequences.json', guarded(sandbox, (req) => listReply(req, 'sequences', store.all(), readings.listPaging === 'paged', presentSequence)));
	sandbox.route('POST', '/sequences.json', guarded(sandbox, (req) => {
		const fields = bodyOf(req, 'sequence');
		if (isReply(fields)) return fields;
		const serie = typeof fields.serie === 'string' || typeof fields.serie === 'number' ? String(fields.serie).trim() : '';
		if (!serie) return errors(422, ["Serie can't be blank"]);
		if (store.all().some((s) => s.serie === serie)) return errors(422, ['Serie has already been taken']);
		const sequence = store.insert({
			id: store.newId(),
			serie,
			default_sequence: 0,
			registered: readings.sequenceCreate === 'create-and-register',
			relevant: true,
			numbers: {},
		});
		if (flag(fields.default_sequence) === 1) makeDefault(sequence);
		return { status: 201, body: { sequence: presentSequence(sequence) } };
	}));
	sandbox.route('GET', '/sequences/:file', guarded(sandbox, (req) => {
		const sequence = store.records.get(jsonId(req.params.file) ?? NaN);
		return sequence ? { status: 200, body: { sequence: presentSequence(sequence) } } : NOT_FOUND;
	}));
	sandbox.route('PUT', '/sequences/:id/register.json', guarded(sandbox, (req) => {
		const sequence = found(req);
		if (!sequence) return NOT_FOUND;
		sequence.registered = true;
		sequence.relevant = true;
		return written(sequence);
	}));
	sandbox.route('PUT', '/sequences/:id/set_current.json', guarded(sandbox, (req) => {
		const sequence = found(req);
		if (!sequence) return NOT_FOUND;
		makeDefault(sequence);
		return written(sequence);
	}));
}
