import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import type { ItemOperation } from '../../../shared/router';
import { resourceOperations } from '../describe';
import type { DocumentFamily } from './family';

/** "an invoice", "a credit note". */
const withArticle = (noun: string) => `${/^[aeiou]/i.test(noun) ? 'an' : 'a'} ${noun}`;

/** Each lifecycle operation's entry in the Operation dropdown, in the family's words. */
const OPTIONS: Record<string, (noun: string, a: string, plural: string) => Omit<INodePropertyOptions, 'value'>> = {
	cancel: (noun, a) => ({ name: 'Cancel', description: `Cancel a completed ${noun}`, action: `Cancel ${a}` }),
	clear: (_noun, a) => ({ name: 'Clear', description: `Mark ${a} as cleared (settled, e.g. invoiced)`, action: `Clear ${a}` }),
	complete: (_noun, a) => ({ name: 'Complete', description: 'Complete a draft: it gets its number, becomes open and its PDF is made', action: `Complete ${a}` }),
	create: (noun, a) => ({ name: 'Create', description: `Create a draft ${noun} with its line items`, action: `Create ${a}` }),
	delete: (noun, a) => ({ name: 'Delete', description: `Delete a draft ${noun}`, action: `Delete ${a}` }),
	downloadPdf: (noun, a) => ({ name: 'Download PDF', description: `Download the PDF of a completed ${noun}`, action: `Download ${a} PDF` }),
	encash: (noun, a) => ({ name: 'Encash', description: `Hand an open or overdue ${noun} to debt collection`, action: `Hand ${a} to debt collection` }),
	get: (_noun, a) => ({ name: 'Get', description: `Get ${a}`, action: `Get ${a}` }),
	getAll: (_noun, _a, plural) => ({ name: 'Get Many', description: `Get ${plural} matching filters`, action: `Get many ${plural}` }),
	getGroupedTotals: (noun) => ({ name: 'Get Grouped Totals', description: `Get ${noun} totals grouped by client, status or period`, action: `Get grouped ${noun} totals` }),
	lose: (noun, a) => ({ name: 'Mark as Lost', description: `Mark an open ${noun} as lost (the client declined)`, action: `Mark ${a} as lost` }),
	sendByPost: (_noun, a) => ({ name: 'Send by Post', description: `Post ${a} through Pixelletter`, action: `Send ${a} by post` }),
	sendEmail: (_noun, a) => ({ name: 'Send by Email', description: `Email ${a}`, action: `Send ${a} by email` }),
	uncancel: (noun, a) => ({ name: 'Uncancel', description: `Restore a canceled ${noun}`, action: `Uncancel ${a}` }),
	unclear: (noun, a) => ({ name: 'Unclear', description: `Undo Clear: the ${noun} gets its status from before`, action: `Unclear ${a}` }),
	update: (noun, a) => ({ name: 'Update', description: `Update a draft ${noun}`, action: `Update ${a}` }),
	uploadSignature: (noun, a) => ({ name: 'Upload Signature', description: `Upload a digitally signed PDF of a completed ${noun}`, action: `Upload ${a} signature` }),
	win: (noun, a) => ({ name: 'Mark as Won', description: `Mark an open ${noun} as won (the client accepted)`, action: `Mark ${a} as won` }),
};

/** A family's own words for some operations' entries, where the lifecycle's do not fit it. */
export type Wording = Record<string, Partial<Omit<INodePropertyOptions, 'value'>>>;

/**
 * A family's resource description: the Operation dropdown (its operations, alphabetical by name,
 * each with its action, in the family's words) and every operation's fields, in the order of
 * `operations`.
 */
export function documentResource(family: DocumentFamily, operations: Record<string, ItemOperation>, wording: Wording = {}): INodeProperties[] {
	const words = Object.fromEntries(
		Object.keys(operations).map((value) => [value, { ...OPTIONS[value](family.noun, withArticle(family.noun), family.plural), ...wording[value] }]),
	);
	return resourceOperations(family.resource, operations, words);
}
