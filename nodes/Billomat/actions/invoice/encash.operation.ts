import { encash } from '../document';
import { INVOICE } from './family';

export const { description, execute } = encash(
	INVOICE,
	'Only an OPEN or OVERDUE invoice can be handed to debt collection.',
	'This hands the invoice to debt collection: a collection agency starts dunning the client. Only OPEN or OVERDUE invoices can be encashed.',
);
