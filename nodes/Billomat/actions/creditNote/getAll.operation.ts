import { getAll } from '../document';
import { CREDIT_NOTE } from './family';

export const { description, execute } = getAll(CREDIT_NOTE);
