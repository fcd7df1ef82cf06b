import { getAll } from '../document';
import { INVOICE } from './family';

export const { description, execute } = getAll(INVOICE);
