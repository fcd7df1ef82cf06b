import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { optionsCollection, simplifySwitch } from '../../../shared/descriptions';
import type { CatalogueSpec } from '../catalogue/record';
import { idLocator, idOf, recordRequest, shown, summary } from '../catalogue/record';

/**
 * Sequences (series) (https://developers.invoicexpress.com/docs/versions/2.0.0/resources/sequences,
 * https://docs.invoicexpress.com/sequences): GET /sequences.json "returns all your sequences" (no
 * paging documented), GET /sequences/:sequence-id.json, POST /sequences.json with `{"sequence":
 * {serie, default_sequence}}`, PUT /sequences/:sequence-id/register.json (registers the sequence
 * with the Tax Authority, AT) and PUT /sequences/:sequence-id/set_current.json (makes it the
 * default). A sequence holds, per document type, `current_<type>_number`, `current_<type>_sequence_id`
 * (the `sequence_id` a document of that type is created on) and `current_<type>_validation_code`
 * (the ATCUD validation code: a code, N/D or N/A): more than ten fields, so Simplify.
 */
export const SEQUENCE: CatalogueSpec = {
	resource: 'sequence',
	path: '/sequences',
	element: 'sequence',
	list: 'sequences',
	noun: 'sequence',
	id: { name: 'sequenceId', displayName: 'Sequence ID', searchListMethod: 'searchSequences', example: '12345' },
	paged: false,
};

export const simplifyField = simplifySwitch(
	'Whether to give the ID, the serie, whether it is the default (true/false) and, per document type, the sequence ID documents use, the current number and the validation code, instead of the sequence exactly as InvoiceXpress sent it',
);

const PER_TYPE = /^current_(.+)_(number|sequence_id|validation_code)$/;

const asNumber = (value: unknown): unknown => (typeof value === 'string' && /^-?\d+$/.test(value.trim()) ? Number(value) : value);

/**
 * A sequence as Simplify gives it: `id`, `serie`, `default_sequence` as true/false, and the
 * per-type fields grouped by type: `sequence_ids` (`{"invoice": 101, …}`: what a document's
 * `sequence_id` is), `current_numbers` and `validation_codes`.
 */
export function simplifySequence(sequence: IDataObject): IDataObject {
	const out: IDataObject = { id: asNumber(sequence.id) as IDataObject[string], serie: sequence.serie };
	out.default_sequence = String(sequence.default_sequence) === '1' || sequence.default_sequence === true;
	const groups: Record<string, IDataObject> = { sequence_id: {}, number: {}, validation_code: {} };
	for (const [key, value] of Object.entries(sequence)) {
		const match = PER_TYPE.exec(key);
		if (!match) continue;
		groups[match[2]][match[1]] = (match[2] === 'validation_code' ? value : asNumber(value)) as IDataObject[string];
	}
	out.sequence_ids = groups.sequence_id;
	out.current_numbers = groups.number;
	out.validation_codes = groups.validation_code;
	return out;
}

/** A sequence for the output: simplified, or as InvoiceXpress sent it. */
export function outputSequence(this: IExecuteFunctions, itemIndex: number, sequence: IDataObject): IDataObject {
	return this.getNodeParameter('simplify', itemIndex, true) ? simplifySequence(sequence) : sequence;
}

/**
 * A PUT without a body on one sequence (`/sequences/:sequence-id/<action>.json`) that answers the
 * sequence or an empty 200: the item is the sequence, or `{ id, <done>: true }`.
 */
export function sequenceAction(options: { operation: string; action: string; done: string; pick: string; idempotent: boolean }): {
	description: INodeProperties[];
	execute: (this: IExecuteFunctions, itemIndex: number) => Promise<INodeExecutionData[]>;
} {
	return {
		description: shown(SEQUENCE, options.operation, [
			idLocator(SEQUENCE, `${options.pick}: pick it from the list or give its numeric ID`),
			simplifyField,
			optionsCollection(),
		]),
		async execute(this: IExecuteFunctions, itemIndex: number) {
			const id = idOf.call(this, SEQUENCE, itemIndex);
			const path = `${SEQUENCE.path}/${id}/${options.action}`;
			const sequence = await recordRequest.call(this, SEQUENCE, itemIndex, { method: 'PUT', path, ...(options.idempotent ? {} : { idempotent: false }) }, true);
			return sequence ? [{ json: outputSequence.call(this, itemIndex, sequence) }] : summary(id, options.done);
		},
	};
}
