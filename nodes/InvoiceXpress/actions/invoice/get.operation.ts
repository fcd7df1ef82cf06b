import { get } from '../document';
import { INVOICE } from './family';

export const { description, execute } = get(INVOICE);
