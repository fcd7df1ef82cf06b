import { getGroupedTotals } from '../document';
import { INVOICE } from './family';

export const { description, execute } = getGroupedTotals(INVOICE);
