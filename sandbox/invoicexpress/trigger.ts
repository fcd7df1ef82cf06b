// For the InvoiceXpress Trigger's tests and e2e: a document's status changed as if someone had
// finalized, sent, settled or canceled it in the account, without going through change-state's
// rules (the trigger only reads the list), and days as the list writes them.
import type { DateTime } from 'luxon';

import type { InvoiceXpressSandbox } from './index';

/** Sets document `id`'s status (e.g. 'settled'); throws for an unknown document. */
export function setDocumentStatus(sandbox: InvoiceXpressSandbox, id: number, status: string): void {
	const document = sandbox.documents.get(id);
	if (!document) throw new Error(`The InvoiceXpress sandbox has no document ${id}`);
	document.status = status;
}

/** A day as InvoiceXpress writes it (dd/mm/yyyy), e.g. for `addDocument({ date })`. */
export const listDay = (day: DateTime): string => day.toFormat('dd/MM/yyyy');
