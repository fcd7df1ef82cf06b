import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import type { HttpContext } from './http';

/**
 * Reading a whole list page by page while others change it. A provider that pages by offset or
 * page number shows a record on page 2 that moved there from page 1 (a record created before it)
 * twice, and loses one that moved from page 2 onto page 1 (a record before it deleted, or no
 * longer matching the filter). Each reply states the list's total: when a page states another
 * total than the first page, the pages do not fit together, and the list is read again from page
 * 1, at most {@link MAX_REREADS} times. A record is output once, by its id, whatever happens.
 * When the total still changes in the last reading, every record seen is output once, each with
 * {@link LIST_CHANGED_FIELD}, and the run carries a warning.
 */

/** One reply of the list, as the provider's transport read it. */
export interface ListPage {
	records: IDataObject[];
	/**
	 * The list's size as this reply states it (records, or pages where that is all it states);
	 * undefined when it states none (a change then cannot be seen).
	 */
	total?: number;
	/** Whether this is the last page, by the provider's own total (or a short or empty page). */
	last: boolean;
}

/** How often a list whose total changed between pages is read again from page 1. */
export const MAX_REREADS = 2;

/** The field every output record gets when the list was still changing after the re-reads. */
export const LIST_CHANGED_FIELD = 'listChangedWhileRead';

export interface ReadListOptions {
	/** Stop once this many records were collected (Limit); undefined reads every page (Return All). */
	limit?: number;
	/** Records named in the warning, e.g. "invoice" (default "record"). */
	noun?: string;
}

interface Reading {
	records: IDataObject[];
	/** The totals of the first page and of the first page that differed from it. */
	change?: [number | undefined, number | undefined];
}

const idOf = (record: IDataObject): string | undefined => {
	const id = record.id;
	return typeof id === 'string' || typeof id === 'number' ? String(id) : undefined;
};

/** Add records not seen yet (by id; a record without one is always kept). */
function addNew(target: IDataObject[], seen: Set<string>, records: IDataObject[]): void {
	for (const record of records) {
		const id = idOf(record);
		if (id !== undefined) {
			if (seen.has(id)) continue;
			seen.add(id);
		}
		target.push(record);
	}
}

/**
 * One reading from page 1. A reading that may be repeated stops at the first page whose total
 * differs from page 1's; the last one allowed reads on to the end (or the limit) as the latest
 * reply's total says.
 */
async function readOnce(fetchPage: (page: number) => Promise<ListPage>, limit: number | undefined, mayRepeat: boolean): Promise<Reading> {
	const records: IDataObject[] = [];
	const seen = new Set<string>();
	let first: number | undefined;
	let change: Reading['change'];
	for (let page = 1; ; page++) {
		const reply = await fetchPage(page);
		if (page === 1) first = reply.total;
		else if (!change && reply.total !== first) change = [first, reply.total];
		addNew(records, seen, reply.records);
		if (change && mayRepeat) return { records, change };
		if ((limit !== undefined && records.length >= limit) || reply.last) return { records, change };
	}
}

/** The hint shown on the node's output when the list kept changing. */
function changedHint(readings: Reading[], noun: string): string {
	const changes = readings.map(({ change }) => `${change?.[0] ?? '?'} → ${change?.[1] ?? '?'}`).join(', ');
	return (
		`The list changed while it was read (total ${changes}) and still after ${MAX_REREADS} re-reads from the first page: ` +
		`every ${noun} seen is output once, each with "${LIST_CHANGED_FIELD}": true. ` +
		'Some may have changed or gone since: run the node again when the account is quiet.'
	);
}

/**
 * Every page of a list (or pages until `limit` records), each record once. `fetchPage(n)` asks
 * for page n and says what the reply states. A list that does not change costs exactly one
 * request per page its total names.
 */
export async function readWholeList(
	context: HttpContext,
	fetchPage: (page: number) => Promise<ListPage>,
	options: ReadListOptions = {},
): Promise<IDataObject[]> {
	const { limit } = options;
	const readings: Reading[] = [];
	for (let reread = 0; reread <= MAX_REREADS; reread++) {
		const reading = await readOnce(fetchPage, limit, reread < MAX_REREADS);
		if (!reading.change) return limit === undefined ? reading.records : reading.records.slice(0, limit);
		readings.push(reading);
	}
	// Still changing: the last reading's records in its order, then those only earlier readings saw.
	const records: IDataObject[] = [];
	const seen = new Set<string>();
	for (const reading of [...readings].reverse()) addNew(records, seen, reading.records);
	const kept = limit === undefined ? records : records.slice(0, limit);
	const hints = (context as Partial<IExecuteFunctions>).addExecutionHints;
	if (typeof hints === 'function') {
		hints.call(context, { message: changedHint(readings, options.noun ?? 'record'), type: 'warning', location: 'outputPane' });
	}
	return kept.map((record) => ({ ...record, [LIST_CHANGED_FIELD]: true }));
}

/** The marker of a record from {@link readWholeList}, for an operation that reshapes records (Simplify). */
export function listChangedMarker(record: IDataObject): IDataObject {
	return record[LIST_CHANGED_FIELD] === true ? { [LIST_CHANGED_FIELD]: true } : {};
}
