import { update } from '../document';
import { CREDIT_NOTE } from './family';

export const { description, execute } = update(CREDIT_NOTE);
