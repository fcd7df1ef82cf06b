import { uncancel } from '../document';
import { INVOICE } from './family';

export const { description, execute } = uncancel(INVOICE, 'Only a CANCELED invoice can be restored.');
