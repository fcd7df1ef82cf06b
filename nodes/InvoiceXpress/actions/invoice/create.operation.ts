import { create } from '../document';
import { INVOICE } from './family';

export const { description, execute } = create(INVOICE);
