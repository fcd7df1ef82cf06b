// The estimate, confirmation and delivery note families for the tests of their children (items,
// comments, tags): one row each, and the picker pager those tests share.
import type { BillomatSandbox } from '../../sandbox/billomat';
import { listSearch } from '../harness/listSearch';
import { credentials } from './setup';

export interface OrderFamily {
	/** The resource label and the child resources' prefix: `Estimate`, `estimate` (→ estimateItem). */
	label: string;
	resource: string;
	/** The document picker parameter, the children's path stem and their document field. */
	idName: string;
	stem: string;
	parentField: string;
	/** The sandbox family, and how its messages name a document. */
	family: string;
	noun: string;
	/** A draft demo document, and a completed "project 123" one with its status. */
	draft: number;
	done: number;
	doneStatus: string;
}

export const ORDER_FAMILIES: OrderFamily[] = [
	{ label: 'Estimate', resource: 'estimate', idName: 'estimateId', stem: 'offer', parentField: 'offer_id', family: 'offers', noun: 'Estimate', draft: 22, done: 21, doneStatus: 'WON' },
	{
		label: 'Confirmation',
		resource: 'confirmation',
		idName: 'confirmationId',
		stem: 'confirmation',
		parentField: 'confirmation_id',
		family: 'confirmations',
		noun: 'Confirmation',
		draft: 42,
		done: 7,
		doneStatus: 'COMPLETED',
	},
	{
		label: 'Delivery Note',
		resource: 'deliveryNote',
		idName: 'deliveryNoteId',
		stem: 'delivery-note',
		parentField: 'delivery_note_id',
		family: 'delivery-notes',
		noun: 'Delivery note',
		draft: 52,
		done: 51,
		doneStatus: 'CREATED',
	},
];

/** A family's row with what one test file adds to it. */
export const withFamilies = <T>(extra: (f: OrderFamily) => T): Array<OrderFamily & T> => ORDER_FAMILIES.map((f) => ({ ...f, ...extra(f) }));

/** The document of a family in the sandbox. */
export const documentOf = (server: BillomatSandbox, f: OrderFamily, id: number) => server.documentBooks[f.family].records.get(id)!;

/** Every value a child picker (`search{Label}{Kind}s`) offers for the family's document `doc`, page by page as the editor asks. */
export async function pickAll(url: string, f: OrderFamily, kind: string, doc: number): Promise<string[]> {
	const seen: string[] = [];
	let token: string | undefined;
	do {
		const page = await listSearch('billomat', `search${f.label.replace(/ /g, '')}${kind}s`, credentials(url), {
			paginationToken: token,
			parameters: { resource: `${f.resource}${kind}`, operation: 'get', [f.idName]: { __rl: true, mode: 'id', value: String(doc) } },
		});
		seen.push(...page.results.map((r) => String(r.value)));
		token = page.paginationToken as string | undefined;
	} while (token);
	return seen;
}

/** A child picker without the document: the editor's call, which must ask for the document first. */
export const pickWithoutDocument = (url: string, f: OrderFamily, kind: string) =>
	listSearch('billomat', `search${f.label.replace(/ /g, '')}${kind}s`, credentials(url), { parameters: { resource: `${f.resource}${kind}`, operation: 'get' } });
