import { cancel } from '../document';
import { INVOICE } from './family';

export const { description, execute } = cancel(INVOICE, 'A draft cannot be canceled (delete it instead), nor an invoice that is already canceled.');
