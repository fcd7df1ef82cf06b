import { getGroupedTotals } from '../document';
import { CREDIT_NOTE } from './family';

export const { description, execute } = getGroupedTotals(CREDIT_NOTE);
