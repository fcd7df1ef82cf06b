import { update } from '../document';
import { INVOICE } from './family';

export const { description, execute } = update(INVOICE);
