// InvoiceXpress estimates (quotes, proformas and fees notes) in the sandbox. From the API v2
// estimate pages: https://2023.invoicexpress.com/api-v2/list-all-1/ (GET /estimates.json),
// https://2023.invoicexpress.com/api-v2/create-1/, https://invoicexpress.com/api-v2/estimates/get,
// https://invoicexpress.com/api-v2/update-1/, https://invoicexpress.com/api-v2/estimates/change-state
// and docs.invoicexpress.com/estimates/createestimate.md. The lifecycle (routes, client and items,
// e-mail, PDF) is the documents table's (documents.ts); this file gives the estimate rows, their
// state machine and demo data.
//
// Reading: the list page shows the request only, not its reply. GET /estimates.json is answered
// as GET /invoices.json is, keyed by the list's name: {"estimates": […], "pagination": {…}}.
import type { DocumentStore, DocumentTypeRow, IxClient, IxDocument, Transition } from './documents';
import { addTypedDocuments, demoItem } from './familyDocuments';

/**
 * …/estimates/change-state: draft → final (finalized), draft → deleted (deleted), final → accepted,
 * final → refused, final → canceled, accepted ⇄ refused, accepted → canceled, refused → canceled.
 * "Any other transitions will fail. When cancelling a document you must specify a reason." A sent
 * estimate (e-mailed) is a final one: it moves as final does.
 */
export const ESTIMATE_MOVES: Record<string, Transition> = {
	finalized: { from: ['draft'], to: 'final' },
	deleted: { from: ['draft'], to: 'deleted' },
	accepted: { from: ['final', 'sent', 'refused'], to: 'accepted' },
	refused: { from: ['final', 'sent', 'accepted'], to: 'refused' },
	canceled: { from: ['final', 'sent', 'accepted', 'refused'], to: 'canceled' },
};

/**
 * createestimate.md: `mb_reference` is "0" or "1" (Enum). The flags are taken, not shown in the
 * estimate's replies (the get page lists neither).
 */
export function checkEstimateFields(body: Record<string, unknown>): string[] {
	return body.mb_reference !== undefined && !['0', '1'].includes(String(body.mb_reference)) ? ['Mb reference is not included in the list'] : [];
}

const row = (path: string, className: string, root: string, series: string): DocumentTypeRow => ({
	path,
	className,
	root,
	replyKey: root,
	family: 'estimate',
	list: 'estimates',
	actions: ['create', 'update', 'email', 'pdf'],
	transitions: ESTIMATE_MOVES,
	series,
	validate: checkEstimateFields,
});

/** The estimate rows of the documents table: `POST /quotes.json` with `{"quote": {…}}`, listed by GET /estimates.json. */
export const ESTIMATE_ROWS: DocumentTypeRow[] = [row('quotes', 'Quote', 'quote', 'QT'), row('proformas', 'Proforma', 'proforma', 'PF'), row('fees_notes', 'FeesNote', 'fees_note', 'FN')];

/** The demo estimates' IDs start here, clear of the documents tests add from 1009 on. */
export const FIRST_DEMO_ESTIMATE = 50001;

/** A quote in draft, a final proforma, an accepted quote and a final fees note. */
export function demoEstimates(clients: IxClient[]): IxDocument[] {
	const base = { archived: false, reference: null, observations: null, retention: null };
	return [
		{ ...base, id: FIRST_DEMO_ESTIMATE, type: 'Quote', path: 'quotes', status: 'draft', sequence_number: 'draft', date: '10/04/2024', due_date: '10/05/2024', client: clients[1], items: [demoItem('Espresso machine setup', 150, 1, 'service')] },
		{ ...base, id: FIRST_DEMO_ESTIMATE + 1, type: 'Proforma', path: 'proformas', status: 'final', sequence_number: '1/PF', date: '12/04/2024', due_date: '12/05/2024', reference: 'PO-88', client: clients[1], items: [demoItem('Barista training', 60, 4, 'service')] },
		{ ...base, id: FIRST_DEMO_ESTIMATE + 2, type: 'Quote', path: 'quotes', status: 'accepted', sequence_number: '1/QT', date: '15/04/2024', due_date: '15/05/2024', client: clients[0], items: [demoItem('Consulting', 80, 5, 'service')] },
		{ ...base, id: FIRST_DEMO_ESTIMATE + 3, type: 'FeesNote', path: 'fees_notes', status: 'final', sequence_number: '1/FN', date: '20/04/2024', due_date: '20/05/2024', retention: 25, client: clients[0], items: [demoItem('Legal advice', 120, 2, 'service')] },
	];
}

/** Add `count` final estimates of one type at once (the picker's >1,000-estimate account). Returns their IDs. */
export function addEstimates(store: DocumentStore, count: number, className: 'Quote' | 'Proforma' | 'FeesNote' = 'Quote'): number[] {
	return addTypedDocuments(store, ESTIMATE_ROWS.find((r) => r.className === className)!, count);
}
