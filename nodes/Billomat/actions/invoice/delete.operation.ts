import { del } from '../document';
import { INVOICE } from './family';

export const { description, execute } = del(INVOICE);
